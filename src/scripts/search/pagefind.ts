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

/** Pagefind's ranking settings (pagefind.app/docs/ranking): each from 0 to 1 except metaWeights. */
export interface PagefindRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

/** The loaded Pagefind module. */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; ranking?: PagefindRanking }): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * How results are ranked. Most records are short and about one thing (a glossary term, a question, a
 * document); a step page is long and mentions many. Weighing length a little more than Pagefind's
 * default (0.75) puts the record about a thing above the page that mentions it: tuned against
 * tests/e2e/search-relevance.spec.ts (72 to 74 of 80 queries answered first).
 */
const RANKING: PagefindRanking = { pageLength: 0.9 };

/**
 * Loads Pagefind from the site's own /pagefind/ folder. The site's base (which may carry a path
 * prefix) is worked out from this module's own address: search is loaded on demand, from
 * <base>scripts/lazy/search.js (see lazy.ts).
 */
export async function loadPagefind(): Promise<Pagefind> {
  const base = siteBase();
  const pagefind = (await import(new URL("pagefind/pagefind.js", base).href)) as Pagefind;
  await pagefind.options({ baseUrl: base.pathname, excerptLength: 24, ranking: RANKING });
  return pagefind;
}

/** The site's base address, with its path prefix if any: this module is built to <base>scripts/lazy/search.js. */
export function siteBase(): URL {
  return new URL("../../", import.meta.url);
}
