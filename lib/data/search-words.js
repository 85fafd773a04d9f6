/**
 * What the search page needs to read a query, as one small JSON file (/search/words.json), fetched
 * with Pagefind's index on the first search: the rules from _data/search.yaml, and the names the guide
 * uses, which a misspelt word is matched against.
 */

/** The words of the names a searcher may mean (glossary terms and their other names, documents, steps, actions, roles and questions), question words left out. */
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
  const words = new Set();
  for (const name of names)
    for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      // Short words are abbreviations or small words: matched exactly or listed as misspellings, never guessed.
      if (word.length >= 4 && !questionWords.has(word)) words.add(word);
  return [...words].sort();
}

/**
 * The search page's words file, as JSON.
 * @example searchWordsJson(guide) // '{"questionWords":["a",…],"names":["access",…]}'
 */
export function searchWordsJson(guide) {
  const { questionWords, definitionStarts, misspellings, synonyms } = guide.search;
  return JSON.stringify({ questionWords, definitionStarts, misspellings, synonyms, names: searchNames(guide) });
}
