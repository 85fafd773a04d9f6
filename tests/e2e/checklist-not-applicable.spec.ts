// A conditional action can be marked not applicable, right where the action is, which takes it out of the totals.
import { expect, test } from "./shared-page";
import { savedProgress } from "./helpers";

const notApplicable = "Action 3.8 does not apply to us";
const im1 = "If IM1 connected, raise a Request for Change (RFC)";

test("marking the IM1 action not applicable removes it from the totals", async ({ page }) => {
  await page.goto("steps/integrate/");
  const box = page.getByRole("checkbox", { name: notApplicable });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.locator(".app-step-progress")).toContainText("0 of 9 actions completed");
  expect((await savedProgress(page))?.actions["raise-im1-request-for-change"]?.status).toBe("not-applicable");

  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: notApplicable })).toBeChecked();
  await expect(page.locator(".app-progress-summary")).toContainText("0 of 24 actions completed");
  await page.getByRole("checkbox", { name: notApplicable }).uncheck();
  await expect(page.locator(".app-progress-summary")).toContainText("0 of 25 actions completed");
});

test("ticking an action marked not applicable counts it as done again", async ({ page }) => {
  await page.goto("steps/integrate/");
  await page.getByRole("checkbox", { name: notApplicable }).check();
  await page.getByRole("checkbox", { name: im1 }).check();
  await expect(page.getByRole("checkbox", { name: notApplicable })).not.toBeChecked();
  await expect(page.locator(".app-step-progress")).toContainText("1 of 10 actions completed");
});

test("on the checklist the choice sits right after its action, in tab order, and shows its state there", async ({ page }) => {
  await page.goto("checklist/");
  const action = page.getByRole("checkbox", { name: im1 });
  await action.focus();
  await page.keyboard.press("Tab");
  // Tab goes from 3.8 to its guidance link (in the hint), then to the not-applicable choice.
  for (
    let i = 0;
    i < 3 && !(await page.getByRole("checkbox", { name: notApplicable }).evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("checkbox", { name: notApplicable })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator("[data-action-state='raise-im1-request-for-change']")).toHaveText("Not applicable");
  // In document (and so tab) order, the choice comes straight after its own action, not after the step's last.
  const order = await page
    .locator("input[data-action-checkbox], input[data-not-applicable]")
    .evaluateAll((inputs) =>
      inputs.map(
        (input) => `${(input as HTMLInputElement).dataset["actionCheckbox"] ? "done" : "na"}:${(input as HTMLInputElement).value}`,
      ),
    );
  const im1Index = order.indexOf("done:raise-im1-request-for-change");
  expect(order[im1Index + 1]).toBe("na:raise-im1-request-for-change");
});

test("only conditional actions can be marked not applicable", async ({ page }) => {
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: /does not apply to us/ })).toHaveCount(1);
});
