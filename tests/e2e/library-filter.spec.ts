// The document library narrows by step and by type: instantly with JavaScript (choice kept in the URL),
// and through pre-rendered views without it.
import { expect, test } from "./shared-page";
import { guide } from "./guide-model";

const total = guide.documents.length;

test("choosing a step and a type narrows the library at once, and the URL keeps the choice @prefix", async ({ page }) => {
  await page.goto("documents/");
  await expect(page.locator("[data-library-count]")).toHaveText(/^\d+ documents$/);
  await page.getByLabel("Step").selectOption({ label: "Step 3: Integrate" });
  await expect(page).toHaveURL(/documents\/\?step=integrate$/);
  await expect(page.locator("#step-apply")).toBeHidden();
  await expect(page.locator("#step-integrate")).toBeVisible();
  await page.getByLabel("Type").selectOption({ label: "Forms" });
  await expect(page).toHaveURL(/\?step=integrate&type=form$/);
  const visible = page.locator("#step-integrate tbody tr:visible");
  await expect(visible.first()).toBeVisible();
  for (const type of await visible.locator("td:nth-child(2)").allTextContents()) expect(type).toContain("Form");
  await expect(page.locator("[data-library-count]")).toHaveText(`Showing ${await visible.count()} of ${total} documents`);
  await page.reload();
  await expect(page.getByLabel("Type")).toHaveValue("form");
  await expect(page.locator("#step-apply")).toBeHidden();
});

test("a filter with no matches says so", async ({ page }) => {
  await page.goto("documents/?step=apply&type=test-data");
  await expect(page.getByText("No documents match these filters")).toBeVisible();
  await expect(page.locator("[data-library-count]")).toHaveText(`Showing 0 of ${total} documents`);
});

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("the library narrows by step and by type through its browse links", async ({ page }) => {
    await page.goto("documents/");
    await expect(page.locator("form.app-library-filter")).toBeHidden();
    const browse = page.getByRole("navigation", { name: "Browse the document library" });
    await browse.getByRole("link", { name: "Step 1: Apply" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents for step 1: Apply");
    await expect(page.locator(".app-document-list")).toContainText("NHS login application form");
    await expect(page.locator(".app-document-list")).not.toContainText("Connection Agreement");
    await page.getByRole("navigation", { name: "Browse the document library" }).getByRole("link", { name: "Test data" }).click();
    // Read the list once the type's page has loaded (reading at once raced the navigation).
    await expect(page).toHaveURL(/test-data/);
    await expect(page.locator(".app-document-list__meta").first()).toBeVisible();
    const types = await page.locator(".app-document-list__meta").allTextContents();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^Test data ·/);
  });

  test("the A to Z list has every document in title order", async ({ page }) => {
    await page.goto("documents/a-z/");
    const titles = await page.locator(".app-document-list__title").allTextContents();
    expect(titles.length).toBe(total);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" })));
  });
});
