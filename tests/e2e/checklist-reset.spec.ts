// Reset asks for confirmation first, so one misclick cannot wipe months of work.
import { expect, test } from "./shared-page";
import { savedProgress, seedProgress } from "./helpers";
import { guide } from "./guide-model";

test.beforeEach(async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { "check-eligibility": "done", "complete-scal": "done" });
});

test("cancelling the confirmation keeps every tick", async ({ page }) => {
  await page.goto("checklist/");
  await page.getByRole("button", { name: "Reset progress for the whole process" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("checkbox", { name: "Check if you are eligible" })).toBeChecked();
  await expect(page.getByRole("button", { name: "Yes, reset progress" })).toBeHidden();
});

test("confirming resets the whole process", async ({ page }) => {
  await page.goto("checklist/");
  await page.getByRole("button", { name: "Reset progress for the whole process" }).click();
  await expect(page.getByRole("heading", { name: "Reset progress for the whole process?" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, reset progress" }).click();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await expect(page.locator(".app-progress-summary")).toContainText(`0 of ${guide.totalActions} actions completed`);
  await expect(page.getByText(`Progress reset: ${guide.totalActions} actions are now not started.`)).toBeVisible();
});

test("resetting a step leaves the other steps alone", async ({ page }) => {
  await page.goto("steps/apply/");
  await page.getByRole("button", { name: "Reset progress for Step 1: Apply" }).click();
  await page.getByRole("button", { name: "Yes, reset progress" }).click();
  await expect(page.getByRole("checkbox", { name: "Check if you are eligible" })).not.toBeChecked();
  const saved = await savedProgress(page);
  expect(saved?.actions["check-eligibility"]?.status).toBe("todo");
  expect(saved?.actions["complete-scal"]?.status).toBe("done");
});
