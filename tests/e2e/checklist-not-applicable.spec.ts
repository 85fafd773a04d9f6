// A conditional action can be marked not applicable, which takes it out of the totals.
import { expect, test } from "@playwright/test";

test("marking the IM1 action not applicable removes it from the totals", async ({ page }) => {
  await page.goto("steps/integrate/");
  const button = page.getByRole("button", { name: "Mark action 3.8 as not applicable" });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".app-step-progress")).toContainText("0 of 9 actions completed");

  await page.goto("checklist/");
  await expect(page.locator(".app-progress-summary")).toContainText("0 of 24 actions completed");
  await page.getByRole("button", { name: "Mark action 3.8 as not applicable" }).click();
  await expect(page.locator(".app-progress-summary")).toContainText("0 of 25 actions completed");
});

test("ticking an action marked not applicable counts it as done again", async ({ page }) => {
  await page.goto("steps/integrate/");
  await page.getByRole("button", { name: "Mark action 3.8 as not applicable" }).click();
  await page.getByRole("checkbox", { name: "If IM1 connected, raise a Request for Change (RFC)" }).check();
  await expect(page.getByRole("button", { name: "Mark action 3.8 as not applicable" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".app-step-progress")).toContainText("1 of 10 actions completed");
});

test("only conditional actions can be marked not applicable", async ({ page }) => {
  await page.goto("checklist/");
  await expect(page.getByRole("button", { name: /as not applicable/ })).toHaveCount(1);
});
