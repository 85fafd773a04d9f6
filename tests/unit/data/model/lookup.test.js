import { test } from "node:test";
import assert from "node:assert/strict";
import { lookup } from "../../../../lib/data/model/lookup.js";

test("a record is found by its id", () => {
  assert.deepEqual(lookup(new Map([["a", { id: "a" }]]), "a"), { id: "a" });
});

test("an id with no record is a bug in the build, and the error names the id", () => {
  assert.throws(() => lookup(new Map(), "missing"), /"missing"/);
});
