// The team on the plan: members entered once, offered as owners, renamed without losing their
// actions, checked where they are typed, and carried with the plan by link.
import { expect, test, type Page } from "./shared-page";
import { axeViolations, savedPlan } from "./helpers";
import { actionGroup, setActionField, shareLink } from "./plan-helpers";
import { guide } from "./guide-model";

const [first, second, third] = guide.actions;
const number = (action: (typeof guide.actions)[number]) => `${action.stepNumber}.${action.number}`;
const role = guide.roles[0]!;

/** Opens the folded team list. */
async function openTeam(page: Page) {
  const details = page.locator("details[data-plan-team-details]");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
}

/** Adds a member with the Add form, as a project manager does. */
async function addMember(page: Page, name: string, roleTitle?: string) {
  await openTeam(page);
  await page.getByLabel("Add a team member").fill(name);
  if (roleTitle) await page.getByLabel("Their role (optional)").selectOption({ label: roleTitle });
  await page.getByRole("button", { name: "Add to the team" }).click();
}

/** The team as saved: each member's name and role. */
async function savedTeam(page: Page) {
  const plan = await savedPlan(page);
  return Object.values(plan?.members ?? {})
    .map(({ name, role }) => ({ name, role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

test("members added once are offered as owners, and a new name typed as an owner joins the team", async ({ page }) => {
  await page.goto("plan/");
  await addMember(page, "Dan", role.title);
  await expect.poll(() => savedTeam(page)).toEqual([{ name: "Dan", role: role.id }]);
  await expect(page.getByLabel("Add a team member")).toHaveValue("");
  await expect(page.locator("[data-plan-team-count]")).toHaveText("1");
  // Every owner field suggests the team's names.
  const owner = actionGroup(page, number(first!)).getByLabel("Owner", { exact: true });
  const list = await owner.getAttribute("list");
  expect(
    await page.locator(`datalist#${list} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual(["Dan"]);
  // "dan" is Dan, not a second owner; "Priya" is new, and joins the team.
  await setActionField(page, number(first!), "Owner", "dan", first!.id, "Dan");
  await setActionField(page, number(second!), "Owner", "Priya", second!.id);
  await expect
    .poll(() => savedTeam(page))
    .toEqual([
      { name: "Dan", role: role.id },
      { name: "Priya", role: "" },
    ]);
  await expect(page.locator("[data-plan-team-count]")).toHaveText("2");
  const filterOwners = await page.locator("[data-plan-filter='owner'] option").allTextContents();
  expect(filterOwners).toEqual(["Anyone", "Dan", "Priya"]);
});

test("renaming a member keeps their actions, which show the new name everywhere", async ({ page }) => {
  await page.goto("plan/");
  await setActionField(page, number(first!), "Owner", "Dan", first!.id);
  await setActionField(page, number(third!), "Owner", "Dan", third!.id);
  await openTeam(page);
  const name = page.getByRole("group", { name: "Team member 1" }).getByLabel("Team member's name");
  await expect(name).toHaveValue("Dan");
  await name.fill("Daniel");
  await name.blur();
  await expect.poll(async () => (await savedPlan(page))?.actions[first!.id]?.owner?.value).toBe("Daniel");
  expect((await savedPlan(page))?.actions[third!.id]?.owner?.value).toBe("Daniel");
  await expect(actionGroup(page, number(first!)).getByLabel("Owner", { exact: true })).toHaveValue("Daniel");
  await expect(actionGroup(page, number(third!)).getByLabel("Owner", { exact: true })).toHaveValue("Daniel");
  expect(await page.locator("[data-plan-filter='owner'] option").allTextContents()).toEqual(["Anyone", "Daniel"]);
  await page.reload();
  await expect(actionGroup(page, number(third!)).getByLabel("Owner", { exact: true })).toHaveValue("Daniel");
});

test("an empty name or one already in the team is refused next to the field, and what was typed stays", async ({ page }) => {
  await page.goto("plan/");
  await addMember(page, "Dan");
  await expect.poll(() => savedTeam(page)).toEqual([{ name: "Dan", role: "" }]);

  await addMember(page, " DAN ");
  const add = page.getByLabel("Add a team member");
  await expect(add).toHaveValue(" DAN ");
  await expect(add).toBeFocused();
  await expect(add).toHaveAttribute("aria-invalid", "true");
  // A screen reader hears the problem with the field, as nhsuk-frontend's error message says it.
  await expect(add).toHaveAccessibleDescription(/Error:\s+Dan is already in the team/);
  expect(await savedTeam(page)).toEqual([{ name: "Dan", role: "" }]);

  const name = page.getByRole("group", { name: "Team member 1" }).getByLabel("Team member's name");
  await name.fill("");
  await name.blur();
  await expect(name).toHaveAccessibleDescription(/Error:\s+Enter a name or initials/);
  expect(await savedTeam(page)).toEqual([{ name: "Dan", role: "" }]);
  expect(await axeViolations(page)).toEqual([]);

  // Putting it right clears the error and saves.
  await name.fill("Dana");
  await name.blur();
  await expect.poll(() => savedTeam(page)).toEqual([{ name: "Dana", role: "" }]);
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
});

test("a member can be removed, named on the button, and their actions say so", async ({ page }) => {
  await page.goto("plan/");
  await setActionField(page, number(first!), "Owner", "Sam", first!.id);
  await openTeam(page);
  await page.getByRole("button", { name: "Remove Sam from the team" }).click();
  await expect.poll(() => savedTeam(page)).toEqual([]);
  await expect(page.locator("[data-plan-team-count]")).toHaveText("0");
  await expect(actionGroup(page, number(first!)).getByLabel("Owner", { exact: true })).toHaveValue("(removed member)");
});

test("the team travels with the plan by link @prefix", async ({ page, browser, baseURL }) => {
  await page.goto("plan/");
  await addMember(page, "Dan", role.title);
  await setActionField(page, number(first!), "Owner", "Dan", first!.id);
  const link = await shareLink(page);
  const other = await (await browser.newContext({ baseURL: baseURL! })).newPage();
  await other.goto(link);
  await other.getByRole("button", { name: "Merge it into your plan" }).click();
  await expect(other.locator("[data-plan-team-count]")).toHaveText("1");
  await expect.poll(() => savedTeam(other)).toEqual([{ name: "Dan", role: role.id }]);
  await expect(actionGroup(other, number(first!)).getByLabel("Owner", { exact: true })).toHaveValue("Dan");
});
