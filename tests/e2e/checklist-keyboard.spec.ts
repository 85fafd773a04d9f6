// The checklist works with the keyboard alone.
import { expect, test } from "./shared-page";
import { savedProgress } from "./helpers";
import { guide } from "./guide-model";

const first = guide.actions[0]!;

test("actions can be ticked, and progress reset, with the keyboard only", async ({ page }) => {
  await page.goto("checklist/");
  const box = page.getByRole("checkbox", { name: first.title, exact: true });
  // Tab from the top of the page until the first checkbox has focus.
  for (let i = 0; i < 60 && !(await box.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  expect((await savedProgress(page))?.actions[first.id]?.status).toBe("done");

  const reset = page.getByRole("button", { name: "Reset progress for the whole process" });
  await reset.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Reset progress for the whole process?" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, reset progress" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(box).not.toBeChecked();
  // The outcome is reported beside the reset button and takes focus, so it is read out.
  const outcome = page.locator("[data-message-scope='reset'][data-progress-message='success']");
  await expect(outcome).toBeFocused();
  await expect(outcome).toContainText(`Progress reset: ${guide.totalActions} actions are now not started.`);
});
