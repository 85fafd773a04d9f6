// The checklist can show one role's actions. The choice lives in the URL, so reload, Back and a shared
// link keep it; progress counts stay for the whole process. Without JavaScript, role pages stand in.
import { expect, test, type Page } from "./shared-page";
import { guide } from "./guide-model";

const roleFilter = (page: Page) => page.getByLabel("Show actions for");
const shownActions = (page: Page) => page.locator("input[data-action-checkbox]:visible");
const actionsFor = (roleId: string) => guide.actions.filter((a) => a.roles.some((r) => r.id === roleId)).map((a) => a.id);

async function shownIds(page: Page): Promise<string[]> {
  return shownActions(page).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
}

test("choosing a role shows only that role's actions, and the steps that have them", async ({ page }) => {
  await page.goto("checklist/");
  expect(await shownIds(page)).toHaveLength(guide.totalActions);
  await roleFilter(page).selectOption({ label: "Clinical safety" });
  await expect(shownActions(page)).toHaveCount(actionsFor("clinical-safety").length);
  expect(await shownIds(page)).toEqual(actionsFor("clinical-safety"));
  const stepsWithActions = new Set(guide.actions.filter((a) => a.roles.some((r) => r.id === "clinical-safety")).map((a) => a.stepNumber));
  await expect(page.locator("fieldset:visible legend")).toHaveCount(stepsWithActions.size);
  await expect(page.locator("[data-role-filter-status]")).toHaveText(
    `Showing ${actionsFor("clinical-safety").length} of ${guide.totalActions} actions: those for Clinical safety. Progress counts are still for the whole process.`,
  );
});

test("choosing Everyone shows every action again", async ({ page }) => {
  await page.goto("checklist/?role=technical");
  await expect(shownActions(page)).toHaveCount(actionsFor("technical").length);
  await roleFilter(page).selectOption({ label: "Everyone" });
  await expect(shownActions(page)).toHaveCount(guide.totalActions);
  await expect(page).toHaveURL(/\/checklist\/$/);
});

test("the role is kept in the URL and survives a reload @prefix", async ({ page }) => {
  await page.goto("checklist/");
  await roleFilter(page).selectOption("legal-commercial");
  await expect(page).toHaveURL(/\/checklist\/\?role=legal-commercial$/);
  await page.reload();
  await expect(roleFilter(page)).toHaveValue("legal-commercial");
  expect(await shownIds(page)).toEqual(actionsFor("legal-commercial"));
});

test("Back returns to the role shown before", async ({ page }) => {
  await page.goto("checklist/");
  await roleFilter(page).selectOption("technical");
  await roleFilter(page).selectOption("clinical-safety");
  await page.goBack();
  await expect(page).toHaveURL(/\?role=technical$/);
  await expect(roleFilter(page)).toHaveValue("technical");
  expect(await shownIds(page)).toEqual(actionsFor("technical"));
  await page.goBack();
  await expect(roleFilter(page)).toHaveValue("");
  await expect(shownActions(page)).toHaveCount(guide.totalActions);
});

test("an unknown role in the URL shows everyone's actions and is taken out of the URL", async ({ page }) => {
  await page.goto("checklist/?role=astronaut");
  await expect(roleFilter(page)).toHaveValue("");
  await expect(shownActions(page)).toHaveCount(guide.totalActions);
  await expect(page).toHaveURL(/\/checklist\/$/);
});

test("progress counts stay for the whole process while a role is shown, and the page says so", async ({ page }) => {
  await page.goto("checklist/");
  const outside = guide.actions.find((a) => !a.roles.some((r) => r.id === "clinical-safety"))!;
  await page.getByRole("checkbox", { name: outside.title }).check();
  const overall = page.locator(".app-progress-summary [data-progress-count][data-progress-scope='all']");
  await expect(overall).toHaveText(`1 of ${guide.totalActions} actions completed`);
  await roleFilter(page).selectOption("clinical-safety");
  await expect(overall).toHaveText(`1 of ${guide.totalActions} actions completed`);
  await expect(page.getByText("Progress counts stay for the whole process, whichever role you show.")).toBeVisible();
  await expect(page.locator("[data-role-filter-status]")).toContainText("Progress counts are still for the whole process.");
});

test("the role filter works from the keyboard", async ({ page }) => {
  await page.goto("checklist/");
  await roleFilter(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(roleFilter(page)).toHaveValue(guide.roles[0]!.id);
  expect(await shownIds(page)).toEqual(actionsFor(guide.roles[0]!.id));
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`\\?role=${guide.roles[0]!.id}$`));
  expect(await shownIds(page)).toEqual(actionsFor(guide.roles[0]!.id));
});

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("the role filter is hidden and a line links each role's page", async ({ page }) => {
    await page.goto("checklist/");
    await expect(roleFilter(page)).toBeHidden();
    const links = page.locator(".app-role-filter__pages a");
    await expect(links).toHaveText(guide.roles.map((r) => r.title));
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`roles/${guide.roles[0]!.id}/$`));
  });
});
