// Ticks are remembered across reloads and pages: a step page and the checklist share one record.
import { expect, test } from "./shared-page";
import { savedProgress } from "./helpers";

test("a tick survives a reload", async ({ page }) => {
  await page.goto("steps/apply/");
  const box = page.getByRole("checkbox", { name: "Check if you are eligible", exact: true });
  await box.check();
  await page.reload();
  await expect(box).toBeChecked();
  expect((await savedProgress(page))?.actions["check-eligibility"]?.status).toBe("done");
});

test("a tick on a step page shows on the checklist, and the other way round", async ({ page }) => {
  await page.goto("steps/discovery/");
  await page.getByRole("checkbox", { name: "Develop a proof of concept in the sandpit" }).check();
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: "Develop a proof of concept in the sandpit" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Review our document library" }).check();
  await page.getByRole("checkbox", { name: "Develop a proof of concept in the sandpit" }).uncheck();
  await page.goto("steps/discovery/");
  await expect(page.getByRole("checkbox", { name: "Review our document library" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Develop a proof of concept in the sandpit" })).not.toBeChecked();
});

test("each tick is saved with the date it was made", async ({ page }) => {
  await page.goto("checklist/");
  await page.getByRole("checkbox", { name: "Go live", exact: true }).check();
  const record = (await savedProgress(page))?.actions["go-live"];
  expect(record?.status).toBe("done");
  expect(Date.now() - Date.parse(record?.updatedAt ?? "")).toBeLessThan(60_000);
});
