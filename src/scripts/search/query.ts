// Reads a query as a person typed it, so a question finds what its subject words find: known
// misspellings and other words for a thing are replaced, question words left out, and, for a query
// that finds nothing, a misspelt word matched to the nearest name the guide uses. The rules are data (_data/search.yaml, served as
// /search/words.json by lib/data/search-words.js); these functions only apply them.
import { nearestName } from "./spelling";

/** One rule from search.yaml: any of `say` is searched as `search`. */
export interface Replacement {
  say: string[];
  search: string;
}

/** The rules the search page carries (see lib/data/search-words.js). */
export interface SearchRules {
  questionWords: string[];
  definitionStarts: string[];
  misspellings: Replacement[];
  synonyms: Replacement[];
}

/** What to search for. */
export interface ReadQuery {
  /** The words to give Pagefind; empty when the query has none. */
  terms: string;
  /** The corrected spelling to tell the reader about, when a misspelling was replaced; otherwise null. */
  corrected: string | null;
  /** The words searched, each with whether a rule put it in (and so it is never guessed at). */
  tokens: Token[];
  /** Whether it asks what something is ("what is IM1"), so the glossary's entry should come first. */
  definition: boolean;
}

/** A word of the query, and whether it came from a rule (and so is searched as it is). */
export interface Token {
  word: string;
  fixed: boolean;
}

/** Lower case, curly apostrophes made straight, and anything but letters, digits, hyphens and apostrophes made a space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .split(/\s+/)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ""))
    .filter(Boolean)
    .join(" ");
}

const words = (text: string) => normalise(text).split(" ").filter(Boolean);

/** Whether `tokens` holds the words of `phrase` starting at `at`. */
function startsAt(tokens: readonly string[], phrase: readonly string[], at: number): boolean {
  return phrase.length > 0 && phrase.every((word, i) => tokens[at + i] === word);
}

/**
 * Replaces every phrase a rule names with what the rule searches for, longest phrase first, reading
 * left to right. Returns the tokens and whether a misspelling (as opposed to a synonym) was replaced.
 */
export function applyRules(typed: readonly string[], rules: SearchRules): { tokens: Token[]; misspelt: boolean } {
  const all = [
    ...rules.misspellings.flatMap((rule) => rule.say.map((say) => ({ say: words(say), search: rule.search, misspelling: true }))),
    ...rules.synonyms.flatMap((rule) => rule.say.map((say) => ({ say: words(say), search: rule.search, misspelling: false }))),
  ].sort((a, b) => b.say.length - a.say.length);
  const tokens: Token[] = [];
  let misspelt = false;
  for (let at = 0; at < typed.length;) {
    const rule = all.find((r) => startsAt(typed, r.say, at));
    if (rule) {
      tokens.push(...rule.search.split(" ").map((word) => ({ word, fixed: true })));
      misspelt ||= rule.misspelling;
      at += rule.say.length;
    } else {
      tokens.push({ word: typed[at]!, fixed: false });
      at += 1;
    }
  }
  return { tokens, misspelt };
}

/**
 * Reads `typed` with the rules in `rules`: what to search, what spelling was corrected, and whether it
 * asks for a definition. Question words are left out only from a query phrased as a question (one
 * that starts with one), so a name such as "vectors of trust" is searched whole.
 */
export function readQuery(typed: string, rules: SearchRules): ReadQuery {
  const typedWords = words(typed);
  const definition = rules.definitionStarts.some((start) => startsAt(typedWords, words(start), 0));
  const { tokens, misspelt } = applyRules(typedWords, rules);
  const questionWords = new Set(rules.questionWords.map((word) => normalise(word)));
  const asked = typedWords.length > 0 && questionWords.has(typedWords[0]!);
  const subject = asked ? tokens.filter((token) => token.fixed || !questionWords.has(token.word)) : tokens;
  // A query of question words alone ("who", "how") is searched as it is rather than not at all.
  const kept = subject.length > 0 ? subject : tokens;
  const terms = kept.map((token) => token.word).join(" ");
  return { terms, corrected: misspelt ? terms : null, tokens: kept, definition: definition && subject.length > 0 };
}

/**
 * The query with each word the guide does not know matched to its nearest name in `names` (the words
 * of its names, in lower case), to try when the query finds nothing; null when no word changes.
 */
export function guessSpelling(read: ReadQuery, names: readonly string[]): string | null {
  const known = new Set(names);
  const guessed = read.tokens.map((token) =>
    token.fixed || known.has(token.word) ? token.word : (nearestName(token.word, names) ?? token.word),
  );
  const guess = guessed.join(" ");
  return guess === read.terms ? null : guess;
}

/** A word without a plural "s", so "vectors" and "vector" compare equal. */
const stem = (word: string) => (word.length > 3 ? word.replace(/s$/, "") : word);

/**
 * Whether a glossary entry's title names the subject of a "what is" question: every subject word
 * starts a word of the title, or is started by one ("vectors of trust" and "Vector of trust (VoT)").
 */
export function titleNames(title: string, subject: string): boolean {
  const titleWords = words(title).map(stem);
  const subjectWords = words(subject).map(stem);
  return subjectWords.length > 0 && subjectWords.every((s) => titleWords.some((t) => t.startsWith(s) || s.startsWith(t)));
}

/**
 * How well a glossary title answers "what is <subject>": 0 when the subject is the term or its
 * abbreviation in brackets, else 1 plus the title's other words ("Vector of trust" before "Vector of
 * trust profile"); Infinity when the title does not name the subject at all.
 */
export function definitionRank(title: string, subject: string): number {
  if (!titleNames(title, subject)) return Infinity;
  const wanted = words(subject).map(stem).join(" ");
  const bracketed = /\(([^)]*)\)/.exec(title)?.[1] ?? "";
  const names = [title.replace(/\(.*\)/, ""), ...bracketed.split(",")].map((name) => words(name).map(stem).join(" "));
  if (names.includes(wanted)) return 0;
  return 1 + words(title.replace(/\(.*\)/, "")).filter((word) => word.length > 2).length;
}
