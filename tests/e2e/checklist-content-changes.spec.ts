// Saved ticks follow content changes: a renamed action keeps its tick, a replacement inherits it, and
// ticks for removed actions stay in storage without being counted. Runs against a site built from
// tests/fixtures/content-changes.
import { expect, test } from "./shared-page";
import { FIXTURE_URL, savedProgress, seedProgress } from "./helpers";

test("ticks survive renaming and replacement, and removed actions are kept but not counted", async ({ page }) => {
  await page.goto(FIXTURE_URL);
  // Progress saved by the earlier version of this guide.
  await seedProgress(page, { "do-a-thing": "done", "old-thing": "done", "gone-thing": "done" });
  await page.goto(`${FIXTURE_URL}steps/first-step/`);
  await expect(page.getByRole("checkbox", { name: "Do a thing, now with a new name" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Do the new thing" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Do another thing" })).not.toBeChecked();
  await expect(page.locator(".app-step-progress")).toContainText("2 of 3 actions completed");

  await page.getByRole("checkbox", { name: "Do another thing" }).check();
  const saved = await savedProgress(page);
  expect(Object.keys(saved?.actions ?? {}).sort()).toEqual(["another-thing", "do-a-thing", "gone-thing", "old-thing"]);
});
