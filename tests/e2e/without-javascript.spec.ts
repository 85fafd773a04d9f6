// With JavaScript off the guidance stays complete and readable, and the checklists are plain lists of actions.
import { expect, test } from "@playwright/test";
import { actionsInStep, guide, startsWith } from "./guide-model";

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page still lists every step and action", async ({ page }) => {
    await page.goto("");
    await expect(page.locator(".app-step-by-step__step ol > li")).toHaveText(guide.actions.map((action) => startsWith(action.title)));
    // head.js marks <html> as scripted before the first paint; without JavaScript nothing does.
    await expect(page.locator("html")).not.toHaveClass(/js-enabled/);
  });

  test("a step page shows all its guidance and actions", async ({ page }) => {
    await page.goto("steps/discovery/");
    await expect(page.locator("section.app-action")).toHaveCount(actionsInStep("discovery").length);
    await expect(page.locator("#develop-proof-of-concept")).toBeVisible();
    await expect(page.locator("section[data-action-id='develop-proof-of-concept']")).toContainText("2048-bit RSA key pair");
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
    await expect(page.getByRole("checkbox", { name: "Action 3.8 does not apply to us" })).toBeHidden();
    await expect(page.getByLabel("Import progress")).toBeHidden();
    await expect(page.locator(".app-progress-summary")).toBeHidden();
  });

  test("the header navigation is usable without its script", async ({ page }) => {
    await page.goto("");
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Documents" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Document library");
  });

  for (const path of ["checklist/", "steps/apply/"]) {
    test(`${path} says plainly, where the boxes are, that ticks are not saved`, async ({ page }) => {
      await page.goto(path);
      const notice = page.getByText("Your ticks are not saved, because JavaScript is turned off or not working in this browser.");
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
    await expect(
      page.getByText("Your ticks are not saved, because JavaScript is turned off or not working in this browser."),
    ).toBeVisible();
  });
});
