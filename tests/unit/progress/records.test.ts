import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mergeRecords, parseStoredProgress, serialiseProgress, type ProgressRecords } from "../../../src/scripts/progress/records";

const done = (updatedAt: string) => ({ status: "done" as const, updatedAt });

describe("reading saved progress", () => {
  test("what is saved reads back the same", () => {
    const records: ProgressRecords = {
      "check-eligibility": done("2026-11-24T10:00:00.000Z"),
      "gone-action": { status: "todo", updatedAt: "2026-11-01T09:00:00Z" },
    };
    assert.deepEqual(parseStoredProgress(serialiseProgress(records)), { ok: true, records });
  });

  test("text that is not JSON is unreadable", () => {
    assert.deepEqual(parseStoredProgress("{not json"), { ok: false, reason: "it is not valid JSON" });
  });

  test("JSON of the wrong shape is unreadable", () => {
    for (const raw of ["[]", "null", '"text"', '{"actions":{}}', '{"version":1}', '{"version":1,"actions":[]}']) {
      assert.equal(parseStoredProgress(raw).ok, false, raw);
    }
  });

  test("an unknown newer version is unreadable rather than guessed at", () => {
    assert.deepEqual(parseStoredProgress('{"version":2,"actions":{}}'), {
      ok: false,
      reason: "it was saved by a newer version of this guide (version 2)",
    });
  });

  test("an older version with no migration is unreadable", () => {
    assert.deepEqual(parseStoredProgress('{"version":0,"actions":{}}'), {
      ok: false,
      reason: "it uses version 0, which this guide cannot read",
    });
  });

  test("a record with a bad status, date or id is unreadable", () => {
    for (const actions of [
      { "check-eligibility": { status: "finished", updatedAt: "2026-11-24T10:00:00Z" } },
      { "check-eligibility": { status: "done", updatedAt: "yesterday" } },
      { "<img src=x>": done("2026-11-24T10:00:00Z") },
    ]) {
      assert.equal(parseStoredProgress(JSON.stringify({ version: 1, actions })).ok, false, JSON.stringify(actions));
    }
  });
});

describe("merging imported progress", () => {
  test("keeps whichever record of an action changed last", () => {
    const current = { a: done("2026-11-20T00:00:00Z"), b: { status: "todo" as const, updatedAt: "2026-11-22T00:00:00Z" } };
    const incoming = {
      a: { status: "todo" as const, updatedAt: "2026-11-10T00:00:00Z" },
      b: done("2026-11-23T00:00:00Z"),
      c: done("2026-11-01T00:00:00Z"),
    };
    const { records, changed } = mergeRecords(current, incoming);
    assert.deepEqual(records, { a: current.a, b: incoming.b, c: incoming.c });
    assert.equal(changed, 2);
  });
});
