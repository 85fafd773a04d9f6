// With JavaScript off the guidance stays complete and readable, and the checklists are plain lists of actions.
import { expect, test } from "@playwright/test";
import { actionsInStep, guide, numberOf, startsWith, whoAndOutcomeOf } from "./guide-model";
import { STEP_PATHS } from "./helpers";

/** What pages with boxes say when nothing will be saved. */
const NOT_SAVED = "Your ticks are not saved, because JavaScript is turned off or not working in this browser.";

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page still lists every step and action", async ({ page }) => {
    await page.goto("");
    await expect(page.locator(".app-step-by-step__step ol > li")).toHaveText(guide.actions.map((action) => startsWith(action.title)));
  });

  for (const path of ["", "checklist/", STEP_PATHS[0]!]) {
    test(`${path || "the home page"}: with scripts really off, every control that needs them is hidden and the page says ticks are not saved`, async ({
      page,
    }) => {
      await page.goto(path);
      // Nothing ran: head.js would have marked <html> before the first paint, and the bundle on starting.
      await expect(page.locator("html")).not.toHaveClass(/(^|\s)(js-enabled|app-js)(\s|$)/);
      await expect(page.locator("html")).not.toHaveAttribute("data-app-started");
      const jsOnly = page.locator(".app-js-only");
      expect(await jsOnly.count(), "the page has controls that need JavaScript").toBeGreaterThan(0);
      for (const control of await jsOnly.all()) await expect(control).toBeHidden();
      await expect(page.locator(".app-no-js-only").filter({ hasText: NOT_SAVED })).toBeVisible();
    });
  }

  test("a step page shows all its guidance and actions", async ({ page }) => {
    const step = guide.steps[1] ?? guide.steps[0]!;
    await page.goto(`steps/${step.id}/`);
    await expect(page.locator("section.app-action")).toHaveCount(actionsInStep(step.id).length);
    for (const action of actionsInStep(step.id)) {
      const section = page.locator(`section[data-action-id='${action.id}']`);
      await expect(section).toBeVisible();
      await expect(section).toContainText(action.title);
      await expect(section).toContainText(whoAndOutcomeOf(action.id).outcome);
    }
  });

  test("the checklist lists every action under its step", async ({ page }) => {
    await page.goto("checklist/");
    await expect(page.locator("fieldset legend")).toHaveText(guide.steps.map((step) => `Step ${step.number}: ${step.title}`));
    await expect(page.getByRole("checkbox")).toHaveCount(guide.totalActions);
  });

  test("controls that need JavaScript are not shown", async ({ page }) => {
    await page.goto("checklist/");
    for (const name of ["Export progress", "Reset progress for the whole process"]) {
      await expect(page.getByRole("button", { name })).toBeHidden();
    }
    for (const action of guide.actions.filter((a) => a.conditional))
      await expect(page.getByRole("checkbox", { name: `Action ${numberOf(action)} does not apply to us` })).toBeHidden();
    await expect(page.getByLabel("Import progress")).toBeHidden();
    await expect(page.locator(".app-progress-summary")).toBeHidden();
  });

  test("the header navigation is usable without its script", async ({ page }) => {
    await page.goto("");
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Documents" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Document library");
  });

  for (const path of ["checklist/", STEP_PATHS[0]!]) {
    test(`${path} says plainly, where the boxes are, that ticks are not saved`, async ({ page }) => {
      await page.goto(path);
      const notice = page.getByText(NOT_SAVED);
      await expect(notice).toBeVisible();
      // Above the first box, where a reader starts ticking.
      const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
      const firstBoxTop = (await page.getByRole("checkbox").first().boundingBox())?.y ?? 0;
      expect(noticeTop).toBeLessThan(firstBoxTop);
    });
  }

  test("the home page promises saved progress only when JavaScript runs", async ({ page }) => {
    await page.goto("");
    await expect(page.getByText(/your progress stays in this browser/i)).toHaveCount(0);
    await expect(page.getByText(NOT_SAVED)).toBeVisible();
  });
});
