// When storage is blocked, full or holds something unreadable, the checklist keeps working, says so,
// and never loses what was saved.
import { expect, test } from "@playwright/test";
import { PROGRESS_KEY, savedProgress, seedProgress } from "./helpers";

test.describe("when storage is blocked", () => {
  test.beforeEach(async ({ page }) => {
    // As in some privacy modes: touching window.localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  });

  test("the checklist works for the visit and says progress cannot be saved", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("checklist/");
    await expect(page.locator("[data-progress-message='problem']")).toContainText("cannot be saved in this browser");
    await page.getByRole("checkbox", { name: "Check if you are eligible" }).check();
    await expect(page.locator(".app-progress-summary")).toContainText("1 of 25 actions completed");
    expect(errors).toEqual([]);
  });
});

test.describe("when storage is full", () => {
  test("the tick stays and a message says it could not be saved", async ({ page }) => {
    await page.goto("");
    await seedProgress(page, { "check-eligibility": "done" });
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.goto("checklist/");
    const box = page.getByRole("checkbox", { name: "Complete the Connection Agreement" });
    await box.check();
    await expect(box).toBeChecked();
    await expect(page.locator("[data-progress-message='problem']")).toContainText(
      "could not be saved because this browser's storage is full",
    );
    // What was saved before is intact.
    expect(Object.keys((await savedProgress(page))?.actions ?? {})).toEqual(["check-eligibility"]);
  });
});

test.describe("when the saved progress is corrupt", () => {
  for (const [what, raw] of [
    ["not JSON", "{this is not json"],
    ["the wrong shape", '["check-eligibility"]'],
    ["an unknown version", '{"version":99,"actions":{}}'],
  ] as const) {
    test(`(${what}) the page loads, ticking works again and the unreadable value is kept aside`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto("");
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, raw]);
      await page.goto("checklist/");
      await expect(page.locator("[data-progress-message='problem']")).toContainText("could not be read");
      await page.getByRole("checkbox", { name: "Go live", exact: true }).check();
      expect((await savedProgress(page))?.actions["go-live"]?.status).toBe("done");
      const keptAside = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith("nhs-login-guide:progress:unreadable:"))
          .map((key) => localStorage.getItem(key)),
      );
      expect(keptAside).toEqual([raw]);
      expect(errors).toEqual([]);
    });
  }
});
