// Another open tab of the site updates without a reload (the storage event).
import { expect, test } from "@playwright/test";

test("a tick in one tab shows in another open tab without a reload", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("checklist/");
  await second.goto("steps/apply/");
  await first.getByRole("checkbox", { name: "Check if you are eligible" }).check();
  await expect(second.getByRole("checkbox", { name: "Check if you are eligible" })).toBeChecked();
  await expect(second.locator(".app-step-progress")).toContainText("1 of 6 actions completed");
});
