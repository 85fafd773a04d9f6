// Each role in a partner's team has a page: its actions in process order (with their saved state when
// JavaScript runs), the documents it handles and the terms it meets. Actions and documents name their
// roles.
import { expect, test } from "./shared-page";
import { seedProgress } from "./helpers";
import { documentsOf, guide } from "./guide-model";

/** The role with the most actions: its page has the most to show. */
const busiest = [...guide.roles].sort((a, b) => b.actions.length - a.actions.length)[0]!;

test("the roles page lists every role with its summary and page", async ({ page }) => {
  await page.goto("roles/");
  const items = page.locator(".app-roles__item");
  await expect(items).toHaveCount(guide.roles.length);
  for (const [i, role] of guide.roles.entries()) {
    await expect(items.nth(i).getByRole("link", { name: role.title })).toHaveAttribute("href", new RegExp(`roles/${role.id}/$`));
    await expect(items.nth(i)).toContainText(role.summary);
  }
  await expect(page.locator("main")).toContainText(guide.rolesNote);
});

test("a role page lists the role's actions in process order, each linked to its guidance", async ({ page }) => {
  await page.goto(`roles/${busiest.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(busiest.title);
  const links = page.locator(".app-role-actions a");
  await expect(links).toHaveText(busiest.actions.map((a) => `${a.number} ${a.title}`));
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
  expect(hrefs.map((h) => h.replace(/^\/nhslogin/, ""))).toEqual(busiest.actions.map((a) => a.url));
});

test("a role page links the documents the role handles and the terms it meets, and says the roles are our suggestion", async ({ page }) => {
  await page.goto(`roles/${busiest.id}/`);
  await expect(page.locator(".app-role-documents a")).toHaveCount(busiest.documents.length);
  expect(await page.locator(".app-role-documents a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
    busiest.documents.map((d) => d.pageUrl),
  );
  await expect(page.locator("main")).toContainText(guide.rolesNote);
});

test("a role page lists the terms it meets most, and the rest behind one click", async ({ page }) => {
  for (const role of guide.roles) {
    await page.goto(`roles/${role.id}/`);
    const hrefs = (list: string) =>
      page.locator(`[data-role-terms="${list}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(await hrefs("most-met"), role.id).toEqual(role.mostMetTerms.map((t) => t.url));
    expect(await hrefs("other"), role.id).toEqual(role.otherTerms.map((t) => t.url));
    expect([...role.mostMetTerms, ...role.otherTerms].map((t) => t.url).sort(), role.id).toEqual(role.terms.map((t) => t.url).sort());
    if (role.otherTerms.length === 0) continue;
    // The rest are folded away until the reader opens them.
    await expect(page.locator('[data-role-terms="other"] a').first()).toBeHidden();
    await page.getByText(`The other ${role.otherTerms.length} terms, A to Z`).click();
    await expect(page.locator('[data-role-terms="other"] a').first()).toBeVisible();
  }
});

test("a role page lists every document of the actions it takes part in, as well as those that name it", async ({ page }) => {
  for (const role of guide.roles) {
    const expected = new Set([
      ...guide.documents.filter((d) => d.roles.some((r) => r.id === role.id)).map((d) => `/documents/${d.id}/`),
      ...guide.actions.filter((a) => a.roles.some((r) => r.id === role.id)).flatMap((a) => documentsOf(a.id).map((d) => d.pageUrl)),
    ]);
    await page.goto(`roles/${role.id}/`);
    const listed = await page.locator(".app-role-documents a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(new Set(listed), role.id).toEqual(expected);
    expect(listed, role.id).toHaveLength(expected.size);
  }
});

test("the information governance role handles the Connection Agreement", async ({ page }) => {
  await page.goto("roles/information-governance/");
  await expect(page.locator(".app-role-documents").getByRole("link", { name: "Connection Agreement" })).toHaveAttribute(
    "href",
    /\/documents\/connection-agreement\/$/,
  );
});

test("a role page shows each action's saved state from the checklist", async ({ page }) => {
  const [first, second] = busiest.actions;
  await page.goto(`roles/${busiest.id}/`);
  await seedProgress(page, { [first!.id]: "done", [second!.id]: "not-applicable" });
  await page.reload();
  await expect(page.locator(`[data-action-state="${first!.id}"]`)).toHaveText("Done on 1 November 2026");
  await expect(page.locator(`[data-action-state="${second!.id}"]`)).toHaveText("Not applicable");
  await expect(page.locator(`[data-action-state="${busiest.actions[2]!.id}"]`)).toHaveText("To do");
});

test("ticking an action on the checklist shows on its role's page", async ({ page }) => {
  const action = busiest.actions[0]!;
  await page.goto("checklist/");
  await expect(page.locator("[data-module='app-progress']")).toHaveAttribute("data-app-progress-init", "");
  await page.getByRole("checkbox", { name: action.title }).check();
  await page.goto(`roles/${busiest.id}/`);
  await expect(page.locator(`[data-action-state="${action.id}"]`)).toHaveText(/^Done on /);
});

test("an action on a step page and a document page name their roles, linked to the role pages", async ({ page }) => {
  // An action and a document with more than one role, where the data has them.
  const action = guide.actions.find((a) => a.roles.length > 1) ?? guide.actions[0]!;
  await page.goto(`steps/${action.stepId}/`);
  const roleLinks = page
    .locator(`section[data-action-id="${action.id}"] .nhsuk-summary-list__row`, { hasText: "Roles in your team" })
    .getByRole("link");
  await expect(roleLinks).toHaveText(action.roles.map((r) => guide.roles.find((role) => role.id === r.id)!.title));

  const doc = guide.documents.find((d) => d.roles.length > 1) ?? guide.documents[0]!;
  await page.goto(`documents/${doc.id}/`);
  await expect(page.locator(".nhsuk-summary-list__row", { hasText: "Roles in your team" }).getByRole("link")).toHaveText(
    doc.roles.map((r) => r.title),
  );
});

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("a role page still lists every action as a link, without states", async ({ page }) => {
    await page.goto(`roles/${busiest.id}/`);
    await expect(page.locator(".app-role-actions a")).toHaveCount(busiest.actions.length);
    await expect(page.locator("[data-action-state]").first()).toBeHidden();
  });
});
