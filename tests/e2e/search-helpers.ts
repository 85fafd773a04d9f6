// Typing into the search page as a reader does, and reading its results back, for the search specs.
import { expect, type Page } from "./shared-page";

/** One result as a reader sees it: its title, where it links and its links to sections, as paths without the site's prefix. */
export interface Result {
  title: string;
  kind: string;
  href: string;
  sections: string[];
}

/** The search page's status line. */
export const searchStatus = (page: Page) => page.locator("[data-search-status]");

/**
 * Types `query` into the search box of the search page already open and returns every result shown
 * once the status line quotes this query back (so results of an earlier query are never read).
 */
export async function searchFor(page: Page, query: string): Promise<Result[]> {
  // Emptied first, so a status an earlier query left can never be taken for this one's.
  await searchStatus(page).evaluate((status) => status.replaceChildren());
  await page.getByLabel("Search the guide and document library").fill(query);
  // The first search loads Pagefind's WebAssembly and index, which on a busy machine takes a while.
  await expect(
    searchStatus(page)
      .locator("bdi")
      .filter({ hasText: new RegExp(`^${escape(query)}$`) }),
  ).not.toHaveCount(0, {
    timeout: 15_000,
  });
  // The search page is <base>search/: paths are given without the base, so they hold under /nhslogin/ too.
  const base = new URL("../", page.url()).pathname;
  const unprefixed = (path: string) => `/${path.slice(base.length)}`;
  const results = await page.locator(".app-search-result").evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>("h2 a")!;
      const sections = [...item.querySelectorAll<HTMLAnchorElement>(".app-search-result__sections a")];
      return {
        title: link.textContent ?? "",
        kind: item.querySelector(".app-search-result__kind")?.textContent ?? "",
        href: link.pathname + link.hash,
        sections: sections.map((a) => a.pathname + a.hash),
      };
    }),
  );
  return results.map((r) => ({ ...r, href: unprefixed(r.href), sections: r.sections.map(unprefixed) }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
