// Printing the checklist gives a clean record: ticks visible, controls and navigation hidden, date shown.
import { expect, test } from "@playwright/test";
import { seedProgress } from "./helpers";

test("a printed checklist shows ticks and the print date, without controls or site navigation", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { "check-eligibility": "done" });
  await page.goto("checklist/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("checkbox", { name: "Check if you are eligible" })).toBeChecked();
  await expect(page.locator(".nhsuk-checkboxes__item").first()).toBeVisible();
  await expect(page.locator("[data-print-date]")).toBeVisible();
  await expect(page.locator("[data-print-date]")).toHaveText(/^Printed on \d{1,2} \w+ \d{4}/);
  for (const hidden of [".nhsuk-header", ".nhsuk-footer", ".nhsuk-breadcrumb", ".app-progress-controls"]) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("[data-print-date]")).toBeHidden();
});
