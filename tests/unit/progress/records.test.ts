import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  describeRejected,
  emptyRecords,
  entryProblem,
  mergeRecords,
  parseDateTime,
  parseStoredProgress,
  serialiseProgress,
  type ProgressRecords,
  type ReadResult,
} from "../../../src/scripts/progress/records";

const NOW = Date.parse("2026-11-25T12:00:00.000Z");
const done = (updatedAt: string) => ({ status: "done" as const, updatedAt });
const records = (entries: ProgressRecords): ProgressRecords => Object.assign(emptyRecords(), entries);
/** A read result with plain objects, for deepEqual (records have no prototype). */
const plain = (result: ReadResult) => (result.ok ? { ...result, records: { ...result.records } } : result);

describe("reading saved progress", () => {
  test("what is saved reads back the same", () => {
    const saved = records({
      "check-eligibility": done("2026-11-24T10:00:00.000Z"),
      "gone-action": { status: "todo", updatedAt: "2026-11-01T09:00:00Z" },
    });
    assert.deepEqual(plain(parseStoredProgress(serialiseProgress(saved), NOW)), {
      ok: true,
      records: { ...saved },
      rejected: [],
      newerVersion: null,
    });
  });

  test("text that is not JSON is unreadable", () => {
    assert.deepEqual(parseStoredProgress("{not json", NOW), { ok: false, reason: "it is not valid JSON" });
  });

  test("JSON of the wrong shape is unreadable", () => {
    for (const raw of ["[]", "null", '"text"', '{"actions":{}}', '{"version":1}', '{"version":1,"actions":[]}']) {
      assert.equal(parseStoredProgress(raw, NOW).ok, false, raw);
    }
  });

  test("one bad entry costs only itself: the valid entries are kept and the bad one is named", () => {
    const raw = JSON.stringify({
      version: 1,
      actions: {
        a: done("2026-11-20T00:00:00Z"),
        b: done("2026-11-21T00:00:00Z"),
        c: { status: "finished", updatedAt: "2026-11-21T00:00:00Z" },
      },
    });
    const result = parseStoredProgress(raw, NOW);
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.records), ["a", "b"]);
    assert.deepEqual(result.rejected, [{ id: "c", why: 'its status "finished" is unknown' }]);
  });

  test("data saved by a newer version is read as far as its entries are understood", () => {
    const result = parseStoredProgress(JSON.stringify({ version: 2, actions: { a: done("2026-11-20T00:00:00Z") }, owners: {} }), NOW);
    assert.ok(result.ok);
    assert.equal(result.newerVersion, 2);
    assert.deepEqual({ ...result.records }, { a: done("2026-11-20T00:00:00Z") });
  });

  test("an older version with no migration is unreadable", () => {
    assert.deepEqual(parseStoredProgress('{"version":0,"actions":{}}', NOW), { ok: false, reason: "it has no version number" });
  });

  test("a saved entry dated ahead of the clock is kept, dated now, so it cannot win for ever", () => {
    const result = parseStoredProgress(JSON.stringify({ version: 1, actions: { a: done("2999-01-01T00:00:00.000Z") } }), NOW);
    assert.ok(result.ok);
    assert.deepEqual({ ...result.records }, { a: done(new Date(NOW).toISOString()) });
  });

  test("ids named like Object.prototype's properties are ordinary ids", () => {
    const result = parseStoredProgress(JSON.stringify({ version: 1, actions: { constructor: done("2026-11-20T00:00:00Z") } }), NOW);
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.records), ["constructor"]);
    assert.equal(Object.getPrototypeOf(result.records), null);
  });
});

describe("checking one entry", () => {
  test("refuses impossible dates, dates before NHS login's toolkit and dates in the future", () => {
    assert.equal(entryProblem("a", done("2026-02-30T00:00:00Z"), NOW), 'its date "2026-02-30T00:00:00Z" is not a real date');
    assert.equal(entryProblem("a", done("0000-01-01T00:00:00Z"), NOW), "its date 0000-01-01 is too early");
    assert.equal(entryProblem("a", done("2999-01-01T00:00:00Z"), NOW), "its date 2999-01-01 is in the future");
    assert.equal(entryProblem("a", done("2026-11-25T25:00:00Z"), NOW), 'its date "2026-11-25T25:00:00Z" is not a real date');
  });

  test("allows a few minutes of clock skew", () => {
    assert.equal(entryProblem("a", done(new Date(NOW + 4 * 60_000).toISOString()), NOW), null);
    assert.match(entryProblem("a", done(new Date(NOW + 6 * 60_000).toISOString()), NOW) ?? "", /in the future/);
  });

  test("refuses markup in ids and statuses", () => {
    assert.equal(entryProblem("<img src=x>", done("2026-11-24T10:00:00Z"), NOW), "it is not an action id");
    assert.equal(entryProblem("__proto__", done("2026-11-24T10:00:00Z"), NOW), "it is not an action id");
    assert.match(entryProblem("a", { status: "<script>", updatedAt: "2026-11-24T10:00:00Z" }, NOW) ?? "", /unknown/);
  });

  test("reads real dates with and without milliseconds", () => {
    assert.equal(parseDateTime("2024-02-29T23:59:59Z"), Date.parse("2024-02-29T23:59:59Z"));
    assert.equal(parseDateTime("2026-11-24T10:00:00.5Z"), Date.parse("2026-11-24T10:00:00.500Z"));
    assert.equal(parseDateTime("2025-02-29T00:00:00Z"), null);
  });
});

describe("merging progress", () => {
  test("keeps whichever record of an action changed last", () => {
    const current = records({ a: done("2026-11-20T00:00:00Z"), b: { status: "todo", updatedAt: "2026-11-22T00:00:00Z" } });
    const incoming = records({
      a: { status: "todo", updatedAt: "2026-11-10T00:00:00Z" },
      b: done("2026-11-23T00:00:00Z"),
      c: done("2026-11-01T00:00:00Z"),
    });
    const { records: merged, changed } = mergeRecords(current, incoming);
    assert.deepEqual({ ...merged }, { a: current["a"], b: incoming["b"], c: incoming["c"] });
    assert.equal(changed, 2);
  });

  test("two tabs merging the same records in either order agree", () => {
    const mine = records({ a: done("2026-11-20T00:00:00Z") });
    const theirs = records({ a: { status: "todo", updatedAt: "2026-11-20T00:00:00Z" } });
    assert.deepEqual({ ...mergeRecords(mine, theirs).records }, { ...mergeRecords(theirs, mine).records });
  });

  test("an action whose id is constructor merges like any other", () => {
    const { records: merged, changed } = mergeRecords(emptyRecords(), records({ constructor: done("2026-11-20T00:00:00Z") }));
    assert.equal(changed, 1);
    assert.deepEqual({ ...merged }, { constructor: done("2026-11-20T00:00:00Z") });
  });
});

test("rejected entries are named, three at most, with the count of the rest", () => {
  const rejected = ["a", "b", "c", "d", "e"].map((id) => ({ id, why: "it is not a record" }));
  assert.equal(describeRejected(rejected), "“a” (it is not a record), “b” (it is not a record), “c” (it is not a record), and 2 others");
});
