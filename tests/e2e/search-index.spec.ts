// What the search index holds: the content of pages, not the labels the guide adds for screen readers.
// Queries the real Pagefind index through its JavaScript API, from the search page (the only page
// whose Content Security Policy lets Pagefind's WebAssembly run). The test tagged @prefix runs under /nhslogin/ too.
import { expect, test, type Page } from "./shared-page";
import type { Pagefind } from "../../src/scripts/search/pagefind";

/** How many pages Pagefind finds for `query`, searching the built site's own index. */
async function resultCount(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    // The search page's address is <base>search/, so the index is at <base>pagefind/.
    const pagefind = (await import(new URL("../pagefind/pagefind.js", window.location.href).href)) as Pagefind;
    await pagefind.options({ baseUrl: new URL("../", window.location.href).pathname });
    const search = await pagefind.search(query);
    return search?.results.length ?? -1;
  }, query);
}

test.beforeEach(async ({ page }) => {
  await page.goto("search/");
});

test("searching the index finds the guide's content @prefix", async ({ page }) => {
  expect(await resultCount(page, "Connection Agreement")).toBeGreaterThan(0);
});

test("the hidden '(external site)' label on links is not in the index", async ({ page }) => {
  expect(await resultCount(page, "external site")).toBe(0);
});
