// Progress shows as counts and NHS status tags per step and for the whole process, and changes are
// announced politely, once.
import { expect, test } from "./shared-page";
import { seedProgress } from "./helpers";

test("a step page shows how many of its actions are done, with a status tag", async ({ page }) => {
  await page.goto("steps/go-live/");
  const progress = page.locator(".app-step-progress");
  await expect(progress).toContainText("0 of 3 actions completed");
  await expect(progress.locator(".nhsuk-tag")).toHaveText("Not started");
  await page.getByRole("checkbox", { name: "Go live", exact: true }).check();
  await expect(progress).toContainText("1 of 3 actions completed");
  await expect(progress.locator(".nhsuk-tag")).toHaveText("In progress");
  await page.getByRole("checkbox", { name: "Review the support available after you go live" }).check();
  await page.getByRole("checkbox", { name: "Attend post go live call" }).check();
  await expect(progress.locator(".nhsuk-tag")).toHaveText("Completed");
});

test("the checklist and home page show every step's status and the whole process's count @prefix", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { "find-out-how-we-work-together": "done", "check-eligibility": "done", "go-live": "done" });
  for (const path of ["", "checklist/"]) {
    await page.goto(path);
    const summary = page.locator(".app-progress-summary");
    await expect(summary).toContainText("3 of 25 actions completed");
    const apply = summary.locator(".nhsuk-task-list__item", { hasText: "Step 1: Apply" });
    await expect(apply).toContainText("2 of 6 actions completed");
    await expect(apply.locator(".nhsuk-tag")).toHaveText("In progress");
    await expect(summary.locator(".nhsuk-task-list__item", { hasText: "Step 2: Discovery" }).locator(".nhsuk-tag")).toHaveText(
      "Not started",
    );
  }
});

test("a change is announced politely once, after quick changes settle", async ({ page }) => {
  await page.goto("checklist/");
  const announcer = page.locator("[data-progress-announcer]");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await page.getByRole("checkbox", { name: "Start integration" }).check();
  await page.getByRole("checkbox", { name: "Complete the Connection Agreement" }).check();
  await expect(announcer).toHaveText(
    "Complete the Connection Agreement: marked as done. Integrate: 2 of 10 actions completed. Whole process: 2 of 25 actions completed.",
  );
});
