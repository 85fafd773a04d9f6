// Searching for a term finds its definition: each glossary term is a result of its own, at
// /glossary/#<id>, and an abbreviation finds the actions and documents that go by it. Types into
// /search/ as a user does, against the real built index. The test tagged @prefix runs under /nhslogin/ too.
import { expect, test, type Page } from "./shared-page";

/** One search result as a reader sees it: its title, where it links, and its links to sections. */
interface Result {
  title: string;
  href: string;
  sections: string[];
}

/** Types `query` into the search page as a user does and returns the first three results. */
async function topThree(page: Page, query: string): Promise<Result[]> {
  await page.goto("search/");
  await page.getByLabel("Search the guide and document library").pressSequentially(query);
  // The first search loads Pagefind's WebAssembly and index, which on a busy machine takes a while.
  await expect(page.locator("[data-search-status]")).toContainText(`for ‘${query}’`, { timeout: 15_000 });
  await expect(page.locator(".app-search-result").first()).toBeVisible();
  // Paths without the site's prefix (the search page is <base>search/), so the same expectations hold under /nhslogin/.
  const base = new URL("../", page.url()).pathname;
  const results = await page.locator(".app-search-result").evaluateAll((items) =>
    items.slice(0, 3).map((item) => {
      const link = item.querySelector<HTMLAnchorElement>("h2 a")!;
      const sections = [...item.querySelectorAll<HTMLAnchorElement>(".app-search-result__sections a")];
      return { title: link.textContent ?? "", href: link.pathname + link.hash, sections: sections.map((a) => a.pathname + a.hash) };
    }),
  );
  const unprefixed = (path: string) => `/${path.slice(base.length)}`;
  return results.map((r) => ({ ...r, href: unprefixed(r.href), sections: r.sections.map(unprefixed) }));
}

const hrefs = (results: Result[]) => results.map((r) => r.href);
const describe = (results: Result[]) => results.map((r) => `${r.title} <${r.href}>`).join(" | ");

const DEFINITIONS: Array<[query: string, title: string, href: string]> = [
  ["PDC", "Product Demonstration Call (PDC)", "/glossary/#product-demonstration-call"],
  ["DPIA", "Data Protection Impact Assessment (DPIA)", "/glossary/#dpia"],
  ["ODS code", "ODS code (ODS)", "/glossary/#ods-code"],
  ["Cp", "Email and password sign-in (Cp)", "/glossary/#cp"],
  ["vtr", "Vector of trust request (vtr)", "/glossary/#vtr"],
  ["SCAL", "Supplier Conformance Assessment List (SCAL)", "/glossary/#scal"],
  ["IM1", "Interface Mechanism 1 (IM1)", "/glossary/#im1"],
];

for (const [query, title, href] of DEFINITIONS) {
  test(`searching "${query}" puts its definition in the first three results`, async ({ page }) => {
    const results = await topThree(page, query);
    const definition = results.find((r) => r.href === href);
    expect(definition, describe(results)).toBeDefined();
    expect(definition?.title).toBe(title);
  });
}

test('searching "PDC" finds the Product Demonstration Call actions in the first three results', async ({ page }) => {
  const results = await topThree(page, "PDC");
  const links = results.flatMap((r) => [r.href, ...r.sections]);
  expect(links, describe(results)).toContain("/steps/integrate/#attend-product-demonstration-call");
  expect(hrefs(results), describe(results)).toContain("/documents/product-demonstration-call-checklist/");
});

test('searching "SCAL" finds both the definition and the document in the first three results @prefix', async ({ page }) => {
  expect(hrefs(await topThree(page, "SCAL"))).toEqual(expect.arrayContaining(["/glossary/#scal", "/documents/scal/"]));
});

test('searching "IM1" finds both the definition and the request for change in the first three results', async ({ page }) => {
  expect(hrefs(await topThree(page, "IM1"))).toEqual(expect.arrayContaining(["/glossary/#im1", "/documents/im1-request-for-change/"]));
});

test("a glossary result opens the glossary at its term", async ({ page }) => {
  await topThree(page, "vtr");
  await page.locator(".app-search-result h2 a", { hasText: "Vector of trust request (vtr)" }).click();
  await expect(page).toHaveURL(/\/glossary\/#vtr$/);
  await expect(page.locator("#vtr")).toBeInViewport();
});

test("the glossary page is never a result itself, only its terms", async ({ page }) => {
  // "Glossary" is the page's heading: were the page indexed, this would find it.
  await page.goto("search/?q=Glossary");
  await expect(page.locator("[data-search-status]")).toContainText("for ‘Glossary’");
  const links = await page
    .locator(".app-search-result h2 a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
  expect(links.filter((href) => href.endsWith("/glossary/"))).toEqual([]);
});

test("the Glossary kind filter shows only glossary terms", async ({ page }) => {
  await page.goto("search/?q=PDC&kind=Glossary");
  await expect(page.getByRole("checkbox", { name: "Glossary" })).toBeChecked();
  await expect(page.locator(".app-search-result").first()).toBeVisible();
  const kinds = await page.locator(".app-search-result__kind").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Glossary"]));
});

test("a glossary result does not list itself again as a section of its own page", async ({ page }) => {
  const [first] = await topThree(page, "vtr");
  expect(first?.href).toBe("/glossary/#vtr");
  expect(first?.sections).not.toContain(first?.href);
});
