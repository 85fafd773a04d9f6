// _data/search.yaml: bad rules and questions stop the build with file, entry and field named; the
// guide's own rules point at names it uses; and the words file the search page fetches holds them.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { GuideDataError } from "../../../lib/data/problems.js";
import { searchNames, searchNamesJson, searchRulesJson } from "../../../lib/data/search-words.js";

const guide = await loadGuideData("_data");

describe("bad search data", () => {
  test("every problem is named once, with file, entry and field, in one run", async () => {
    const dir = "tests/fixtures/bad-search";
    const error = await loadGuideData(dir).then(
      () => assert.fail("bad-search should have been rejected"),
      (e) => e,
    );
    assert.ok(error instanceof GuideDataError);
    assert.deepEqual(error.problems, [
      `${dir}/search.yaml › misspellings[0].say[1]: must be words only (letters, digits, spaces, hyphens and apostrophes)`,
      `${dir}/search.yaml › questions[0].answer: link "http://example.org/" must be a full https:// address`,
      `${dir}/search.yaml › questions[0].confidence: must be "official", "not-published" or "inferred"`,
      `${dir}/search.yaml › questions[0].sources: must list at least one source`,
      `${dir}/search.yaml › questions[1].askedAs: is required`,
      `${dir}/search.yaml › questions[1].askdAs: is not a known field (check its spelling)`,
      `${dir}/search.yaml › synonyms[0].say[0]: "Scall" is also in misspellings[0]`,
      `${dir}/search.yaml › questions[1].id: duplicate question id "cost" (first used at questions[0].id)`,
    ]);
  });

  test("a guide without search.yaml searches what is typed and answers no questions", async () => {
    const minimal = await loadGuideData("tests/fixtures/minimal");
    assert.deepEqual(minimal.search.questions, []);
    assert.deepEqual(minimal.search.misspellings, []);
  });
});

describe("the guide's own search rules", () => {
  const names = new Set(searchNames(guide));

  test("every misspelling is searched as a name the guide uses", () => {
    for (const rule of guide.search.misspellings)
      for (const word of rule.search
        .toLowerCase()
        .split(" ")
        .filter((w) => w.length >= 4))
        assert.ok(names.has(word), `"${rule.search}" (for ${rule.say.join(", ")}) is no name in the guide`);
  });

  test("the names that matter each have their misspellings listed", () => {
    const listed = guide.search.misspellings.map((rule) => rule.search.toLowerCase());
    for (const name of ["scal", "dspt", "dpia", "im1", "sandpit", "vector of trust", "connection agreement", "service discovery form"])
      assert.ok(listed.includes(name), `no misspellings of ${name}`);
  });

  test("no question word is a name a misspelt word may be guessed to be", () => {
    const questionWords = guide.search.questionWords.map((w) => w.toLowerCase());
    assert.deepEqual(
      questionWords.filter((w) => names.has(w)),
      [],
    );
  });
});

describe("what the search page is given", () => {
  test("the rules, as search.yaml gives them, with no '<' that could end their script element", () => {
    const json = searchRulesJson(guide);
    assert.ok(!json.includes("<"));
    const rules = JSON.parse(json);
    assert.deepEqual(rules.misspellings, guide.search.misspellings);
    assert.deepEqual(rules.synonyms, guide.search.synonyms);
    assert.deepEqual(rules.questionWords, guide.search.questionWords);
  });

  test("the names file holds the words of glossary terms, their other names, and documents, in lower case, four letters or more", () => {
    const names = JSON.parse(searchNamesJson(guide));
    for (const word of ["sandpit", "conformance", "signatory", "connection", "discovery"]) assert.ok(names.includes(word), word);
    assert.ok(names.every((w) => w.length >= 4 && w === w.toLowerCase()));
  });
});
