// Progress shows as counts and NHS status tags per step and for the whole process, and changes are
// announced politely, once.
import { expect, test } from "./shared-page";
import { seedProgress } from "./helpers";
import { actionsInStep, guide } from "./guide-model";

test("a step page shows how many of its actions are done, with a status tag", async ({ page }) => {
  const step = guide.steps.at(-1)!;
  const actions = actionsInStep(step.id);
  await page.goto(`steps/${step.id}/`);
  const progress = page.locator(".app-step-progress");
  await expect(progress).toContainText(`0 of ${actions.length} actions completed`);
  await expect(progress.locator(".nhsuk-tag")).toHaveText("Not started");
  await page.getByRole("checkbox", { name: actions[0]!.title, exact: true }).check();
  await expect(progress).toContainText(`1 of ${actions.length} actions completed`);
  await expect(progress.locator(".nhsuk-tag")).toHaveText("In progress");
  for (const action of actions.slice(1)) await page.getByRole("checkbox", { name: action.title, exact: true }).check();
  await expect(progress.locator(".nhsuk-tag")).toHaveText("Completed");
});

test("the checklist and home page show every step's status and the whole process's count @prefix", async ({ page }) => {
  const [first, second] = guide.steps;
  const firstActions = actionsInStep(first!.id);
  const lastAction = guide.actions.at(-1)!;
  await page.goto("");
  await seedProgress(page, { [firstActions[0]!.id]: "done", [firstActions[1]!.id]: "done", [lastAction.id]: "done" });
  for (const path of ["", "checklist/"]) {
    await page.goto(path);
    const summary = page.locator(".app-progress-summary");
    await expect(summary).toContainText(`3 of ${guide.totalActions} actions completed`);
    const apply = summary.locator(".nhsuk-task-list__item", { hasText: `Step 1: ${first!.title}` });
    await expect(apply).toContainText(`2 of ${firstActions.length} actions completed`);
    await expect(apply.locator(".nhsuk-tag")).toHaveText("In progress");
    await expect(summary.locator(".nhsuk-task-list__item", { hasText: `Step 2: ${second!.title}` }).locator(".nhsuk-tag")).toHaveText(
      "Not started",
    );
  }
});

test("a change is announced politely once, after quick changes settle", async ({ page }) => {
  const step = guide.steps[2]!;
  const [one, two] = actionsInStep(step.id);
  await page.goto("checklist/");
  const announcer = page.locator("[data-progress-announcer]");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await page.getByRole("checkbox", { name: one!.title, exact: true }).check();
  await page.getByRole("checkbox", { name: two!.title, exact: true }).check();
  await expect(announcer).toHaveText(
    `${two!.title}: marked as done. ${step.title}: 2 of ${actionsInStep(step.id).length} actions completed. Whole process: 2 of ${guide.totalActions} actions completed.`,
  );
});
