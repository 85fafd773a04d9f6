// When storage is blocked, full or holds something unreadable, the checklist keeps working, says so,
// keeps every entry it can read, and never loses what was saved.
import { expect, test, type Page } from "@playwright/test";
import { holdScript, messageBanner, PROGRESS_KEY, saveRawProgress, savedProgress, seedProgress, setAsideValues } from "./helpers";
import { guide } from "./guide-model";

/** Actions to tick in these tests, from the data: the process's second, one mid-way, and its last. */
const [ticked, midway, lastAction] = [
  guide.actions[1] ?? guide.actions[0]!,
  guide.actions[Math.floor(guide.actions.length / 2)]!,
  guide.actions.at(-1)!,
];

const tick = { status: "done", updatedAt: "2026-11-01T09:00:00.000Z" };

test.describe("when storage is blocked", () => {
  test.beforeEach(async ({ page }) => {
    // As in some privacy modes: touching window.localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  });

  test("the checklist works for the visit and says progress cannot be saved", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("checklist/");
    await expect(messageBanner(page, "page", "problem")).toContainText("cannot be saved in this browser");
    await page.getByRole("checkbox", { name: ticked.title, exact: true }).check();
    await expect(page.locator(".app-progress-summary")).toContainText(`1 of ${guide.totalActions} actions completed`);
    expect(errors).toEqual([]);
  });
});

test.describe("when storage is full", () => {
  test("the tick stays and a message says it could not be saved", async ({ page }) => {
    await page.goto("");
    await seedProgress(page, { [ticked.id]: "done" });
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.goto("checklist/");
    const box = page.getByRole("checkbox", { name: midway.title, exact: true });
    await box.check();
    await expect(box).toBeChecked();
    await expect(messageBanner(page, "page", "problem")).toContainText("could not be saved because this browser's storage is full");
    // What was saved before is intact.
    expect(Object.keys((await savedProgress(page))?.actions ?? {})).toEqual([ticked.id]);
  });

  test("the warning clears once a change is saved again", async ({ page }) => {
    await page.goto("");
    // Storage that is full until the page frees it (as when the user clears space elsewhere).
    await page.addInitScript(() => {
      const setItem = localStorage.setItem.bind(localStorage);
      (window as unknown as { storageFull: boolean }).storageFull = true;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { storageFull: boolean }).storageFull) throw new DOMException("Full.", "QuotaExceededError");
        setItem(key, value);
      };
    });
    await page.goto("checklist/");
    await page.getByRole("checkbox", { name: ticked.title, exact: true }).check();
    const warning = messageBanner(page, "page", "problem");
    await expect(warning).toContainText("storage is full");
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    await page.getByRole("checkbox", { name: lastAction.title, exact: true }).check();
    await expect(warning).toBeHidden();
    // Both ticks are saved: the one kept on the page while storage was full, and the new one.
    const saved = await savedProgress(page);
    expect(saved?.actions[ticked.id]?.status).toBe("done");
    expect(saved?.actions[lastAction.id]?.status).toBe("done");
  });
});

test.describe("when the saved progress is corrupt", () => {
  for (const [what, raw] of [
    ["not JSON", "{this is not json"],
    ["the wrong shape", JSON.stringify([ticked.id])],
  ] as const) {
    test(`(${what}) the page loads, says so, ticking works again and the unreadable value is kept aside`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto("");
      await saveRawProgress(page, raw);
      await page.goto("checklist/");
      await expect(messageBanner(page, "page", "problem")).toContainText("could not be read");
      await expect(messageBanner(page, "page", "problem")).toContainText("A copy of what was saved is kept in this browser");
      await page.getByRole("checkbox", { name: lastAction.title, exact: true }).check();
      expect((await savedProgress(page))?.actions[lastAction.id]?.status).toBe("done");
      expect(await setAsideValues(page)).toEqual([raw]);
      expect(errors).toEqual([]);
    });
  }

  test("an unreadable value is set aside once, however often the guide is opened", async ({ page }) => {
    await page.goto("");
    // 400 KB of damage: copying it on every visit once filled storage, and then ticks stopped saving.
    const raw = `{"damaged":"${"x".repeat(400_000)}`;
    test.setTimeout(60_000);
    for (let visit = 0; visit < 3; visit += 1) {
      // The same damage, found again (say, restored from an old profile) before each visit.
      await saveRawProgress(page, raw);
      await page.goto("checklist/");
      await expect(messageBanner(page, "page", "problem")).toContainText("could not be read");
    }
    expect(await setAsideValues(page)).toHaveLength(1);
    for (const path of ["", `steps/${ticked.stepId}/`, "checklist/"]) await page.goto(path);
    expect(await setAsideValues(page)).toHaveLength(1);
    await page.getByRole("checkbox", { name: ticked.title, exact: true }).check();
    expect((await savedProgress(page))?.actions[ticked.id]?.status).toBe("done");
  });

  test("damage found again while part of the page is still loading is left for the next visit to report, not tidied away unseen", async ({
    page,
  }) => {
    const raw = `{"damaged":"${"x".repeat(1_000)}`;
    await page.goto("");
    await saveRawProgress(page, raw);
    // The count of requirements met under its action loads on demand: held back, it starts last.
    const release = await holdScript(page, /\/scripts\/lazy\/requirements\.js/);
    await page.goto("checklist/");
    await expect(messageBanner(page, "page", "problem")).toContainText("could not be read");
    // The same damage is back (say, restored from an old profile) before that part has started.
    await saveRawProgress(page, raw);
    release();
    await expect(page.locator("[data-requirements-progress-count]")).toHaveText(/ met$/);
    // Starting late, it read nothing afresh: the damage is still there for the next page to find,
    // set aside and say so, rather than replaced without a word.
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(raw);
    await page.goto("checklist/");
    await expect(messageBanner(page, "page", "problem")).toContainText("could not be read");
    expect(await setAsideValues(page)).toEqual([raw]);
  });

  test("one bad entry costs only itself: every valid tick is kept and the count of bad entries is given", async ({ page }) => {
    await page.goto("");
    const raw = JSON.stringify({
      version: 1,
      actions: { [ticked.id]: tick, [midway.id]: tick, [lastAction.id]: { status: "finished", updatedAt: tick.updatedAt } },
    });
    await saveRawProgress(page, raw);
    await page.goto("checklist/");
    await expect(page.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: midway.title, exact: true })).toBeChecked();
    await expect(page.locator(".app-progress-summary")).toContainText(`2 of ${guide.totalActions} actions completed`);
    const banner = messageBanner(page, "page", "problem");
    await expect(banner).toContainText(`1 entry could not be read and is left out: “${lastAction.id}” (its status "finished" is unknown)`);
    expect(await setAsideValues(page)).toEqual([raw]);
    // The valid entries are saved back, so the next visit is clean.
    expect(Object.keys((await savedProgress(page))?.actions ?? {}).sort()).toEqual([ticked.id, midway.id].sort());
    await page.reload();
    await expect(banner).toBeHidden();
    await expect(page.locator(".app-progress-summary")).toContainText(`2 of ${guide.totalActions} actions completed`);
  });

  test("progress saved by a newer version of the guide is shown, not wiped, and kept whole", async ({ page }) => {
    await page.goto("");
    // As if the team used a later release, then came back to this one.
    const status = { entries: [{ value: "done", at: tick.updatedAt, dot: ["later", 1] }], seen: { later: 1 } };
    const raw = JSON.stringify({
      version: 4,
      actions: { [ticked.id]: { status }, [midway.id]: { status, colour: { value: "red", at: tick.updatedAt } } },
      dates: {},
      answers: {},
      budget: { value: "1000", at: tick.updatedAt },
    });
    await saveRawProgress(page, raw);
    await page.goto("checklist/");
    await expect(page.locator(".app-progress-summary")).toContainText(`2 of ${guide.totalActions} actions completed`);
    await expect(messageBanner(page, "page", "problem")).toContainText("saved by a newer version of this guide (version 4)");
    expect(await setAsideValues(page)).toEqual([raw]);
  });

  test("an action dated in the future by a wrong clock keeps its tick, and a later change still wins", async ({ page }) => {
    await page.goto("");
    await saveRawProgress(
      page,
      JSON.stringify({ version: 1, actions: { [ticked.id]: { status: "done", updatedAt: "2999-01-01T00:00:00.000Z" } } }),
    );
    await page.goto("checklist/");
    const box = page.getByRole("checkbox", { name: ticked.title, exact: true });
    await expect(box).toBeChecked();
    await box.uncheck();
    await page.reload();
    await expect(box).not.toBeChecked();
  });

  test("entries with ids such as constructor or toString are kept, and never break the page", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("");
    await saveRawProgress(page, JSON.stringify({ version: 1, actions: { constructor: tick, "to-string": tick, [ticked.id]: tick } }));
    await page.goto("checklist/");
    await page.getByRole("checkbox", { name: lastAction.title, exact: true }).check();
    const saved = await savedProgress(page);
    expect(Object.keys(saved?.actions ?? {}).sort()).toEqual([ticked.id, "constructor", lastAction.id, "to-string"].sort());
    await expect(page.locator(".app-progress-summary")).toContainText(`2 of ${guide.totalActions} actions completed`);
    expect(errors).toEqual([]);
  });
});

/**
 * Fills this origin's storage to its quota, leaving `room` characters free (give or take a key's
 * length), as a browser profile full of other data would be. Every filler key starts "test-filler:".
 */
async function fillStorage(page: Page, room = 0): Promise<void> {
  await page.evaluate((free) => {
    if (free > 0) localStorage.setItem("test-filler:room", "x".repeat(free));
    let n = 0;
    // Halving chunks, so storage ends up full to within one short key.
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`test-filler:${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
    localStorage.removeItem("test-filler:room");
  }, room);
}

test.describe("when storage is full and the saved progress is unreadable", () => {
  // Too long for the room left, once it is in storage, to hold a copy of it beside it.
  const unreadable = `{"damaged":"${"x".repeat(3_000)}`;

  test("arriving from another tab, it gets one message that says the ticks are not saved, and after a reload they are not there", async ({
    context,
  }) => {
    const first = await context.newPage();
    const other = await context.newPage();
    await first.goto("checklist/");
    const box = first.getByRole("checkbox", { name: ticked.title, exact: true });
    await box.check();
    expect((await savedProgress(first))?.actions[ticked.id]?.status).toBe("done");
    await other.goto("");
    // Room for the damaged value, but not for a copy of it too.
    await fillStorage(other, 4_000);
    await saveRawProgress(other, unreadable);

    const banner = messageBanner(first, "page", "problem");
    await expect(banner).toContainText("Another tab or program saved progress that this page could not read");
    await expect(banner).toContainText("your ticks are not saved");
    // Not both: a claim that they were saved, beside one that nothing is saved.
    await expect(banner).not.toContainText("saved again");
    await expect(banner).not.toContainText("A copy of what was saved is kept");
    // What it says stays on the page does.
    await expect(box).toBeChecked();
    expect(await first.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(unreadable);

    await first.reload();
    await expect(banner).toContainText("The progress saved in this browser could not be read");
    await expect(banner).toContainText("This page starts without it");
    await expect(box).not.toBeChecked();
    // And nothing was written over the damaged value, of which there is no copy.
    expect(await first.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(unreadable);
  });

  test("found on opening, a tick made afterwards is not blamed on another tab", async ({ page }) => {
    await page.goto("");
    await fillStorage(page, 4_000);
    await saveRawProgress(page, unreadable);
    await page.goto("checklist/");
    const banner = messageBanner(page, "page", "problem");
    await expect(banner).toContainText("The progress saved in this browser could not be read");
    await page.getByRole("checkbox", { name: ticked.title, exact: true }).check();
    await expect(banner).toContainText("your ticks are not saved");
    await expect(banner).not.toContainText("Another tab");
  });
});
