// A conditional action can be marked not applicable, right where the action is, which takes it out of the totals.
import { expect, test } from "./shared-page";
import { savedProgress } from "./helpers";
import { actionsInStep, guide, numberOf } from "./guide-model";

// The first action a team can mark as not applying to it (in the process today, the IM1 request for change).
const conditional = guide.actions.find((action) => action.conditional)!;
const notApplicable = `Action ${numberOf(conditional)} does not apply to us`;
const im1 = conditional.title;
const stepPage = `steps/${conditional.stepId}/`;
const inStep = actionsInStep(conditional.stepId).length;
const total = guide.totalActions;

test("marking a conditional action not applicable removes it from the totals", async ({ page }) => {
  await page.goto(stepPage);
  const box = page.getByRole("checkbox", { name: notApplicable });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.locator(".app-step-progress")).toContainText(`0 of ${inStep - 1} actions completed`);
  expect((await savedProgress(page))?.actions[conditional.id]?.status).toBe("not-applicable");

  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: notApplicable })).toBeChecked();
  await expect(page.locator(".app-progress-summary")).toContainText(`0 of ${total - 1} actions completed`);
  await page.getByRole("checkbox", { name: notApplicable }).uncheck();
  await expect(page.locator(".app-progress-summary")).toContainText(`0 of ${total} actions completed`);
});

test("ticking an action marked not applicable counts it as done again", async ({ page }) => {
  await page.goto(stepPage);
  await page.getByRole("checkbox", { name: notApplicable }).check();
  await page.getByRole("checkbox", { name: im1, exact: true }).check();
  await expect(page.getByRole("checkbox", { name: notApplicable })).not.toBeChecked();
  await expect(page.locator(".app-step-progress")).toContainText(`1 of ${inStep} actions completed`);
});

test("on the checklist the choice sits right after its action, in tab order, and shows its state there", async ({ page }) => {
  await page.goto("checklist/");
  const action = page.getByRole("checkbox", { name: im1, exact: true });
  await action.focus();
  await page.keyboard.press("Tab");
  // Tab goes from the action to its guidance link (in the hint), then to the not-applicable choice.
  for (
    let i = 0;
    i < 3 && !(await page.getByRole("checkbox", { name: notApplicable }).evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("checkbox", { name: notApplicable })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator(`[data-action-state='${conditional.id}']`)).toHaveText("Not applicable");
  // In document (and so tab) order, the choice comes straight after its own action, not after the step's last.
  const order = await page
    .locator("input[data-action-checkbox], input[data-not-applicable]")
    .evaluateAll((inputs) =>
      inputs.map(
        (input) => `${(input as HTMLInputElement).dataset["actionCheckbox"] ? "done" : "na"}:${(input as HTMLInputElement).value}`,
      ),
    );
  const im1Index = order.indexOf(`done:${conditional.id}`);
  expect(order[im1Index + 1]).toBe(`na:${conditional.id}`);
});

test("only conditional actions can be marked not applicable", async ({ page }) => {
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: /does not apply to us/ })).toHaveCount(
    guide.actions.filter((action) => action.conditional).length,
  );
});
