import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  applyRules,
  definitionRank,
  guessSpelling,
  normalise,
  readQuery,
  titleNames,
  type SearchRules,
} from "../../../src/scripts/search/query";

/** Rules of the shape _data/search.yaml gives, small enough to read in the tests. */
const RULES: SearchRules = {
  questionWords: ["what", "is", "are", "a", "the", "who", "how", "do", "does", "i", "need", "it", "take", "of", "mean", "where", "get"],
  definitionStarts: ["what is", "what are", "what does"],
  misspellings: [
    { say: ["scall", "skal"], search: "SCAL" },
    { say: ["sand pit", "sandbox"], search: "sandpit" },
    { say: ["vector of trusts"], search: "vector of trust" },
  ],
  synonyms: [
    { say: ["how long", "timescale"], search: "how long" },
    { say: ["who signs"], search: "signs agreement" },
    { say: ["what's new"], search: "what's new" },
  ],
};
const NAMES = ["agreement", "connection", "clinical", "safety", "officer", "process", "sandpit"];

/** What the search reads, without the tokens it keeps for guessing. */
const read = (typed: string) => {
  const { tokens: _tokens, ...rest } = readQuery(typed, RULES);
  return rest;
};

describe("reading a query phrased as a question", () => {
  test('"what is IM1" searches IM1 and asks for its definition', () => {
    assert.deepEqual(read("what is IM1"), { terms: "im1", corrected: null, definition: true });
  });

  test("question words never reach the search, wherever they are in a question", () => {
    assert.equal(readQuery("do I need a DPIA?", RULES).terms, "dpia");
    assert.equal(readQuery("what does P9 mean", RULES).terms, "p9");
    assert.equal(readQuery("where do I get the SCAL form", RULES).terms, "scal form");
  });

  test("a question that is not 'what is' asks for no definition", () => {
    assert.equal(readQuery("do I need a DPIA", RULES).definition, false);
  });

  test("a phrase with another word for it is searched as that word, before question words go", () => {
    assert.equal(readQuery("how long does it take", RULES).terms, "how long");
    assert.equal(readQuery("who signs the agreement?", RULES).terms, "signs agreement agreement");
  });

  test("words a rule puts in are kept even when they are question words", () => {
    assert.equal(readQuery("what's new", RULES).terms, "what's new");
  });

  test("a query of question words alone is searched as typed", () => {
    assert.equal(readQuery("who", RULES).terms, "who");
    assert.equal(readQuery("who", RULES).definition, false);
  });
});

describe("reading a name", () => {
  test("a name that holds question words is searched whole", () => {
    assert.equal(readQuery("vectors of trust", RULES).terms, "vectors of trust");
  });

  test("an empty query searches nothing", () => {
    assert.deepEqual(read("  "), { terms: "", corrected: null, definition: false });
  });
});

describe("misspellings", () => {
  test("a known misspelling is searched as the name, and the reader is told the spelling used", () => {
    assert.deepEqual(read("scall"), { terms: "SCAL", corrected: "SCAL", definition: false });
    assert.equal(readQuery("how do I get a sand pit", RULES).terms, "sandpit");
  });

  test("the longest phrase a rule names wins over a shorter one inside it", () => {
    assert.equal(readQuery("vector of trusts", RULES).terms, "vector of trust");
  });

  test("another word for a thing is not a misspelling, so nothing is said about spelling", () => {
    assert.equal(readQuery("timescale", RULES).corrected, null);
  });

  test("an unknown word near a name is offered as a guess, to try when the query finds nothing", () => {
    const typed = readQuery("clinical safty oficer", RULES);
    assert.equal(typed.terms, "clinical safty oficer");
    assert.equal(guessSpelling(typed, NAMES), "clinical safety officer");
  });

  test("a word a rule put in is never guessed at", () => {
    assert.equal(guessSpelling(readQuery("who signs", RULES), ["sign", "agreement"]), null);
  });

  test("no guess is made when every word is known or near none", () => {
    assert.equal(guessSpelling(readQuery("connection agreement", RULES), NAMES), null);
    assert.equal(guessSpelling(readQuery("xylophonezebra", RULES), NAMES), null);
  });
});

describe("what a query is reduced to before it is read", () => {
  test("case, curly apostrophes and punctuation do not matter", () => {
    assert.equal(normalise("What’s  NEW?!"), "what's new");
    assert.equal(normalise("<b>sandpit</b>"), "b sandpit b");
  });

  test("hyphens inside a word are kept, at its ends they go", () => {
    assert.equal(normalise("-go-live-"), "go-live");
  });

  test("a right-to-left override is not a word", () => {
    assert.equal(normalise("\u202Esandpit"), "sandpit");
  });

  test("rules apply to whole words only, never inside one", () => {
    const { tokens } = applyRules(["scallop"], RULES);
    assert.deepEqual(tokens, [{ word: "scallop", fixed: false }]);
  });
});

describe("whether a glossary entry names the subject of a 'what is' question", () => {
  test("its title holds every subject word, plural or not", () => {
    assert.equal(titleNames("Vector of trust (VoT)", "vectors trust"), true);
    assert.equal(titleNames("Interface Mechanism 1 (IM1)", "im1"), true);
  });

  test("a title that lacks a subject word does not", () => {
    assert.equal(titleNames("NHS login project manager", "team plan"), false);
  });

  test("an empty subject names nothing", () => {
    assert.equal(titleNames("Sandpit", ""), false);
  });
});

describe("which glossary title best answers 'what is …'", () => {
  test("the term whose abbreviation is the subject comes before a term that only holds the word", () => {
    assert.ok(definitionRank("Vector of trust (VoT)", "vot") < definitionRank("vot claim", "vot"));
  });

  test("the term itself comes before a longer term that holds it", () => {
    assert.ok(definitionRank("Vector of trust (VoT)", "vectors trust") < definitionRank("Vector of trust profile", "vectors trust"));
  });

  test("a title that does not name the subject never answers", () => {
    assert.equal(definitionRank("Sandpit", "team plan"), Infinity);
  });
});
