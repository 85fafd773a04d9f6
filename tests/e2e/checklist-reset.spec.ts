// Reset asks for confirmation first, so one misclick cannot wipe months of work.
import { expect, test } from "./shared-page";
import { savedProgress, seedProgress } from "./helpers";
import { guide } from "./guide-model";

/** An action of the first step, and one of another step, both ticked before each test. */
const [ticked, elsewhere] = [guide.actions[0]!, guide.actions.find((a) => a.stepId !== guide.steps[0]!.id) ?? guide.actions.at(-1)!];
const firstStep = guide.steps[0]!;

test.beforeEach(async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { [ticked.id]: "done", [elsewhere.id]: "done" });
});

test("cancelling the confirmation keeps every tick", async ({ page }) => {
  await page.goto("checklist/");
  await page.getByRole("button", { name: "Reset progress for the whole process" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
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
  await page.goto(`steps/${firstStep.id}/`);
  await page.getByRole("button", { name: `Reset progress for Step ${firstStep.number}: ${firstStep.title}` }).click();
  await page.getByRole("button", { name: "Yes, reset progress" }).click();
  await expect(page.getByRole("checkbox", { name: ticked.title, exact: true })).not.toBeChecked();
  const saved = await savedProgress(page);
  expect(saved?.actions[ticked.id]?.status).toBe("todo");
  expect(saved?.actions[elsewhere.id]?.status).toBe("done");
});
