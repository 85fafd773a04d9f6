// Export downloads every tick with its date; import restores it elsewhere; bad files change nothing.
import { expect, test, type Page } from "./shared-page";
import { readFile } from "node:fs/promises";
import { messageBanner, savedPlan, savedProgress, seedProgress } from "./helpers";
import { countsRequirements, guide, numberOf } from "./guide-model";

/** An action to tick in these tests: a plain one (not conditional, no requirements count), not the first. */
const ticked = guide.actions.find((a, i) => i > 0 && !a.conditional && !countsRequirements(a.id)) ?? guide.actions[0]!;
/** Another plain action, and one the team can rule out (when the data has one). */
const other = guide.actions.findLast((a) => a !== ticked && !a.conditional) ?? ticked;
const skippable = guide.actions.find((a) => a.conditional);
import { parseCsv, shownDay, SPREADSHEET_COLUMNS } from "./csv";
import { readState } from "../../src/scripts/progress/plan-read";
import { planView } from "../../src/scripts/progress/plan-state";

const today = new Date().toISOString().slice(0, 10);

/** Chooses a file for the "Import progress" input. */
async function importText(page: Page, name: string, text: string | Buffer) {
  await page
    .getByLabel("Import progress")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

test("export downloads a dated JSON file that another browser can import", async ({ page, browser, baseURL }) => {
  await page.goto("");
  const seeded: Record<string, string> = {
    [ticked.id]: "done",
    [other.id]: "done",
    ...(skippable ? { [skippable.id]: "not-applicable" } : {}),
  };
  await seedProgress(page, seeded);
  await page.goto("checklist/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`nhs-login-progress-${today}.json`);
  const exported = await readFile(await download.path(), "utf8");
  // Read as the guide reads it: the tick keeps its date through the upgrade to the current shape.
  const read = readState(JSON.parse(exported));
  expect(read.ok && planView(read.state).actions[other.id]).toEqual({
    status: { value: "done", at: "2026-11-01T09:00:00.000Z" },
  });

  // A teammate's browser: a fresh context with nothing saved.
  const teammate = await browser.newContext({ baseURL: baseURL! });
  const teammatePage = await teammate.newPage();
  await teammatePage.goto("checklist/");
  await importText(teammatePage, `nhs-login-progress-${today}.json`, exported);
  await expect(
    teammatePage.getByText(new RegExp(`Imported nhs-login-progress-.*: ${Object.keys(seeded).length} actions updated`)),
  ).toBeVisible();
  await expect(teammatePage.getByRole("checkbox", { name: other.title, exact: true })).toBeChecked();
  await expect(teammatePage.locator(".app-progress-summary")).toContainText(
    `2 of ${guide.totalActions - Object.values(seeded).filter((status) => status === "not-applicable").length} actions completed`,
  );
  await teammate.close();
});

test("the spreadsheet download lists every action with its status, roles, dates and full guidance link @prefix", async ({
  page,
  baseURL,
}) => {
  await page.goto("");
  await seedProgress(page, { [ticked.id]: "done" });
  await page.goto("checklist/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as a spreadsheet (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`nhs-login-progress-${today}.csv`);
  const bytes = await readFile(await download.path());
  // A UTF-8 byte-order mark, so Excel reads accents and dashes correctly.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(header).toEqual(SPREADSHEET_COLUMNS);
  expect(rows).toHaveLength(guide.actions.length);
  const roles = ticked.roles.map((role) => guide.roles.find((r) => r.id === role.id)?.title);
  // No start date, so no target dates; nothing is late.
  expect(rows[guide.actions.indexOf(ticked)]).toEqual([
    numberOf(ticked),
    ticked.title,
    guide.steps.find((step) => step.id === ticked.stepId)?.title,
    "Done",
    "",
    roles.join(", "),
    "Yes",
    "",
    "",
    "No",
    "2026-11-01",
    "",
    "",
    // Technical requirements are counted under their own action only.
    "",
    `${baseURL}steps/${ticked.stepId}/#${ticked.id}`,
  ]);
  // Every action in process order, by number and title; every cell is quoted, so a CSV reader keeps 3.10 as written.
  expect(rows.map((row) => [row[0], row[1]])).toEqual(guide.actions.map((action) => [numberOf(action), action.title]));
  const lines = bytes.toString("utf8").split("\r\n");
  guide.actions.forEach((action, i) => expect(lines[i + 1]?.startsWith(`"${numberOf(action)}",`)).toBe(true));
});

test("the spreadsheet download from the checklist has the suggested target dates the plan shows", async ({ page }) => {
  await page.goto("plan/");
  const start = page.getByLabel("Start date", { exact: true });
  await start.fill("2027-01-04");
  await start.blur();
  await expect.poll(async () => (await savedPlan(page))?.dates.start?.value).toBe("2027-01-04");
  const shown = await page
    .locator("[data-plan-suggested]")
    .evaluateAll((spans) => spans.map((span) => [span.getAttribute("data-plan-suggested") ?? "", span.textContent ?? ""] as const));
  const suggested = new Map(shown.filter(([, text]) => text.startsWith("Suggested: ")).map(([id, text]) => [id, shownDay(text)]));
  expect(suggested.size).toBe(guide.actions.length);

  await page.goto("checklist/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as a spreadsheet (CSV)" }).click();
  const [header = [], ...rows] = parseCsv((await readFile(await (await downloading).path())).toString("utf8").replace(/^\uFEFF/, ""));
  const target = header.indexOf("Target date");
  const isSuggested = header.indexOf("Target date suggested");
  for (const row of rows) {
    const id = new URL(row.at(-1) ?? "").hash.slice(1);
    expect(row[target], id).toBe(suggested.get(id));
    expect(row[isSuggested], id).toBe("Yes");
  }
});

test.describe("a bad import file is refused and progress is unchanged", () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ["not JSON", "this is not json", /not valid JSON/],
    ["JSON of another shape", '{"hello":"world"}', /not a progress file exported from this guide/],
    ["an array", JSON.stringify([{ [ticked.id]: "done" }]), /holds a list/],
    ["a file over 1 MB", Buffer.alloc(1_100_000, " "), /over 1 MB/],
    [
      "markup in a string",
      JSON.stringify({
        format: "nhs-login-guide-progress",
        version: 1,
        actions: { [ticked.id]: { status: "<img src=x onerror=alert(1)>", updatedAt: "2026-11-01T09:00:00Z" } },
      }),
      new RegExp(`1 entry is not valid: “${ticked.id}” \\(its status "<img src=x onerror=a" is unknown\\)`),
    ],
    [
      // Dates far from this computer's clock are a teammate's clock, not damage: those import (see plan-conflicts.spec.ts).
      "a date on a day that does not exist",
      JSON.stringify({
        format: "nhs-login-guide-progress",
        version: 1,
        actions: {
          [ticked.id]: { status: "todo", updatedAt: "2999-01-01T00:00:00.000Z" },
          [other.id]: { status: "done", updatedAt: "2026-02-30T00:00:00.000Z" },
        },
      }),
      new RegExp(`1 entry is not valid: “${other.id}” \\(its date "2026-02-30T00:00:00.000Z" is not a real date\\)`),
    ],
  ];
  for (const [what, contents, message] of cases) {
    test(what, async ({ page }) => {
      await page.goto("");
      await seedProgress(page, { [ticked.id]: "done" });
      await page.goto("checklist/");
      const before = await savedProgress(page);
      await importText(page, "bad.json", contents);
      // The outcome shows next to the file input, and takes focus so it is read out and in view.
      const banner = messageBanner(page, "import", "problem");
      await expect(banner).toBeVisible();
      await expect(banner).toBeFocused();
      await expect(banner).toBeInViewport();
      await expect(banner).toContainText(message);
      await expect(banner).toContainText("Your progress has not changed.");
      expect(await savedProgress(page)).toEqual(before);
      await expect(page.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
    });
  }

  test("a file name with markup is shown as text, never as HTML", async ({ page }) => {
    await page.goto("checklist/");
    const file = JSON.stringify({
      format: "nhs-login-guide-progress",
      version: 1,
      actions: { [ticked.id]: { status: "done", updatedAt: "2026-11-01T09:00:00Z" } },
    });
    await importText(page, "<img src=x onerror=window.pwned=1>.json", file);
    await expect(page.getByText("Imported <img src=x onerror=window.pwned=1>.json")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator("[data-progress-message] img")).toHaveCount(0);
  });
});

test("an import's entries for actions this guide does not have are kept out of sight, and the message says so", async ({ page }) => {
  await page.goto("checklist/");
  const file = JSON.stringify({
    format: "nhs-login-guide-progress",
    version: 1,
    actions: {
      [other.id]: { status: "done", updatedAt: "2026-11-01T09:00:00Z" },
      "not-a-real-action": { status: "done", updatedAt: "2026-11-01T09:00:00Z" },
    },
  });
  await importText(page, "progress.json", file);
  await expect(
    page.getByText("It also holds 1 action this guide does not have: it is kept, in case the guide brings it back."),
  ).toBeVisible();
  expect(Object.keys((await savedProgress(page))?.actions ?? {}).sort()).toEqual([other.id, "not-a-real-action"].sort());
  await expect(page.locator(".app-progress-summary")).toContainText(`1 of ${guide.totalActions} actions completed`);
});

test("a later real change beats an imported record, which can no longer carry a date from the future", async ({ page }) => {
  await page.goto("checklist/");
  const file = JSON.stringify({
    format: "nhs-login-guide-progress",
    version: 1,
    actions: { [ticked.id]: { status: "done", updatedAt: new Date(Date.now() - 60_000).toISOString() } },
  });
  await importText(page, "progress.json", file);
  await expect(messageBanner(page, "import", "success")).toContainText("1 action updated");
  const box = page.getByRole("checkbox", { name: ticked.title, exact: true });
  await expect(box).toBeChecked();
  await box.uncheck();
  // Importing the same file again does not undo the later change.
  await importText(page, "progress.json", file);
  await expect(messageBanner(page, "import", "success")).toContainText("0 actions updated");
  await expect(box).not.toBeChecked();
});
