// An axe-core scan of every layout, against WCAG 2.2 A and AA rules, finds no violations.
import { expect, test } from "./shared-page";
import { axeViolations, LAYOUT_PATHS, messageBanner } from "./helpers";
import { guide, numberOf } from "./guide-model";

for (const [layout, path] of Object.entries(LAYOUT_PATHS)) {
  test(`the ${layout} layout has no axe violations`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the header menu has no axe violations when opened on a small screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(LAYOUT_PATHS.step);
  // At this width the header folds its navigation under "More": the scan must see the menu open.
  const more = page.getByRole("navigation", { name: "Menu" }).getByRole("button", { name: /More/ });
  await expect(more).toBeVisible();
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  expect(await axeViolations(page)).toEqual([]);
});

test("the checklist has no axe violations with its controls, a message and the reset confirmation showing", async ({ page }) => {
  await page.goto(LAYOUT_PATHS.checklist);
  const [ticked, skipped] = [guide.actions[0]!, guide.actions.find((action) => action.conditional)!];
  await page.getByRole("checkbox", { name: ticked.title, exact: true }).check();
  await page.getByRole("checkbox", { name: `Action ${numberOf(skipped)} does not apply to us` }).check();
  await page.getByRole("button", { name: "Reset progress for the whole process" }).click();
  await page.getByLabel("Import progress").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("nope") });
  await expect(messageBanner(page, "import", "problem")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
