import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { editDistance, editsAllowed, nearestName } from "../../../src/scripts/search/spelling";

describe("how near one spelling is to another", () => {
  test("a letter added, dropped, changed or two swapped is one edit each", () => {
    assert.equal(editDistance("sandpitt", "sandpit", 3), 1);
    assert.equal(editDistance("sanpit", "sandpit", 3), 1);
    assert.equal(editDistance("sandpot", "sandpit", 3), 1);
    assert.equal(editDistance("sandipt", "sandpit", 3), 1);
    assert.equal(editDistance("conection", "connection", 3), 1);
    assert.equal(editDistance("agreemnet", "agreement", 3), 1);
  });

  test("the same word is no edits away", () => {
    assert.equal(editDistance("scal", "scal", 2), 0);
  });

  test("counting stops one past the limit, however far apart the words are", () => {
    assert.equal(editDistance("xylophone", "sandpit", 2), 3);
    assert.equal(editDistance("a", "abcdefgh", 2), 3);
  });
});

describe("matching a misspelt word to a name the guide uses", () => {
  const names = ["agreement", "connection", "safety", "officer", "process", "sandpit"];

  test("a long word may be two edits from the name it means", () => {
    assert.equal(nearestName("agremeent", names), "agreement");
    assert.equal(nearestName("oficer", names), "officer");
  });

  test("a word of four to six letters may be one edit away, no more", () => {
    assert.equal(nearestName("safty", names), "safety");
    assert.equal(nearestName("sfty", names), null);
  });

  test("a word under four letters is never guessed: it is an abbreviation or a small word", () => {
    assert.equal(editsAllowed("im1"), 0);
    assert.equal(nearestName("sdp", ["sdp1", "sandpit"]), null);
  });

  test("the nearest name wins over a farther one", () => {
    assert.equal(nearestName("connectoin", ["connections", "connection"]), "connection");
  });

  test("a word near no name is left alone", () => {
    assert.equal(nearestName("xylophonezebra", names), null);
  });
});
