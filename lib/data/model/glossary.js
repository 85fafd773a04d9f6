/**
 * The glossary as pages read it: terms A to Z, filed under their letters, each linked to the actions
 * and documents it concerns; and the names the Markdown renderer links to the glossary.
 */
import { lookup } from "./lookup.js";
import { pageReview, reviewOf } from "./reviews.js";

/** @typedef {import("../data-types.js").TermData} TermData */
/** @typedef {import("../data-types.js").SiteData} SiteData */
/** What a page shows of a term it links to. @typedef {ReturnType<typeof termSummary>} TermSummary */
/** A term as the glossary page shows it. @typedef {ReturnType<typeof glossaryModel>["terms"][number]} GlossaryTerm */

/**
 * An A to Z sort that ignores case and accents, as a reader scans a list.
 * @param {string} a
 * @param {string} b
 */
export const byName = (a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true });

/**
 * The letter a glossary term is filed under: A to Z, or "0–9" for one that starts otherwise.
 * @param {string} term
 */
export function letterOf(term) {
  const first = term.normalize("NFD").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "0–9";
}

const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/**
 * The terms A to Z.
 * @param {readonly TermData[]} terms
 */
export function sortedTerms(terms) {
  return [...terms].sort((a, b) => byName(a.term, b.term));
}

/**
 * A term as another page links to it.
 * @param {{ id: string, term: string }} t
 */
export function termSummary(t) {
  return { id: t.id, term: t.term, url: `/glossary/#${t.id}` };
}

/**
 * The terms that name each action (`key` "actions") or document ("documents"), by its id, A to Z.
 * @param {readonly TermData[]} terms A to Z
 * @param {"actions" | "documents"} key
 */
export function termsNaming(terms, key) {
  /** @type {Map<string, TermSummary[]>} */
  const found = new Map();
  for (const t of terms) for (const target of t[key] ?? []) found.set(target, [...(found.get(target) ?? []), termSummary(t)]);
  return found;
}

/**
 * The glossary page's model: its terms, each with its letter, links and review; every letter of the
 * alphabet (and "0–9" when a term needs it) with its terms, for the jump list; and the page's review.
 * @param {readonly TermData[]} terms A to Z
 * @param {{
 *   site: SiteData,
 *   actionSummaries: ReadonlyMap<string, import("./steps.js").ActionSummary>,
 *   documentSummaries: ReadonlyMap<string, import("./documents.js").DocumentSummary>,
 *   latestChange: (id: string) => import("./change-log.js").LatestChange,
 * }} links
 */
export function glossaryModel(terms, { site, actionSummaries, documentSummaries, latestChange }) {
  const glossaryTerms = terms.map((t) => ({
    ...t,
    abbreviations: t.abbreviations ?? [],
    aliases: t.aliases ?? [],
    letter: letterOf(t.term),
    url: `/glossary/#${t.id}`,
    actions: (t.actions ?? []).map((actionId) => lookup(actionSummaries, actionId)),
    documents: (t.documents ?? []).map((docId) => lookup(documentSummaries, docId)),
    review: reviewOf(t, site),
    latestChange: latestChange(t.id),
  }));
  const lettersUsed = new Set(glossaryTerms.map((t) => t.letter));
  const letters = [...ALPHABET, ...(lettersUsed.has("0–9") ? ["0–9"] : [])].map((letter) => ({
    letter,
    id: letter === "0–9" ? "letter-0-9" : `letter-${letter.toLowerCase()}`,
    terms: glossaryTerms.filter((t) => t.letter === letter),
  }));
  return { terms: glossaryTerms, letters, pageReview: pageReview(glossaryTerms.map((t) => t.review)) };
}

/**
 * What the Markdown renderer links to the glossary: only the names, so no page carries more.
 * @param {readonly TermData[]} terms
 */
export function linkTerms(terms) {
  return terms.map((t) => ({ id: t.id, term: t.term, aliases: t.aliases ?? [], abbreviations: t.abbreviations ?? [] }));
}
