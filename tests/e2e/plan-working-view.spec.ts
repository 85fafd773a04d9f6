// The plan as a team's working view: the service's own name, kept with the plan, and "My actions".
import { expect, test } from "./shared-page";
import { savedPlan } from "./helpers";
import { actionGroup, setActionField } from "./plan-helpers";
import { numberOf, spreadAction } from "./guide-model";

/** Two actions Priya owns and one Sam owns: any would do, so they are spread over the process. */
const [priyas, alsoPriyas, sams] = [spreadAction(2, 3), spreadAction(0, 3), spreadAction(1, 3)];

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
  await setActionField(page, numberOf(priyas), "Owner", "Priya", priyas.id);
  // "priya" is the same person as "Priya": the owner is the team member, shown by their name.
  await setActionField(page, numberOf(alsoPriyas), "Owner", "priya", alsoPriyas.id, "Priya");
  await setActionField(page, numberOf(sams), "Owner", "Sam", sams.id);
  const mine = page.getByLabel("My actions");
  await mine.focus();
  await page.keyboard.press("Space");
  await expect(mine).toBeChecked();
  await expect(mine).toBeFocused();
  await expect(page.locator("[data-plan-filter-status]")).toHaveText(/^Showing 2 of \d+ actions\.$/);
  await expect(actionGroup(page, numberOf(priyas))).toBeVisible();
  await expect(actionGroup(page, numberOf(alsoPriyas))).toBeVisible();
  await expect(actionGroup(page, numberOf(sams))).toBeHidden();
});
