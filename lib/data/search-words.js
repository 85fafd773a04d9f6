/**
 * What the search page needs to read a query: the rules from _data/search.yaml, small and written into
 * the page, and the words of the names the guide uses, which grow with the library and so are a file of
 * their own (/search/names.json), fetched only when a search finds nothing, to match a misspelt word against.
 */

/**
 * The words of the names a searcher may mean (glossary terms and their other names, documents, steps, actions, roles and questions), question words left out.
 * @param {import("./load-guide-data.js").Guide} guide
 */
export function searchNames(guide) {
  const names = [
    ...guide.glossary.terms.flatMap((t) => [t.term, ...t.abbreviations, ...t.aliases]),
    ...guide.documents.flatMap((d) => [d.title, ...(d.aliases ?? [])]),
    ...guide.steps.map((s) => s.title),
    ...guide.actions.flatMap((a) => [a.title, ...(a.abbreviations ?? [])]),
    ...guide.roles.map((r) => r.title),
    ...guide.search.questions.flatMap((q) => [q.question, ...q.askedAs]),
    ...[...guide.search.misspellings, ...guide.search.synonyms].map((rule) => rule.search),
  ];
  // A misspelt word is never guessed to be a question word ("wht" is not "what"): those are left out anyway.
  const questionWords = new Set(guide.search.questionWords.map((word) => word.toLowerCase()));
  /** @type {Set<string>} */
  const words = new Set();
  for (const name of names)
    for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      // Short words are abbreviations or small words: matched exactly or listed as misspellings, never guessed.
      if (word.length >= 4 && !questionWords.has(word)) words.add(word);
  return [...words].sort();
}

/**
 * How the search page reads a query (search.yaml's rules), as JSON to sit in a <script> element: "<" is
 * escaped so no value can end the element.
 * @example searchRulesJson(guide) // '{"questionWords":["a",…],"definitionStarts":[…],"misspellings":[…],"synonyms":[…]}'
 * @param {import("./load-guide-data.js").Guide} guide
 */
export function searchRulesJson(guide) {
  const { questionWords, definitionStarts, misspellings, synonyms } = guide.search;
  return JSON.stringify({ questionWords, definitionStarts, misspellings, synonyms }).replace(/</g, "\\u003c");
}

/**
 * The names file (/search/names.json), fetched only when a search finds nothing, to guess a misspelt word from.
 * @example searchNamesJson(guide) // '["access","agreement",…]'
 * @param {import("./load-guide-data.js").Guide} guide
 */
export function searchNamesJson(guide) {
  return JSON.stringify(searchNames(guide));
}
