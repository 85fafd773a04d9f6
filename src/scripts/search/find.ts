// Runs a query as readQuery reads it against Pagefind: the glossary's entry first for "what is …",
// and the words as typed when the reading finds nothing.
import type { Pagefind, PagefindFilters, PagefindResult } from "./pagefind";
import { definitionRank, guessSpelling, normalise, readQuery, type SearchRules } from "./query";

/** What a search found, and what to tell the reader about it. */
export interface Found {
  results: PagefindResult[];
  /** The spelling searched instead of the one typed, when it was corrected and found something. */
  corrected: string | null;
}

/** The words of the guide's names, fetched from beside the search page only when a search finds nothing (see lib/data/search-words.js). */
async function loadNames(siteBase: URL): Promise<string[]> {
  const response = await fetch(new URL("search/names.json", siteBase));
  if (!response.ok) throw new Error(`names.json: ${response.status}`);
  return (await response.json()) as string[];
}

/** The names, once asked for: loaded once a page, by the first search that finds nothing. */
let names: Promise<string[]> | null = null;

/** How many of the glossary's best matches are read to find the entry a "what is" question means. */
const DEFINITIONS_READ = 5;

/**
 * The glossary entry that defines `subject`: of the glossary's best matches, the one whose title answers
 * it best (see definitionRank); null if none names it or the chosen filters leave the glossary out.
 */
async function definitionOf(pagefind: Pagefind, subject: string, filters: PagefindFilters): Promise<PagefindResult | null> {
  const kinds = filters["kind"]?.any;
  if (kinds && !kinds.includes("Glossary")) return null;
  const found = (await pagefind.search(subject, { filters: { ...filters, kind: { any: ["Glossary"] } } }))?.results ?? [];
  const read = await Promise.all(
    found.slice(0, DEFINITIONS_READ).map(async (result) => ({ result, title: (await result.data()).meta["title"] ?? "" })),
  );
  const ranked = read.map(({ result, title }) => ({ result, rank: definitionRank(title, subject) })).filter(({ rank }) => rank < Infinity);
  // A stable sort: of two titles that answer as well, the glossary's better match stays first.
  ranked.sort((a, b) => a.rank - b.rank);
  return ranked[0]?.result ?? null;
}

/** How many of the first results are read to find one named exactly what was searched: the first page shown, read anyway. */
const NAMED_READ = 10;

/** A result whose data is loaded once, however often it is asked for (here, then to show it). */
function once(result: PagefindResult): PagefindResult {
  let data: ReturnType<PagefindResult["data"]> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

/**
 * The results with the first one named exactly what was searched ("Sandpit" for "sandpit", "Vector of
 * trust (VoT)" for "vectors of trust") moved to the top: a page about a thing before pages that mention it.
 */
async function namedFirst(results: PagefindResult[], terms: string): Promise<PagefindResult[]> {
  const titles = await Promise.all(results.slice(0, NAMED_READ).map(async (r) => (await r.data()).meta["title"] ?? ""));
  const named = titles.findIndex((title) => definitionRank(title, terms) === 0);
  return named > 0 ? [results[named]!, ...results.filter((_, i) => i !== named)] : results;
}

/** Searches for `typed` with `filters`, reading it first with `rules`; `siteBase` is where the names to guess from are. */
export async function find(pagefind: Pagefind, rules: SearchRules, siteBase: URL, typed: string, filters: PagefindFilters): Promise<Found> {
  const read = readQuery(typed, rules);
  const search = async (terms: string) => (await pagefind.search(terms || null, { filters }))?.results.map(once) ?? [];
  const [results, definition] = await Promise.all([
    search(read.terms),
    read.definition ? definitionOf(pagefind, read.terms, filters) : Promise.resolve(null),
  ]);
  if (definition) return { results: [definition, ...results.filter((r) => r.id !== definition.id)], corrected: read.corrected };
  if (results.length > 0 || !read.terms) return { results: await namedFirst(results, read.terms), corrected: read.corrected };
  // Nothing found: try each unknown word as the nearest name the guide uses, then the words as typed.
  names ??= loadNames(siteBase).catch(() => {
    names = null; // tried again next time; meanwhile nothing is guessed
    return [];
  });
  const guess = guessSpelling(read, await names);
  if (guess) {
    const guessed = await search(guess);
    if (guessed.length > 0) return { results: guessed, corrected: guess };
  }
  const asTyped = normalise(typed);
  return { results: asTyped === read.terms ? [] : await search(asTyped), corrected: null };
}
