// Ticks are remembered across reloads and pages: a step page and the checklist share one record.
import { expect, test } from "./shared-page";
import { savedProgress } from "./helpers";
import { actionsInStep, guide } from "./guide-model";

/** A step with at least two actions, so one can be ticked on its page and another on the checklist. */
const step = guide.steps.find((s) => actionsInStep(s.id).length >= 2) ?? guide.steps[0]!;
const [first, second] = actionsInStep(step.id);

test("a tick survives a reload", async ({ page }) => {
  const action = guide.actions[0]!;
  await page.goto(`steps/${action.stepId}/`);
  const box = page.getByRole("checkbox", { name: action.title, exact: true });
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();
  expect((await savedProgress(page))?.actions[action.id]?.status).toBe("done");
});

test("a tick on a step page shows on the checklist, and the other way round", async ({ page }) => {
  const [one, other] = [first!, second ?? first!];
  await page.goto(`steps/${step.id}/`);
  await page.getByRole("checkbox", { name: one.title, exact: true }).check();
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: one.title, exact: true })).toBeChecked();
  await page.getByRole("checkbox", { name: other.title, exact: true }).check();
  await page.getByRole("checkbox", { name: one.title, exact: true }).uncheck();
  await page.goto(`steps/${step.id}/`);
  await expect(page.getByRole("checkbox", { name: other.title, exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: one.title, exact: true })).not.toBeChecked();
});

test("each tick is saved with the date it was made", async ({ page }) => {
  const action = guide.actions.at(-1)!;
  await page.goto("checklist/");
  await page.getByRole("checkbox", { name: action.title, exact: true }).check();
  const record = (await savedProgress(page))?.actions[action.id];
  expect(record?.status).toBe("done");
  expect(Date.now() - Date.parse(record?.updatedAt ?? "")).toBeLessThan(60_000);
});
