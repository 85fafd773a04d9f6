import { test } from "node:test";
import assert from "node:assert/strict";
import { describeRejected, parseDateTime } from "../../../src/scripts/progress/records";

test("reads real dates with and without milliseconds, and refuses days that do not exist", () => {
  assert.equal(parseDateTime("2024-02-29T23:59:59Z"), Date.parse("2024-02-29T23:59:59Z"));
  assert.equal(parseDateTime("2026-11-24T10:00:00.5Z"), Date.parse("2026-11-24T10:00:00.500Z"));
  assert.equal(parseDateTime("2025-02-29T00:00:00Z"), null);
  assert.equal(parseDateTime("2026-11-25T25:00:00Z"), null);
});

test("rejected entries are named, three at most, with the count of the rest", () => {
  const rejected = ["a", "b", "c", "d", "e"].map((id) => ({ id, why: "it is not a record" }));
  assert.equal(describeRejected(rejected), "“a” (it is not a record), “b” (it is not a record), “c” (it is not a record), and 2 others");
});
