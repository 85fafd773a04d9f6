// A plan the team can trust: when two people change one field without seeing each other's change,
// both values are kept and shown as "Conflicting changes" until someone chooses; an edit made after
// seeing another replaces it; and no device clock, however wrong, decides anything or loses a change.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { countPlanWrites, messageBanner, PROGRESS_KEY, savedPlan, savedState, storageRoundTrip } from "./helpers";
import { actionGroup, openNotes, setActionField, shareLink } from "./plan-helpers";
import { numberOf, spreadAction } from "./guide-model";

/** Actions these tests write to: any would do, so they are spread over the process (see spreadAction). */
const actionA = spreadAction(0, 7);
const actionB = spreadAction(1, 7);
const actionC = spreadAction(2, 7);
const actionD = spreadAction(3, 7);
const actionE = spreadAction(4, 7);
const actionF = spreadAction(5, 7);
const actionG = spreadAction(6, 7);

const HOUR = 60 * 60 * 1000;

/** A teammate's browser with nothing saved, its clock `offset` milliseconds from real time (time still flows). */
async function teammate(browser: Browser, baseURL: string, name: string, offset = 0): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  if (offset !== 0) await context.clock.install({ time: Date.now() + offset });
  const page = await context.newPage();
  await page.goto("plan/");
  await page.getByLabel("Your name or initials").fill(name);
  await page.getByLabel("Your name or initials").blur();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("nhs-login-guide:name"))).toBe(name);
  return page;
}

/** Opens a shared link and merges it, after checking the prompt says `expected` (when given). */
async function mergeLink(page: Page, link: string, expected: Array<string | RegExp> = []): Promise<void> {
  await page.goto(link);
  const incoming = page.locator("[data-plan-incoming]");
  await expect(incoming).toBeVisible();
  for (const text of expected) await expect(incoming).toContainText(text);
  await page.getByRole("button", { name: "Merge it into your plan" }).click();
  await expect(messageBanner(page, "share", "success")).toContainText("Merged the shared plan");
}

/** The conflict shown for one action, where its fields are. */
function conflictBox(page: Page, number: string) {
  return actionGroup(page, number).locator(".app-plan-conflict");
}

/** What the store saved, less this browser's own reset marker: equal plans give equal text. */
async function savedText(page: Page): Promise<string> {
  const { reset: _reset, ...state } = (await savedState(page)) ?? {};
  return JSON.stringify(state);
}

test("three browsers run a plan by links alone, with clocks 6 hours apart: every conflict is shown and resolved, and all end with the same plan @prefix", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const a = await teammate(browser, baseURL!, "Asha", -6 * HOUR);
  const b = await teammate(browser, baseURL!, "Ben", 6 * HOUR);
  const c = await teammate(browser, baseURL!, "Chen");

  // A and B write the same note, neither having seen the other's; A also sets an owner.
  await setActionField(a, numberOf(actionE), "Notes", "Asha: draft with the clinical safety officer.", actionE.id);
  await setActionField(a, numberOf(actionA), "Owner", "Asha", actionA.id);
  const fromA = await shareLink(a);
  await setActionField(b, numberOf(actionE), "Notes", "Ben: SCAL needs the pen test report first.", actionE.id);
  await setActionField(b, numberOf(actionF), "Target date", "2027-03-15", actionF.id);
  const fromB = await shareLink(b);

  // C takes B's plan, then sets the owner A also set, without having seen A's.
  await mergeLink(c, fromB, ["Someone shared a plan with you", /Shared by Ben · \d{1,2} December 2026, \d\d:\d\d/]);
  await setActionField(c, numberOf(actionA), "Owner", "Chen", actionA.id);
  const fromC = await shareLink(c);

  // A merges C's link: the prompt says who, and what it would leave to choose; no clock warning at 12 hours apart.
  await a.goto(fromC);
  const incoming = a.locator("[data-plan-incoming]");
  await expect(incoming).toContainText("Shared by Chen · ");
  await expect(incoming).toContainText("1 note and 1 owner were changed in both places: you choose which to keep.");
  await expect(incoming).not.toContainText("clock looks");
  await a.getByRole("button", { name: "Merge it into your plan" }).click();
  await expect(messageBanner(a, "share", "success")).toContainText("2 fields have conflicting changes");

  // Both conflicts are shown where the fields are, each value with who wrote it.
  const notes = conflictBox(a, numberOf(actionE));
  await expect(notes).toContainText("Conflicting changes");
  await expect(notes).toContainText("Asha: draft with the clinical safety officer.");
  await expect(notes).toContainText("Ben: SCAL needs the pen test report first.");
  const who = await notes.locator("[data-conflict-who]").allTextContents();
  expect(who.map((text) => text.split(",")[0]).sort()).toEqual(["by Asha", "by Ben"]);
  await expect(conflictBox(a, numberOf(actionA))).toContainText("Chen");
  await expect(a.locator("[data-plan-summary]")).toContainText("2 fields have conflicting changes to choose between.");
  // The filter finds them.
  await a.getByLabel("Only actions with conflicting changes").check();
  await expect(a.locator("[data-plan-filter-status]")).toHaveText(/^Showing 2 of \d+ actions\.$/);
  await a.getByLabel("Only actions with conflicting changes").uncheck();

  // A keeps Ben's note, and writes a new owner over both.
  await notes.getByRole("button", { name: /^Keep this value: Ben: SCAL/ }).click();
  const owner = actionGroup(a, numberOf(actionA)).getByLabel("Owner", { exact: true });
  await owner.fill("Asha and Chen");
  await owner.blur();
  await expect(a.locator(".app-plan-conflict")).toHaveCount(0);
  await expect(actionGroup(a, numberOf(actionE)).getByLabel("Notes", { exact: true })).toHaveValue(
    "Ben: SCAL needs the pen test report first.",
  );
  const resolved = await shareLink(a);

  // B and C take A's resolution: the choice travels like any edit, and raises no conflict of its own.
  await mergeLink(b, resolved);
  await mergeLink(c, resolved);
  for (const page of [a, b, c]) {
    await expect(page.locator(".app-plan-conflict")).toHaveCount(0);
    await expect(actionGroup(page, numberOf(actionE)).getByLabel("Notes", { exact: true })).toHaveValue(
      "Ben: SCAL needs the pen test report first.",
    );
    await expect(actionGroup(page, numberOf(actionA)).getByLabel("Owner", { exact: true })).toHaveValue("Asha and Chen");
    await expect(actionGroup(page, numberOf(actionF)).getByLabel("Target date", { exact: true })).toHaveValue("2027-03-15");
  }
  const texts = await Promise.all([a, b, c].map(savedText));
  expect(texts[1]).toBe(texts[0]);
  expect(texts[2]).toBe(texts[0]);
  // A's link from before still merges into B without bringing back what A replaced.
  await b.goto(fromA);
  await expect(b.getByText("This shared link holds nothing your plan does not already have.")).toBeVisible();
  for (const page of [a, b, c]) await page.context().close();
});

test("a teammate's edit to the note you are writing is kept beside yours, and you are told while you type", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("plan/");
  await second.goto("plan/");
  const notesIn = (page: Page) => actionGroup(page, numberOf(actionE)).getByLabel("Notes", { exact: true });
  await openNotes(first, numberOf(actionE));
  await openNotes(second, numberOf(actionE));
  await notesIn(second).fill("B first");
  await expect.poll(async () => (await savedPlan(second))?.actions[actionE.id]?.notes?.value).toBe("B first");
  // B starts editing again; meanwhile A, in another tab, saves over the same note.
  await notesIn(second).focus();
  await notesIn(first).fill("A later");
  await notesIn(first).blur();
  // B's field is not changed under the cursor, and B is told.
  await expect(actionGroup(second, numberOf(actionE))).toContainText(
    "This was changed in another tab or by a merge while you were editing it.",
  );
  await expect(notesIn(second)).toHaveValue("B first");
  await notesIn(second).press("End");
  await notesIn(second).pressSequentially(" and more");
  await notesIn(second).blur();
  // Both are kept, and shown in both tabs.
  for (const page of [first, second]) {
    await expect(conflictBox(page, numberOf(actionE))).toContainText("A later");
    await expect(conflictBox(page, numberOf(actionE))).toContainText("B first and more");
  }
});

test("a shared link from a computer whose clock is days off still merges, and the prompt says its clock looks wrong", async ({
  browser,
  baseURL,
}) => {
  const fast = await teammate(browser, baseURL!, "Dan", 3 * 24 * HOUR);
  await setActionField(fast, numberOf(actionC), "Owner", "Dan", actionC.id);
  const link = await shareLink(fast);
  const reader = await teammate(browser, baseURL!, "Eve");
  await reader.goto(link);
  await expect(reader.locator("[data-plan-incoming]")).toContainText("The sender's computer clock looks fast by more than a day");
  await reader.getByRole("button", { name: "Merge it into your plan" }).click();
  await expect(actionGroup(reader, numberOf(actionC)).getByLabel("Owner", { exact: true })).toHaveValue("Dan");

  // A link from a clock an hour behind, replacing what the reader wrote, merges with no warning.
  const slow = await teammate(browser, baseURL!, "Fay", -HOUR);
  await mergeLink(slow, await shareLink(reader));
  await setActionField(slow, numberOf(actionC), "Owner", "Fay", actionC.id);
  await mergeLink(reader, await shareLink(slow));
  await expect(reader.locator("[data-plan-incoming]")).not.toContainText("clock");
  await expect(actionGroup(reader, numberOf(actionC)).getByLabel("Owner", { exact: true })).toHaveValue("Fay");
  await expect(reader.locator(".app-plan-conflict")).toHaveCount(0);

  // A sender three days slow, replacing what the reader wrote, is told apart from an old link by what it had seen.
  await setActionField(reader, numberOf(actionD), "Owner", "Eve", actionD.id);
  const lagging = await teammate(browser, baseURL!, "Gus", -3 * 24 * HOUR);
  await mergeLink(lagging, await shareLink(reader));
  await setActionField(lagging, numberOf(actionD), "Owner", "Gus", actionD.id);
  await reader.goto(await shareLink(lagging));
  await expect(reader.locator("[data-plan-incoming]")).toContainText("The sender's computer clock looks slow by more than a day");
  for (const page of [fast, reader, slow, lagging]) await page.context().close();
});

test("a tick made on a computer whose clock says 2019 is kept after a reload", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  await context.clock.install({ time: new Date("2019-06-01T10:00:00Z") });
  const page = await context.newPage();
  await page.goto("checklist/");
  await page.getByRole("checkbox", { name: actionB.title, exact: true }).check();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: actionB.title, exact: true })).toBeChecked();
  await expect(messageBanner(page, "page", "problem")).toBeHidden();
  await context.close();
});

test("two open tabs settle after the clock is put back: a bounded number of writes, nothing lost", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  await context.clock.install({ time: Date.now() + 2 * HOUR });
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("checklist/");
  await second.goto("checklist/");
  await first.getByRole("checkbox", { name: actionB.title, exact: true }).check();
  await expect(second.getByRole("checkbox", { name: actionB.title, exact: true })).toBeChecked();
  // The clock is corrected: two hours back.
  await context.clock.setSystemTime(Date.now());
  const writes = await countPlanWrites(second);
  await first.getByRole("checkbox", { name: actionB.title, exact: true }).uncheck();
  await first.getByRole("checkbox", { name: actionG.title, exact: true }).check();
  await expect(second.getByRole("checkbox", { name: actionG.title, exact: true })).toBeChecked();
  await expect(second.getByRole("checkbox", { name: actionB.title, exact: true })).not.toBeChecked();
  // Once each tab has handled all the other wrote, the writes are bounded, and another exchange adds none.
  await storageRoundTrip(first, second);
  const settled = await writes();
  expect(settled).toBeLessThanOrEqual(4);
  await storageRoundTrip(first, second);
  expect(await writes()).toBe(settled);
  await context.close();
});

test("a file holding 11,000 answers to questions the guide does not ask is refused whole, naming why", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto("plan/");
  await setActionField(page, numberOf(actionE), "Owner", "Priya", actionE.id);
  const before = await savedText(page);
  const at = "2026-11-01T00:00:00.000Z";
  // In the version-2 shape, still read and upgraded, which is small enough to pass the 1 MB file limit.
  const answers = Object.fromEntries(Array.from({ length: 11_000 }, (_, i) => [`question-${i}`, { value: "yes", at }]));
  const file = JSON.stringify({ format: "nhs-login-guide-progress", version: 2, actions: {}, dates: {}, answers });
  await page.getByLabel("Import a plan").setInputFiles({ name: "junk.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(messageBanner(page, "import", "problem")).toContainText(
    "This file cannot be imported: it holds answers to 11000 questions that this guide does not have, more than any real plan (at most 100). Your progress has not changed.",
  );
  expect(await savedText(page)).toBe(before);
  await context.close();
});

test("Reset the plan offers the export first, then clears everything, ids the guide does not know included, in every open tab", async ({
  context,
}) => {
  const page = await context.newPage();
  const other = await context.newPage();
  await page.goto("plan/");
  const at = "2026-11-01T00:00:00.000Z";
  const field = (value: string) => ({ entries: [{ value, at, dot: ["x", 1] }], seen: { x: 1 } });
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [
      PROGRESS_KEY,
      JSON.stringify({
        version: 3,
        actions: { [actionE.id]: { owner: field("Priya") }, "an-action-from-a-newer-guide": { notes: field("kept until reset") } },
        dates: {},
        answers: { im1: field("yes") },
      }),
    ],
  );
  await page.reload();
  await other.goto("plan/");
  await expect(actionGroup(other, numberOf(actionE)).getByLabel("Owner", { exact: true })).toHaveValue("Priya");
  await page.getByRole("button", { name: "Reset the plan" }).click();
  const confirm = page.locator("[data-plan-reset-panel]");
  await expect(confirm).toBeVisible();
  const download = page.waitForEvent("download");
  await confirm.getByRole("button", { name: "Export plan first" }).click();
  const exported = JSON.parse(
    await (await download).path().then((p) => import("node:fs/promises").then((fs) => fs.readFile(p, "utf8"))),
  ) as {
    actions: Record<string, unknown>;
  };
  expect(Object.keys(exported.actions).sort()).toEqual(["an-action-from-a-newer-guide", actionE.id]);
  await confirm.getByRole("button", { name: "Yes, reset the plan" }).click();
  await expect(messageBanner(page, "plan-reset", "success")).toContainText("The plan is reset");
  const state = await savedState(page);
  expect([state?.["actions"], state?.["dates"], state?.["answers"]]).toEqual([{}, {}, {}]);
  // The other open tab shows the reset, and does not write its old plan back.
  await expect(actionGroup(other, numberOf(actionE)).getByLabel("Owner", { exact: true })).toHaveValue("");
  await other.reload();
  await expect(actionGroup(other, numberOf(actionE)).getByLabel("Owner", { exact: true })).toHaveValue("");
  expect((await savedState(page))?.["actions"]).toEqual({});
});

test("a status two people set differently shows on the checklist, linked to the plan where it is chosen", async ({ browser, baseURL }) => {
  const a = await teammate(browser, baseURL!, "Asha");
  const b = await teammate(browser, baseURL!, "Ben");
  await actionGroup(a, numberOf(actionB)).getByLabel("Status", { exact: true }).selectOption("done");
  await actionGroup(b, numberOf(actionB)).getByLabel("Status", { exact: true }).selectOption("in-progress");
  await mergeLink(a, await shareLink(b));
  await a.goto("checklist/");
  const link = a.getByRole("link", { name: "Conflicting changes: choose on the team plan" });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(a).toHaveURL(new RegExp(`/plan/#plan-action-${actionB.id}$`));
  const box = conflictBox(a, numberOf(actionB));
  await expect(box).toContainText("Done");
  await expect(box).toContainText("In progress");
  await box.getByRole("button", { name: "Keep this value: Done" }).click();
  await a.goto("checklist/");
  await expect(a.getByRole("link", { name: "Conflicting changes: choose on the team plan" })).toHaveCount(0);
  await expect(a.getByRole("checkbox", { name: actionB.title, exact: true })).toBeChecked();
  for (const page of [a, b]) await page.context().close();
});
