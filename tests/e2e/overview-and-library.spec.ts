// The home page gives the process at a glance; the library lists the documents and their pages link back.
import { expect, test } from "./shared-page";
import { actionsInStep, documentsInStep, documentsOf, guide, numberOf, startsWith } from "./guide-model";
import { LAYOUT_PATHS } from "./helpers";

test("the home page lists every step in order with all its numbered actions", async ({ page }) => {
  await page.goto("");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The NHS login integration process");
  await expect(page.locator("main")).toContainText("around 2 to 3 months");
  const steps = page.locator(".app-step-by-step__step");
  await expect(steps).toHaveCount(guide.steps.length);
  await expect(steps.locator("h3 a")).toHaveText(guide.steps.map((step) => step.title));
  for (const [i, step] of guide.steps.entries())
    await expect(steps.nth(i).locator("ol > li")).toHaveText(actionsInStep(step.id).map((action) => startsWith(action.title)));
});

test("the home page links the official toolkit, the integration plan and the document library", async ({ page }) => {
  await page.goto("");
  await expect(page.getByRole("link", { name: /NHS login integration toolkit/ }).first()).toHaveAttribute(
    "href",
    /nhs-login-integration-toolkit$/,
  );
  await expect(page.getByRole("link", { name: /integration plan/ }).first()).toHaveAttribute(
    "href",
    /download-the-nhs-login-integration-plan/,
  );
  await expect(page.getByRole("link", { name: "Find a form or document" })).toHaveAttribute("href", /documents\/$/);
});

test("the home page mentions the official variant of the duration without replacing the seed's", async ({ page }) => {
  await page.goto("");
  // Other inset texts may share the page (the checklist's note without JavaScript), so find this one by its text.
  await expect(page.locator(".nhsuk-inset-text", { hasText: "3 to 4 months" })).toBeVisible();
});

test("the document library groups documents by step with type and format", async ({ page }) => {
  await page.goto("documents/");
  // A step whose actions list no document has no group.
  const grouped = guide.steps.filter((step) => documentsInStep(step.id).length > 0);
  await expect(page.locator("table caption")).toHaveText(grouped.map((step) => `Step ${step.number}: ${step.title}`));
  for (const step of grouped) {
    const document = documentsInStep(step.id)[0]!;
    const row = page.locator(`#step-${step.id} tr`, { has: page.getByRole("link", { name: document.title, exact: true }) });
    await expect(row).toContainText(document.typeLabel);
  }
  const shown = await page.locator("main table a").evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  const listed = new Set(guide.steps.flatMap((step) => documentsInStep(step.id).map((document) => document.pageUrl)));
  for (const pageUrl of listed) expect(shown.some((path) => path.endsWith(pageUrl))).toBe(true);
});

test("a document page says what it is for, when you need it and links its official source", async ({ page }) => {
  // A document an action lists, and the first action that lists it.
  const user = guide.actions.find((action) => documentsOf(action.id).length > 0)!;
  const document = documentsOf(user.id)[0]!;
  await page.goto(`documents/${document.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(document.title);
  const whenNeeded = page.locator(".nhsuk-summary-list__row", { hasText: "When you need it" });
  await whenNeeded.getByRole("link", { name: `${numberOf(user)} ${user.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`steps/${user.stepId}/#${user.id}$`));
});

test("a document only a third party reports is flagged as not confirmed, and an official one is not", async ({ page }) => {
  const warning = page.getByRole("heading", { level: 2, name: /Not confirmed by NHS login/ });
  for (const document of guide.documents) {
    await page.goto(`documents/${document.id}/`);
    if (document.confidence === "reported") await expect(warning, document.id).toBeVisible();
    else await expect(warning, document.id).toHaveCount(0);
  }
});

test("every page shows when it was last reviewed and when the next review is due", async ({ page }) => {
  await page.goto(LAYOUT_PATHS.document);
  await expect(page.locator(".app-review-date")).toContainText(/Page last reviewed: \d{1,2} \w+ \d{4}/);
  await expect(page.locator(".app-review-date")).toContainText(/Next review due: \d{1,2} \w+ \d{4}/);
});
