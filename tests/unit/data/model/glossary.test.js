import { test } from "node:test";
import assert from "node:assert/strict";
import { letterOf, sortedTerms, termsNaming } from "../../../../lib/data/model/glossary.js";

test("a term is filed under its first letter, accents ignored, and one starting otherwise under 0–9", () => {
  assert.deepEqual(["ODS code", "éclair", "2FA"].map(letterOf), ["O", "E", "0–9"]);
});

test("terms sort A to Z whatever their case, numbers in number order", () => {
  const terms = ["b term", "A term", "P10", "P9"].map((term) => ({ id: term, term }));
  assert.deepEqual(
    sortedTerms(terms).map((t) => t.term),
    ["A term", "b term", "P9", "P10"],
  );
});

test("each action lists the terms that name it, with their links", () => {
  const terms = [
    { id: "pds", term: "PDS", actions: ["apply"] },
    { id: "ods", term: "ODS", actions: ["apply", "test"] },
  ];
  const byAction = termsNaming(terms, "actions");
  assert.deepEqual(
    byAction.get("apply")?.map((t) => t.url),
    ["/glossary/#pds", "/glossary/#ods"],
  );
  assert.deepEqual(
    byAction.get("test")?.map((t) => t.id),
    ["ods"],
  );
  assert.equal(byAction.get("other"), undefined);
});
