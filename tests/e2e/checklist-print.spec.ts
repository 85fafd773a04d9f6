// Printing the checklist gives a clean record: each action's state in words, no controls, navigation or link noise.
import { expect, test } from "@playwright/test";
import { seedProgress } from "./helpers";
import { guide } from "./guide-model";

/** One action ticked, one the team can mark as not applying (where the data has one), and the last, left to do. */
const [ticked, skipped, last] = [guide.actions[1] ?? guide.actions[0]!, guide.actions.find((a) => a.conditional), guide.actions.at(-1)!];

test("a printed checklist shows each action's state and the print date, without controls or site navigation", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { [ticked.id]: "done", ...(skipped ? { [skipped.id]: "not-applicable" } : {}) });
  await page.goto("checklist/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("checkbox", { name: ticked.title, exact: true })).toBeChecked();
  await expect(page.locator(`[data-action-state='${ticked.id}']`)).toHaveText("Done on 1 November 2026");
  if (skipped) await expect(page.locator(`[data-action-state='${skipped.id}']`)).toHaveText("Not applicable");
  await expect(page.locator(`[data-action-state='${last.id}']`)).toHaveText("To do");
  for (const id of [ticked.id, ...(skipped ? [skipped.id] : []), last.id])
    await expect(page.locator(`[data-action-state='${id}']`)).toBeVisible();
  await expect(page.locator("[data-print-date]")).toBeVisible();
  await expect(page.locator("[data-print-date]")).toHaveText(/^Printed on \d{1,2} \w+ \d{4}/);
  for (const hidden of [".nhsuk-header", ".nhsuk-footer", ".nhsuk-breadcrumb", ".app-progress-controls"]) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  // No link within the site prints its address ("(Link: /steps/…)"), and the per-action guidance links are left out.
  const printedAfters = await page
    .locator("main a")
    .evaluateAll((links) => links.filter((a) => getComputedStyle(a).display !== "none").map((a) => getComputedStyle(a, "::after").content));
  expect(printedAfters.filter((content) => content.includes("Link: /"))).toEqual([]);
  await expect(page.getByRole("link", { name: /Guidance for this action/ }).first()).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("[data-print-date]")).toBeHidden();
  await expect(page.getByRole("link", { name: /Guidance for this action/ }).first()).toBeVisible();
});
