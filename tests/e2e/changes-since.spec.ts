// Keeping up with change, per browser: a tick made before an action's guidance changed is flagged
// wherever the action shows, and the home page lists what changed since the last visit, once.
import { expect, test, type Page } from "./shared-page";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { actionGroup } from "./plan-helpers";
import { guide, GUIDE_DATA_DIR, numberOf } from "./guide-model";
import { changesSchema } from "../../lib/data/schemas.js";

const { changes } = changesSchema.parse(parse(readFileSync(`${GUIDE_DATA_DIR}/changes.yaml`, "utf8")));
/** The newest change to an action, from the data. */
const latestFor = (actionId: string) => changes.filter((c) => c.actions?.includes(actionId)).sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;

// Two actions the change log names, from the data. The first is ticked the day before its latest
// change, so it is flagged; the second the day after its own, so it is not.
const named = guide.actions.filter((a) => changes.some((c) => c.actions?.includes(a.id)));
const [changedAction, unchangedAction] = [named[0]!, named[1] ?? named[0]!];
const changed = latestFor(changedAction.id);
const unchanged = latestFor(unchangedAction.id);

/** Ticks the one action the day before its latest change and the other the day after its own, as an earlier visit would. */
async function tickAroundChanges(page: Page) {
  await page.goto("");
  const dayBefore = new Date(Date.parse(`${changed.date}T09:00:00Z`) - 86_400_000).toISOString();
  const dayAfter = new Date(Date.parse(`${unchanged.date}T09:00:00Z`) + 86_400_000).toISOString();
  await page.evaluate(
    ([before, after, changedId, unchangedId]) =>
      localStorage.setItem(
        "nhs-login-guide:progress:v1",
        JSON.stringify({
          version: 2,
          actions: {
            [changedId!]: { status: { value: "done", at: before } },
            [unchangedId!]: { status: { value: "done", at: after } },
          },
          dates: {},
          answers: {},
        }),
      ),
    [dayBefore, dayAfter, changedAction.id, unchangedAction.id],
  );
}

test("an action ticked before its latest change is flagged on the checklist, the plan and its step page, linked to the change; one ticked after is not @prefix", async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(changed.date > unchanged.date || changed.id !== unchanged.id).toBe(true);
  await tickAroundChanges(page);
  for (const path of ["checklist/", `steps/${changedAction.stepId}/`, "plan/"]) {
    await page.goto(path);
    const flag = page.locator(`[data-updated-since='${changedAction.id}']`).first();
    await expect(flag, path).toBeVisible();
    await expect(flag).toHaveText("Updated since you ticked it");
    expect(new URL((await flag.getAttribute("href")) ?? "", page.url()).hash, path).toBe(`#${changed.id}`);
    await expect(page.locator(`[data-updated-since='${unchangedAction.id}']:visible`), path).toHaveCount(0);
  }
  // The link leads to the change's own entry in the log.
  await page.locator(`[data-updated-since='${changedAction.id}']`).first().click();
  await expect(page.locator(`[id='${changed.id}']`)).toBeVisible();
  // The home page counts it.
  await page.goto("");
  await expect(page.locator("[data-progress-updated]")).toContainText("1 action you ticked has changed since.");
});

test("ticking an action again after its change clears the flag", async ({ page }) => {
  await tickAroundChanges(page);
  await page.goto("plan/");
  const status = actionGroup(page, numberOf(changedAction)).getByLabel("Status", { exact: true });
  await status.selectOption("in-progress");
  await status.selectOption("done");
  await expect(page.locator(`[data-updated-since='${changedAction.id}']`)).toBeHidden();
});

test.describe("since your last visit", () => {
  test("a first visit shows no list of changes", async ({ page }) => {
    await page.goto("");
    await page.reload();
    await expect(page.locator("[data-module='app-since-last-visit']")).toBeHidden();
  });

  test("a new visit lists the changes since the last one, once, each linked to its entry", async ({ page }) => {
    await page.goto("");
    const lastVisit = "2025-05-01T10:00:00.000Z";
    await page.evaluate(
      (at) => localStorage.setItem("nhs-login-guide:visits", JSON.stringify({ previous: null, current: at, shown: false })),
      lastVisit,
    );
    await page.reload();
    const panel = page.locator("[data-module='app-since-last-visit']");
    await expect(panel).toBeVisible();
    const expected = changes.filter((c) => c.date > lastVisit.slice(0, 10)).map((c) => `/changes/#${c.id}`);
    expect(expected.length).toBeGreaterThan(0);
    const listed = await panel
      .locator("li:visible a")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(listed.sort()).toEqual(expected.map((url) => url.slice(url.indexOf("#"))).sort());
    await expect(panel.locator("[data-since-text]")).toContainText(
      `Since you last opened this guide on 1 May 2025, ${expected.length} changes have been recorded:`,
    );
    // Once: seen, the next page view in the same visit does not show it again.
    await panel.scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("nhs-login-guide:visits") ?? "{}") as { shown?: boolean }).shown))
      .toBe(true);
    await page.reload();
    await expect(panel).toBeHidden();
  });

  test("the list of changes can be dismissed", async ({ page }) => {
    await page.goto("");
    await page.evaluate(() =>
      localStorage.setItem("nhs-login-guide:visits", JSON.stringify({ previous: null, current: "2026-01-02T10:00:00.000Z" })),
    );
    await page.reload();
    const panel = page.locator("[data-module='app-since-last-visit']");
    await expect(panel).toBeVisible();
    await panel.getByRole("button", { name: "Dismiss" }).click();
    await expect(panel).toBeHidden();
  });

  test("a new visit that starts on the checklist lists the changes there", async ({ page }) => {
    await page.goto("checklist/");
    await page.evaluate(() =>
      localStorage.setItem("nhs-login-guide:visits", JSON.stringify({ previous: null, current: "2025-05-01T10:00:00.000Z" })),
    );
    await page.reload();
    const panel = page.locator("[data-module='app-since-last-visit']");
    await expect(panel).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator("[data-since-text]")).toContainText("Since you last opened this guide on 1 May 2025");
    // Seen on the checklist (once it has been on screen), it is not shown again on the home page in the same visit.
    await expect
      .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("nhs-login-guide:visits") ?? "{}") as { shown?: boolean }).shown))
      .toBe(true);
    await page.goto("");
    await expect(page.locator("[data-module='app-since-last-visit']")).toBeHidden();
  });

  test("the list is not counted as seen while it is off screen, and is once it has been on screen", async ({ page }) => {
    await page.goto("checklist/");
    await page.evaluate(() =>
      localStorage.setItem("nhs-login-guide:visits", JSON.stringify({ previous: null, current: "2025-05-01T10:00:00.000Z" })),
    );
    // Opened at the top, and left there: the list, at the foot of the page, is never on screen.
    await page.reload();
    const panel = page.locator("[data-module='app-since-last-visit']");
    await expect(panel).not.toBeHidden();
    await expect(panel).not.toBeInViewport();
    // The page's own observer has been told the list is off screen once an observer of the test's,
    // started after it, has been told: only then does "not counted as seen" prove anything.
    await panel.evaluate(
      (element) =>
        new Promise<void>((resolve) => {
          const observer = new IntersectionObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(element);
        }),
    );
    expect(
      await page.evaluate(() => (JSON.parse(localStorage.getItem("nhs-login-guide:visits") ?? "{}") as { shown?: boolean }).shown),
    ).not.toBe(true);
    // Another page of the same visit still shows it, as it was never on screen.
    await page.goto("");
    await expect(panel).toBeVisible();
    // Scrolled to here: the next page of the visit does not show it again.
    await panel.scrollIntoViewIfNeeded();
    await expect(panel).toBeInViewport();
    await expect
      .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("nhs-login-guide:visits") ?? "{}") as { shown?: boolean }).shown))
      .toBe(true);
    await page.goto("checklist/");
    await expect(panel).toBeHidden();
  });

  test("a returning visitor's list appears without moving the page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("");
    await page.evaluate(() =>
      localStorage.setItem("nhs-login-guide:visits", JSON.stringify({ previous: null, current: "2025-05-01T10:00:00.000Z" })),
    );
    // The script arrives after the first paint, as on a slow connection.
    await page.route(/\/scripts\/main\.js$/, async (route) => {
      await page.waitForFunction(() => performance.getEntriesByType("paint").length > 0);
      await route.continue();
    });
    await page.reload();
    await expect(page.locator("[data-module='app-since-last-visit']")).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const entries: Array<PerformanceEntry & { value: number; hadRecentInput: boolean }> = [];
          const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as typeof entries)));
          observer.observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              entries.push(...(observer.takeRecords() as typeof entries));
              observer.disconnect();
              resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
            }),
          );
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });

  test("a new visit with nothing recorded since the last one shows nothing", async ({ page }) => {
    await page.goto("");
    // Last here 31 minutes ago: a new visit. No change is dated after today (the build refuses
    // future dates), so nothing is newer than that visit's day.
    const lastVisit = new Date(Date.now() - 31 * 60_000).toISOString();
    expect(changes.filter((c) => c.date > lastVisit.slice(0, 10))).toEqual([]);
    await page.evaluate((at) => localStorage.setItem("nhs-login-guide:visits", JSON.stringify({ previous: null, current: at })), lastVisit);
    await page.reload();
    await expect(page.locator("[data-module='app-since-last-visit']")).toBeHidden();
  });
});

test("Mark as read clears the flag without unticking, and travels with the plan to a teammate", async ({ page, browser, baseURL }) => {
  await tickAroundChanges(page);
  await page.goto("checklist/");
  const flag = page.locator(`[data-updated-since='${changedAction.id}']`).first();
  await expect(flag).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^Mark as read for ${numberOf(changedAction).replace(".", "\\.")} `) }).click();
  await expect(flag).toBeHidden();
  await expect(page.getByRole("checkbox", { name: changedAction.title, exact: true })).toBeChecked();
  await expect(page.locator(`[data-action-state='${changedAction.id}']`)).toBeFocused();
  // Recorded like any field: a teammate who imports the plan sees it read too.
  await page.goto("plan/");
  await expect(page.locator(`[data-updated-since='${changedAction.id}']`)).toBeHidden();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export plan", exact: true }).click();
  const file = await (await download).path();
  const other = await (await browser.newContext({ baseURL: baseURL! })).newPage();
  await other.goto("checklist/");
  await other.getByLabel("Import progress").setInputFiles(file);
  await expect(other.getByRole("checkbox", { name: changedAction.title, exact: true })).toBeChecked();
  await expect(other.locator(`[data-updated-since='${changedAction.id}']`)).toHaveCount(0);
  await other.context().close();
});
