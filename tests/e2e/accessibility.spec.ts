// An axe-core scan of every layout, against WCAG 2.2 A and AA rules, finds no violations.
import { expect, test } from "./shared-page";
import { axeViolations, LAYOUT_PATHS, messageBanner } from "./helpers";

for (const [layout, path] of Object.entries(LAYOUT_PATHS)) {
  test(`the ${layout} layout has no axe violations`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the header menu has no axe violations when opened on a small screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(LAYOUT_PATHS.step);
  const more = page.getByRole("button", { name: /More/ });
  if (await more.isVisible()) await more.click();
  expect(await axeViolations(page)).toEqual([]);
});

test("the checklist has no axe violations with its controls, a message and the reset confirmation showing", async ({ page }) => {
  await page.goto(LAYOUT_PATHS.checklist);
  await page.getByRole("checkbox", { name: "Check if you are eligible" }).check();
  await page.getByRole("checkbox", { name: "Action 3.8 does not apply to us" }).check();
  await page.getByRole("button", { name: "Reset progress for the whole process" }).click();
  await page.getByLabel("Import progress").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("nope") });
  await expect(messageBanner(page, "import", "problem")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
