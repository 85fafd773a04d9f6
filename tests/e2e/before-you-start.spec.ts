// The home page and the first step say what to arrange before you start: each item linked to the
// actions it is needed for, with its sources and how sure the guide is of it.
import { expect, test } from "./shared-page";
import { guide } from "./guide-model";

for (const path of ["", `steps/${guide.steps[0]!.id}/`]) {
  test(`${path || "the home page"} lists what to arrange before you start, each item linked to the actions that need it`, async ({
    page,
  }) => {
    await page.goto(path);
    const section = page.locator(".app-before-you-start");
    await expect(section.getByRole("heading", { name: "Before you start" })).toBeVisible();
    const items = section.locator(".app-before-you-start__item");
    await expect(items).toHaveCount(guide.beforeYouStart.items.length);
    for (const [i, item] of guide.beforeYouStart.items.entries()) {
      await expect(items.nth(i).getByRole("heading")).toHaveText(item.title);
      const needed = await items
        .nth(i)
        .locator(".app-before-you-start__needed a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
      expect(needed.map((h) => h.replace(/^\/nhslogin/, ""))).toEqual(item.neededFor.map((a) => a.url));
      await expect(items.nth(i).locator(".app-sources a.app-external-link")).toHaveCount(item.sources.length);
      if (item.confidence === "official") await expect(items.nth(i)).not.toContainText("Not confirmed by NHS login");
      else await expect(items.nth(i).locator("[data-confidence]")).toContainText("Not confirmed by NHS login");
    }
  });
}

test("a before-you-start link goes to the action that needs the item", async ({ page }) => {
  await page.goto("");
  const link = page.locator(".app-before-you-start__needed a").first();
  const hash = await link.evaluate((a) => (a as HTMLAnchorElement).hash);
  await link.click();
  await expect(page.locator(hash)).toBeInViewport();
});

test("other steps do not repeat the before-you-start items", async ({ page }) => {
  for (const step of guide.steps.slice(1)) {
    await page.goto(`steps/${step.id}/`);
    await expect(page.locator(".app-before-you-start")).toHaveCount(0);
  }
});
