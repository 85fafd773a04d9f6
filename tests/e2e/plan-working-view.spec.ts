// The plan as a team's working view: the service's own name, kept with the plan, and "My actions".
import { expect, test } from "./shared-page";
import { savedPlan } from "./helpers";
import { actionGroup, setActionField } from "./plan-helpers";

test("the service name is saved with the plan and comes back after a reload", async ({ page }) => {
  await page.goto("plan/");
  const name = page.getByLabel("Service name", { exact: true });
  await name.fill("Ward Watch app");
  await name.blur();
  await expect.poll(async () => (await savedPlan(page))?.settings.serviceName?.value).toBe("Ward Watch app");
  await page.reload();
  await expect(page.getByLabel("Service name", { exact: true })).toHaveValue("Ward Watch app");
});

test("My actions shows only what the name given in this browser owns, and keeps focus on the filter", async ({ page }) => {
  await page.goto("plan/");
  await page.getByLabel("Your name or initials").fill("Priya");
  await page.getByLabel("Your name or initials").blur();
  await setActionField(page, "3.5", "Owner", "Priya", "complete-scal");
  // "priya" is the same person as "Priya": the owner is the team member, shown by their name.
  await setActionField(page, "3.6", "Owner", "priya", "complete-connection-agreement", "Priya");
  await setActionField(page, "2.1", "Owner", "Sam", "decide-verification-level");
  const mine = page.getByLabel("My actions");
  await mine.focus();
  await page.keyboard.press("Space");
  await expect(mine).toBeChecked();
  await expect(mine).toBeFocused();
  await expect(page.locator("[data-plan-filter-status]")).toHaveText(/^Showing 2 of \d+ actions\.$/);
  await expect(actionGroup(page, "3.5")).toBeVisible();
  await expect(actionGroup(page, "3.6")).toBeVisible();
  await expect(actionGroup(page, "2.1")).toBeHidden();
});
