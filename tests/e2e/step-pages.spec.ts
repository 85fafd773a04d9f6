// Each step page shows its actions in the seed's order, numbered, linkable and with a checkbox.
import { expect, test } from "./shared-page";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { STEP_PATHS } from "./helpers";
import { GUIDE_DATA_DIR } from "./guide-model";
import { processSchema } from "../../lib/data/schemas.js";

const processData = processSchema.parse(parse(await readFile(`${GUIDE_DATA_DIR}/process.yaml`, "utf8")));

for (const [index, step] of processData.steps.entries()) {
  test(`the ${step.title} page shows its actions in order, each with an anchor and a checkbox`, async ({ page }) => {
    await page.goto(`steps/${step.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(step.title);
    await expect(page.locator("h1 .nhsuk-caption-l")).toHaveText(`Step ${index + 1} of 4`);

    const headings = page.locator("section.app-action > h2");
    await expect(headings).toHaveCount(step.actions.length);
    for (const [a, action] of step.actions.entries()) {
      const heading = headings.nth(a);
      await expect(heading).toHaveAttribute("id", action.id);
      await expect(heading).toContainText(`Action ${index + 1}.${a + 1}`);
      await expect(heading).toContainText(action.title);
      await expect(page.getByRole("checkbox", { name: action.title, exact: true })).toHaveCount(1);
    }
    // The step links its official source.
    await expect(page.locator(`a[href="${step.source.url}"]`).first()).toBeVisible();
  });
}

test("previous and next links walk through the steps in order", async ({ page }) => {
  await page.goto(STEP_PATHS[0]!);
  await expect(page.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  for (const next of ["Discovery", "Integrate", "Go live"]) {
    await page.getByRole("link", { name: new RegExp(`Next.*${next}`) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(next);
  }
  await expect(page.getByRole("link", { name: /Next/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Previous.*Integrate/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Integrate");
});

test("a link to an action's anchor lands on that action", async ({ page }) => {
  await page.goto("steps/integrate/#complete-scal");
  await expect(page.locator("#complete-scal")).toBeInViewport();
});

test("every action links its official source and its documents", async ({ page }) => {
  await page.goto("steps/integrate/");
  const scal = page.locator("section[data-action-id='complete-scal']");
  await expect(scal.getByRole("link", { name: "Supplier Conformance Assessment List (SCAL)" })).toHaveAttribute(
    "href",
    /\/documents\/scal\/$/,
  );
  await expect(scal.locator(".app-sources a.app-external-link").first()).toHaveAttribute("href", /^https:\/\//);
});

test("the conditional IM1 action says that not every partner needs it", async ({ page }) => {
  await page.goto("steps/integrate/");
  await expect(page.locator("section[data-action-id='raise-im1-request-for-change']")).toContainText("Not every partner needs this action");
});
