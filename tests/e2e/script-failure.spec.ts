// When the page's script is blocked, fails to load or breaks before the checklist is wired, the page
// says, as it does with JavaScript off, that ticks are not kept, and promises nothing it cannot keep.
// A script that is only slow is not taken for a broken one.
import type { Route } from "@playwright/test";
import { expect, test, type Page } from "./shared-page";
import { holdScript, pageWithOwnClock, PROGRESS_KEY, savedPlan } from "./helpers";
import { guide } from "./guide-model";

/** What the checklist pages say when nothing will be saved (the progress-messages component). */
const NOT_SAVED = "Your ticks are not saved, because JavaScript is turned off or not working in this browser.";
/** What the plan page says instead (src/plan.njk). */
const PLAN_NEEDS_JS = "The team plan needs JavaScript, which is turned off or not working in this browser.";

/** Ways a page's script can fail before it has wired anything. */
const FAILURES: Array<[string, (route: Route) => Promise<void>]> = [
  ["is blocked", (route) => route.abort("blockedbyclient")],
  ["throws as it starts", (route) => route.fulfill({ contentType: "text/javascript", body: 'throw new Error("Broken in transit");' })],
];

const firstAction = (stepId: string) => guide.actions.find((a) => a.stepId === stepId)!;
const CHECKLIST_PAGES: Array<[string, string]> = [
  ["the checklist", "checklist/"],
  ["a step page", `steps/${guide.steps[0]!.id}/`],
];

/** Whatever the page shows that says progress is kept in this browser. */
const savedPromises = (page: Page) => page.getByText(/saved in this browser|stays in this browser/i).filter({ visible: true });

/** What the checklist has saved, as stored. */
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

/** Serves `path`'s page with its list of actions damaged, so the checklist or plan fails as it starts. */
async function damageManifest(page: Page, path: string): Promise<void> {
  await page.route(new RegExp(`/${path}$`), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(<script type="application\/json" id="app-actions-manifest"[^>]*>)/, "$1{");
    await route.fulfill({ response, body });
  });
}

for (const [how, fail] of FAILURES) {
  test.describe(`when the page's script ${how}`, () => {
    for (const [name, path] of CHECKLIST_PAGES) {
      test(`${name} says ticks are not saved, promises no saving, and saves nothing`, async ({ page }) => {
        await page.route(/\/scripts\/main\.js$/, fail);
        await page.goto(path);
        await expect(page.getByText(NOT_SAVED)).toBeVisible();
        await expect(savedPromises(page)).toHaveCount(0);
        const box = page.getByRole("checkbox", { name: firstAction(guide.steps[0]!.id).title, exact: true });
        await box.check();
        await expect(box).toBeChecked();
        expect(await stored(page)).toBeNull();
      });
    }

    test("a role page shows no saved state for its actions", async ({ page }) => {
      await page.route(/\/scripts\/main\.js$/, fail);
      await page.goto(`roles/${guide.roles[0]!.id}/`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(guide.roles[0]!.title);
      await expect(savedPromises(page)).toHaveCount(0);
      await expect(page.locator("[data-action-state]").filter({ visible: true })).toHaveCount(0);
    });

    test("the plan says it needs JavaScript and shows none of its controls", async ({ page }) => {
      await page.route(/\/scripts\/plan\.js$/, fail);
      await page.goto("plan/");
      await expect(page.getByText(PLAN_NEEDS_JS)).toBeVisible();
      await expect(page.getByLabel("Your name or initials")).toBeHidden();
      await expect(savedPromises(page)).toHaveCount(0);
    });
  });
}

test.describe("when the script runs but the checklist cannot start", () => {
  test("the checklist says ticks are not saved, and saves nothing", async ({ page }) => {
    await damageManifest(page, "checklist/");
    await page.goto("checklist/");
    await expect(page.getByText(NOT_SAVED)).toBeVisible();
    await expect(savedPromises(page)).toHaveCount(0);
    await page.getByRole("checkbox", { name: firstAction(guide.steps[0]!.id).title, exact: true }).check();
    expect(await stored(page)).toBeNull();
  });

  test("the plan says it needs JavaScript", async ({ page }) => {
    await damageManifest(page, "plan/");
    await page.goto("plan/");
    await expect(page.getByText(PLAN_NEEDS_JS)).toBeVisible();
    await expect(page.getByLabel("Your name or initials")).toBeHidden();
  });
});

test("a slow script is not taken for a broken one: the page never says ticks are lost, and they are saved", async ({
  browser,
  baseURL,
}) => {
  // A context of its own with the page's clock in the test's hands: while the script is held back,
  // a minute passes for every timer the page has set, so no timer can take it for a broken one.
  const { context, page } = await pageWithOwnClock(browser, baseURL);
  const notice = page.getByText(NOT_SAVED);
  let hiddenWhileWaiting = false;
  await page.route(/\/scripts\/main\.js$/, async (route) => {
    // Long after the page has been read to its end and styled, as on a poor connection. (The clock
    // fakes performance too, so the paint entries are not to be had: the loaded stylesheet stands in.)
    await page.waitForFunction(
      () => document.querySelector("footer") !== null && [...document.styleSheets].some((sheet) => (sheet.href ?? "").includes("/styles/")),
    );
    await page.clock.runFor(60_000);
    hiddenWhileWaiting = await notice.isHidden();
    await route.continue();
  });
  await page.goto("checklist/");
  await expect(page.locator("[data-module='app-progress']")).toHaveAttribute("data-app-progress-init", "");
  expect(hiddenWhileWaiting).toBe(true);
  await expect(notice).toBeHidden();
  await page.getByRole("checkbox", { name: firstAction(guide.steps[0]!.id).title, exact: true }).check();
  expect(await stored(page)).not.toBeNull();
  await context.close();
});

test("a box ticked while the page's script is still loading is saved once it starts, not reset", async ({ page }) => {
  const [done, skipped] = [firstAction(guide.steps[0]!.id), guide.actions.find((a) => a.conditional)!];
  const release = await holdScript(page, /\/scripts\/main\.js$/);
  await page.goto("checklist/", { waitUntil: "commit" });
  await page.getByRole("checkbox", { name: done.title, exact: true }).check();
  await page.getByRole("checkbox", { name: `Action ${skipped.stepNumber}.${skipped.number} does not apply to us` }).check();
  release();
  await expect(page.locator("[data-module='app-progress']")).toHaveAttribute("data-app-progress-init", "");
  await expect(page.getByRole("checkbox", { name: done.title, exact: true })).toBeChecked();
  const plan = await savedPlan(page);
  expect(plan?.actions[done.id]?.status?.value).toBe("done");
  expect(plan?.actions[skipped.id]?.status?.value).toBe("not-applicable");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: done.title, exact: true })).toBeChecked();
});
