// A note's character count, from nhsuk-frontend's character count: its limit shows, and what is
// left updates as you type. Its messages are shown by rules keyed on an attribute nhsuk-frontend's
// script adds at run time, which a CSS purger that reads only the built pages drops (see
// lib/plugins/styles.js): this is the test that would catch that.
import { expect, test } from "./shared-page";
import { numberOf, guide } from "./guide-model";
import { actionGroup, openNotes } from "./plan-helpers";

const action = guide.actions[0]!;

test("a note shows how many characters it may have, and how many are left as you type", async ({ page }) => {
  await page.goto("plan/");
  const notes = await openNotes(page, numberOf(action));
  const count = actionGroup(page, numberOf(action)).locator(".nhsuk-character-count");
  const limit = Number(await count.getAttribute("data-maxlength"));
  expect(limit).toBeGreaterThan(0);
  await notes.fill("Ask the ICB");
  await expect(count.locator(".nhsuk-character-count__status")).toBeVisible();
  await expect(count.locator(".nhsuk-character-count__status")).toHaveText(`You have ${limit - "Ask the ICB".length} characters remaining`);
});
