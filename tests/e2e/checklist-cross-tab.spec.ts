// Other open tabs of the site stay in step without a reload, and no tab's tick is ever lost to another's.
import { expect, test, type Page } from "@playwright/test";
import { countPlanWrites, messageBanner, saveRawProgress, savedProgress, storageRoundTrip } from "./helpers";
import { guide } from "./guide-model";

/** Actions to tick in these tests, from the data: the process's second, and its last. */
const [ticked, lastAction] = [guide.actions[1] ?? guide.actions[0]!, guide.actions.at(-1)!];

test("a tick in one tab shows in another open tab without a reload", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("checklist/");
  await second.goto(`steps/${ticked.stepId}/`);
  await first.getByRole("checkbox", { name: ticked.title, exact: true }).check();
  await expect(second.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
  await expect(second.locator(".app-step-progress")).toContainText("1 of 6 actions completed");
});

/** Ticks a box by its action id from inside the page, so two pages can tick within the same few milliseconds. */
function tickNow(page: Page, id: string) {
  return page.evaluate((actionId) => {
    const box = document.querySelector<HTMLInputElement>(`input[data-action-checkbox="${actionId}"]`);
    box?.click();
  }, id);
}

test("ticks made in two tabs at the same moment are all kept, in both tabs and in storage", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("checklist/");
  await second.goto("checklist/");
  // Four pairs of actions spread over the process (each action once).
  const ids = guide.actions.map((action) => action.id);
  const pairs: Array<[string, string]> = [0, 1, 2, 3].map((i) => {
    const at = Math.floor((i * ids.length) / 4);
    return [ids[at]!, ids[at + 1]!];
  });
  // Several rounds, each a pair of ticks fired together: before the fix most rounds lost one.
  for (const [a, b] of pairs) {
    await Promise.all([tickNow(first, a), tickNow(second, b)]);
  }
  const expected = pairs.flat().sort();
  await expect.poll(async () => Object.keys((await savedProgress(first))?.actions ?? {}).sort()).toEqual(expected);
  for (const page of [first, second]) {
    for (const id of expected) await expect(page.locator(`input[data-action-checkbox="${id}"]`)).toBeChecked();
    await expect(page.locator(".app-progress-summary")).toContainText(`${expected.length} of ${guide.totalActions} actions completed`);
  }
});

test("a tick kept on a page while storage is full survives another tab saving", async ({ context }) => {
  const full = await context.newPage();
  // Only this tab finds storage full.
  await full.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const other = await context.newPage();
  await full.goto("checklist/");
  await other.goto("checklist/");
  await full.getByRole("checkbox", { name: ticked.title, exact: true }).check();
  await expect(messageBanner(full, "page", "problem")).toContainText("storage is full");
  await other.getByRole("checkbox", { name: lastAction.title, exact: true }).check();
  // The full tab takes in the other tab's tick and keeps its own.
  await expect(full.getByRole("checkbox", { name: lastAction.title, exact: true })).toBeChecked();
  await expect(full.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
  await expect(full.locator(".app-progress-summary")).toContainText(`2 of ${guide.totalActions} actions completed`);
});

test("another tab writing something unreadable is reported, and this tab's ticks are saved again", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("checklist/");
  await second.goto("checklist/");
  await first.getByRole("checkbox", { name: ticked.title, exact: true }).check();
  await expect(second.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
  await saveRawProgress(second, "garbage");
  await expect(messageBanner(first, "page", "problem")).toContainText(
    "Another tab or program saved progress that this page could not read",
  );
  await expect(first.locator(".app-progress-summary")).toContainText(`1 of ${guide.totalActions} actions completed`);
  await expect.poll(async () => (await savedProgress(first))?.actions[ticked.id]?.status).toBe("done");
});

test("two open tabs settle after a change: neither keeps writing progress back to the other", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("checklist/");
  await second.goto("checklist/");
  const writes = await countPlanWrites(second);
  await first.getByRole("checkbox", { name: ticked.title, exact: true }).check();
  await expect(second.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
  // Before the fix the two tabs wrote the same plan back and forth, hundreds of times a second. Once
  // each has handled all the other wrote, at most the tick and one write-back have happened, and
  // another exchange adds nothing.
  await storageRoundTrip(first, second);
  const settled = await writes();
  expect(settled).toBeLessThanOrEqual(2);
  await storageRoundTrip(first, second);
  expect(await writes()).toBe(settled);
});
