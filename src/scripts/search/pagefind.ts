// The part of Pagefind's browser API the search page uses, and how to load it from any path prefix.

/** One page's result data from Pagefind. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

/** A search result; its data is loaded on demand. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Filters: each name maps to values, any of which may match. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The loaded Pagefind module. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Loads Pagefind from the site's own /pagefind/ folder. The site's base (which may carry a path
 * prefix) is worked out from this module's own address: search is loaded on demand, from
 * <base>scripts/lazy/search.js (see lazy.ts).
 */
export async function loadPagefind(): Promise<Pagefind> {
  const siteBase = new URL("../../", import.meta.url);
  const pagefind = (await import(new URL("pagefind/pagefind.js", siteBase).href)) as Pagefind;
  await pagefind.options({ baseUrl: siteBase.pathname, excerptLength: 24 });
  return pagefind;
}
