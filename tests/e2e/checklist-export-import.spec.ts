// Export downloads every tick with its date; import restores it elsewhere; bad files change nothing.
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { savedProgress, seedProgress, type SavedProgress } from "./helpers";

const today = new Date().toISOString().slice(0, 10);

/** Chooses a file for the "Import progress" input. */
async function importText(page: Page, name: string, text: string | Buffer) {
  await page
    .getByLabel("Import progress")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

test("export downloads a dated JSON file that another browser can import @prefix", async ({ page, browser, baseURL }) => {
  await page.goto("");
  await seedProgress(page, { "check-eligibility": "done", "complete-scal": "done", "raise-im1-request-for-change": "not-applicable" });
  await page.goto("checklist/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`nhs-login-progress-${today}.json`);
  const exported = await readFile(await download.path(), "utf8");
  expect((JSON.parse(exported) as SavedProgress).actions["complete-scal"]).toEqual({
    status: "done",
    updatedAt: "2026-11-01T09:00:00.000Z",
  });

  // A teammate's browser: a fresh context with nothing saved.
  const teammate = await browser.newContext({ baseURL: baseURL! });
  const other = await teammate.newPage();
  await other.goto("checklist/");
  await importText(other, `nhs-login-progress-${today}.json`, exported);
  await expect(other.getByText(/Imported nhs-login-progress-.*: 3 actions updated/)).toBeVisible();
  await expect(other.getByRole("checkbox", { name: "Complete the Supplier Conformance Assessment List (SCAL)" })).toBeChecked();
  await expect(other.locator(".app-progress-summary")).toContainText("2 of 24 actions completed");
  await teammate.close();
});

test("the spreadsheet download lists every action with its status and date", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { "check-eligibility": "done" });
  await page.goto("checklist/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as a spreadsheet (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`nhs-login-progress-${today}.csv`);
  const lines = (await readFile(await download.path(), "utf8")).trim().split("\r\n");
  expect(lines).toHaveLength(26);
  expect(lines[0]).toBe('"Step","Number","Action","Status","Date completed"');
  expect(lines[2]).toBe('"Apply","1.2","Check if you are eligible","Completed","2026-11-01"');
});

test.describe("a bad import file is refused and progress is unchanged", () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ["not JSON", "this is not json", /not valid JSON/],
    ["JSON of another shape", '{"hello":"world"}', /not a progress file exported from this guide/],
    ["an array", '[{"check-eligibility":"done"}]', /holds a list/],
    ["a file over 1 MB", Buffer.alloc(1_100_000, " "), /over 1 MB/],
    [
      "markup in a string",
      JSON.stringify({
        format: "nhs-login-guide-progress",
        version: 1,
        actions: { "check-eligibility": { status: "<img src=x onerror=alert(1)>", updatedAt: "2026-11-01T09:00:00Z" } },
      }),
      /not valid action records/,
    ],
  ];
  for (const [what, contents, message] of cases) {
    test(what, async ({ page }) => {
      await page.goto("");
      await seedProgress(page, { "check-eligibility": "done" });
      await page.goto("checklist/");
      const before = await savedProgress(page);
      await importText(page, "bad.json", contents);
      const banner = page.locator("[data-progress-message='problem']");
      await expect(banner).toBeVisible();
      await expect(banner).toContainText(message);
      await expect(banner).toContainText("Your progress has not changed.");
      expect(await savedProgress(page)).toEqual(before);
      await expect(page.getByRole("checkbox", { name: "Check if you are eligible" })).toBeChecked();
    });
  }

  test("a file name with markup is shown as text, never as HTML", async ({ page }) => {
    await page.goto("checklist/");
    const file = JSON.stringify({
      format: "nhs-login-guide-progress",
      version: 1,
      actions: { "check-eligibility": { status: "done", updatedAt: "2026-11-01T09:00:00Z" } },
    });
    await importText(page, "<img src=x onerror=window.pwned=1>.json", file);
    await expect(page.getByText("Imported <img src=x onerror=window.pwned=1>.json")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator("[data-progress-message] img")).toHaveCount(0);
  });
});

test("unknown ids in an import are reported and left out", async ({ page }) => {
  await page.goto("checklist/");
  const file = JSON.stringify({
    format: "nhs-login-guide-progress",
    version: 1,
    actions: {
      "go-live": { status: "done", updatedAt: "2026-11-01T09:00:00Z" },
      "not-a-real-action": { status: "done", updatedAt: "2026-11-01T09:00:00Z" },
    },
  });
  await importText(page, "progress.json", file);
  await expect(page.getByText("1 entry was for actions this guide does not have and was not imported.")).toBeVisible();
  expect(Object.keys((await savedProgress(page))?.actions ?? {})).toEqual(["go-live"]);
});
