import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readState } from "../../../src/scripts/progress/plan-read";
import { VERSION_2_WRITER } from "../../../src/scripts/progress/version-2";
import type { FieldPath } from "../../../src/scripts/progress/field-paths";
import { conflictsIn, joinPlans, planView, stateToJson, writeField } from "../../../src/scripts/progress/plan-state";
import { emptyState, type PlanState } from "../../../src/scripts/progress/state-shape";
import { emptyRegister, writeRegister } from "../../../src/scripts/progress/register";
import {
  EXPORT_FORMAT,
  exportFileName,
  exportJson,
  MAX_UNKNOWN_IDS,
  parseImport,
  readExport,
  type KnownIds,
} from "../../../src/scripts/progress/transfer";

const known: KnownIds = { actions: new Set(["check-eligibility", "complete-scal"]), questions: new Set(["im1"]) };
/** A version-1 record, as files exported before the team plan hold them. */
const record = { status: "done" as const, updatedAt: "2026-11-24T10:00:00.000Z" };
const file = (actions: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: "2026-11-24T10:00:00Z", actions, ...extra });
/** A version-2 file, as exported before fields kept every value. */
const version2File = (plan: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: "2026-11-24T10:00:00Z", actions: {}, ...plan, ...extra });
const tick = { status: { value: "done" as const, at: record.updatedAt } };
const text = (state: PlanState) => JSON.stringify(stateToJson(state));
const shownActions = (state: PlanState) => ({ ...planView(state).actions });
const on = (id: string, field: "status" | "owner" | "target" | "notes"): FieldPath => ({ kind: "action", id, field });
/** `state` after `writer` sets the field at `path`, replacing what it holds. */
const set = (state: PlanState, path: FieldPath, value: string, writer: string, at: string, by?: string) =>
  writeField(state, path, { value, writer, at, ...(by ? { by } : {}) });
/** A version-3 file holding answers to `count` questions this guide does not ask. */
function unknownAnswersFile(count: number): string {
  const state = emptyState();
  for (let i = 0; i < count; i += 1)
    state.answers[`question-${i}`] = writeRegister(emptyRegister(), { value: "no", writer: "asha", at: "2026-11-24T10:00:00.000Z" });
  return exportJson(state, new Date("2026-11-24T10:00:00.000Z"));
}

describe("exporting", () => {
  test("names the file with the date", () => {
    assert.equal(exportFileName(new Date("2026-11-24T15:00:00Z"), "json"), "nhs-login-progress-2026-11-24.json");
  });

  test("an export imports back to the same plan, with every value, conflict and author, and who shared it when", () => {
    let state = set(emptyState(), on("check-eligibility", "status"), "done", "asha", record.updatedAt, "AB");
    state = set(state, on("check-eligibility", "owner"), "AB", "asha", record.updatedAt, "CD");
    state = joinPlans(state, set(emptyState(), on("check-eligibility", "notes"), "theirs", "ben", record.updatedAt));
    state = set(state, on("check-eligibility", "notes"), "mine", "asha", record.updatedAt, undefined);
    state = joinPlans(state, set(emptyState(), on("complete-scal", "notes"), "concurrent", "ben", record.updatedAt));
    state = joinPlans(state, set(emptyState(), on("complete-scal", "notes"), "also concurrent", "chidi", record.updatedAt));
    state = set(state, { kind: "date", field: "start" }, "2026-11-02", "asha", record.updatedAt);
    state = set(state, { kind: "answer", id: "im1" }, "no", "asha", record.updatedAt);
    const now = new Date("2026-11-25T09:00:00.000Z");
    const result = parseImport(exportJson(state, now, "Asha Bell"), known);
    assert.ok(result.ok);
    assert.equal(text(result.state), text(state));
    assert.equal(conflictsIn(result.state).length, 1);
    assert.deepEqual(
      { unknownIds: result.unknownIds, unknownAnswers: result.unknownAnswers, sharedBy: result.sharedBy, sharedAt: result.sharedAt },
      { unknownIds: [], unknownAnswers: 0, sharedBy: "Asha Bell", sharedAt: now.toISOString() },
    );
  });

  test("a file exported before the team plan (version 1) still imports", () => {
    const result = parseImport(file({ "check-eligibility": record }), known);
    assert.ok(result.ok);
    assert.deepEqual(shownActions(result.state), { "check-eligibility": tick });
  });

  test("a version-2 export upgrades with every value and author kept", () => {
    const at = (day: number) => `2026-11-${day}T10:00:00.000Z`;
    const plan = {
      actions: {
        "check-eligibility": {
          status: { value: "done", at: at(24), by: "AB" },
          owner: { value: "Asha Bell", at: at(20) },
          target: { value: "2026-12-01", at: at(21), by: "CD" },
          notes: { value: "Ask the ICB first", at: at(22), by: "AB" },
        },
      },
      dates: { start: { value: "2026-11-02", at: at(19) }, goLive: { value: "2027-03-01", at: at(19), by: "EF" } },
      answers: { im1: { value: "no", at: at(18), by: "AB" } },
    };
    const result = parseImport(version2File(plan), known);
    assert.ok(result.ok);
    const view = planView(result.state);
    assert.deepEqual({ ...view.actions }, plan.actions);
    assert.deepEqual(view.dates, plan.dates);
    assert.deepEqual({ ...view.answers }, plan.answers);
    // Counted by its time from year 0, so every count is positive and later values count higher.
    assert.deepEqual(result.state.actions["check-eligibility"]?.status?.entries[0]?.dot, [
      VERSION_2_WRITER,
      Date.parse(at(24)) + 62_167_219_200_001,
    ]);
  });

  test("of two version-2 values for one field, the later is kept, in whichever order the files are imported", () => {
    const older = parseImport(
      version2File({ actions: { "check-eligibility": { status: { value: "done", at: "2026-11-20T10:00:00Z" } } } }),
      known,
    );
    const newer = parseImport(
      version2File({ actions: { "check-eligibility": { status: { value: "todo", at: "2026-11-21T10:00:00Z" } } } }),
      known,
    );
    assert.ok(older.ok && newer.ok);
    for (const merged of [joinPlans(older.state, newer.state), joinPlans(newer.state, older.state)]) {
      assert.equal(planView(merged).actions["check-eligibility"]?.status?.value, "todo");
      assert.deepEqual(conflictsIn(merged), []);
    }
  });

  test("of two version-2 values for one field dated before 1970, the later is kept", () => {
    const older = parseImport(
      version2File({ actions: { "check-eligibility": { status: { value: "todo", at: "1969-01-01T10:00:00Z" } } } }),
      known,
    );
    const newer = parseImport(
      version2File({ actions: { "check-eligibility": { status: { value: "done", at: "1969-06-01T10:00:00Z" } } } }),
      known,
    );
    assert.ok(older.ok && newer.ok);
    assert.equal(planView(joinPlans(older.state, newer.state)).actions["check-eligibility"]?.status?.value, "done");
  });

  test("a file from the future, and one from before 2020, are accepted with their dates as written", () => {
    for (const at of ["2999-01-01T00:00:00.000Z", "2019-06-01T09:00:00.000Z"]) {
      const state = set(emptyState(), on("check-eligibility", "status"), "done", "asha", at);
      const result = parseImport(exportJson(state, new Date(at)), known);
      assert.ok(result.ok, at);
      assert.equal(text(result.state), text(state));
      assert.equal(result.sharedAt, at);
    }
  });
});

describe("importing a bad file leaves progress unchanged, with a clear message", () => {
  const refused = (text: string) => {
    const result = parseImport(text, known);
    assert.equal(result.ok, false, text.slice(0, 80));
    return result.ok ? "" : result.message;
  };

  test("a file that is not JSON", () => {
    assert.match(refused("hello"), /not valid JSON/);
  });

  test("a JSON array", () => {
    assert.match(refused("[1,2]"), /holds a list/);
  });

  test("JSON of another shape", () => {
    assert.match(refused('{"name":"something else"}'), /not a progress file exported from this guide/);
  });

  test("a record with markup or script in a string", () => {
    assert.match(
      refused(file({ "<script>alert(1)</script>": record })),
      /1 entry is not valid: “<script>alert\(1\)<\/script>” \(it is not an action id\)/,
    );
    assert.match(
      refused(file({ "check-eligibility": { status: "<img src=x onerror=alert(1)>", updatedAt: record.updatedAt } })),
      /1 entry is not valid: “check-eligibility” \(its status "<img src=x onerror=a" is unknown\)/,
    );
  });

  test("entries dated on days that do not exist, named in correct English", () => {
    const message = refused(
      file({
        "check-eligibility": { status: "done", updatedAt: "2026-02-30T00:00:00.000Z" },
        "complete-scal": { status: "done", updatedAt: "2025-02-29T00:00:00.000Z" },
      }),
    );
    assert.match(message, /^This file cannot be imported: 2 entries are not valid: /);
    assert.match(message, /“check-eligibility” \(its date "2026-02-30T00:00:00.000Z" is not a real date\)/);
    assert.match(message, /“complete-scal” \(its date "2025-02-29T00:00:00.000Z" is not a real date\)/);
  });

  test("one damaged value in a version-3 file refuses the whole file", () => {
    const good = set(emptyState(), on("complete-scal", "status"), "done", "asha", record.updatedAt);
    const value = JSON.parse(exportJson(good, new Date())) as { actions: Record<string, unknown> };
    value.actions["check-eligibility"] = {
      status: { entries: [{ value: "done", at: record.updatedAt, dot: ["Not A Writer", 1] }], seen: {} },
    };
    assert.equal(
      refused(JSON.stringify(value)),
      "This file cannot be imported: 1 entry is not valid: “check-eligibility” (its status has no valid writer). Your progress has not changed.",
    );
  });

  test("a file made by a newer version of the guide, naming the version", () => {
    assert.match(
      refused(JSON.stringify({ ...JSON.parse(exportJson(emptyState(), new Date())), version: 4 })),
      /newer version of this guide \(version 4\)/,
    );
  });

  test("a version-3 export with 11,000 answers to questions this guide does not ask is refused whole, saying how many", () => {
    assert.equal(
      refused(unknownAnswersFile(11_000)),
      `This file cannot be imported: it holds answers to 11000 questions that this guide does not have, more than any real plan (at most ${MAX_UNKNOWN_IDS}). Your progress has not changed.`,
    );
  });

  test("more actions and answers this guide does not have than any real plan are refused, naming both counts", () => {
    let state = emptyState();
    const actions = Math.ceil(MAX_UNKNOWN_IDS / 2) + 1;
    const answers = MAX_UNKNOWN_IDS + 1 - actions;
    for (let i = 0; i < actions; i += 1) state = set(state, on(`gone-${i}`, "status"), "done", "asha", record.updatedAt);
    for (let i = 0; i < answers; i += 1) state = set(state, { kind: "answer", id: `asked-once-${i}` }, "no", "asha", record.updatedAt);
    assert.match(
      refused(exportJson(state, new Date())),
      new RegExp(`it holds ${actions} actions and answers to ${answers} questions that this guide does not have`),
    );
  });

  test("every refusal says progress has not changed", () => {
    assert.match(refused("nope"), /Your progress has not changed\.$/);
  });
});

describe("what a file holds that this guide does not know", () => {
  test("actions this guide does not have are kept and reported, in case the guide brings them back", () => {
    const result = parseImport(file({ "check-eligibility": record, "made-up-action": record }), known);
    assert.ok(result.ok);
    assert.deepEqual(shownActions(result.state), { "check-eligibility": tick, "made-up-action": tick });
    assert.deepEqual(result.unknownIds, ["made-up-action"]);
  });

  test("answers to questions this guide does not ask are left out, and counted", () => {
    let state = set(emptyState(), { kind: "answer", id: "im1" }, "no", "asha", record.updatedAt);
    state = set(state, { kind: "answer", id: "retired-question" }, "yes", "asha", record.updatedAt);
    const result = parseImport(exportJson(state, new Date()), known);
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.state.answers), ["im1"]);
    assert.equal(result.unknownAnswers, 1);
  });

  test(`up to ${MAX_UNKNOWN_IDS} actions and answers this guide does not have, together, are accepted`, () => {
    let state = emptyState();
    const actions = Math.floor(MAX_UNKNOWN_IDS / 2);
    for (let i = 0; i < actions; i += 1) state = set(state, on(`gone-${i}`, "status"), "done", "asha", record.updatedAt);
    for (let i = 0; i < MAX_UNKNOWN_IDS - actions; i += 1)
      state = set(state, { kind: "answer", id: `asked-once-${i}` }, "no", "asha", record.updatedAt);
    const result = parseImport(exportJson(state, new Date()), known);
    assert.ok(result.ok);
    assert.equal(result.unknownIds.length, actions);
    assert.equal(result.unknownAnswers, MAX_UNKNOWN_IDS - actions);
  });

  test("an action whose id is constructor can be imported", () => {
    const result = parseImport(file({ constructor: record }), { ...known, actions: new Set(["constructor"]) });
    assert.ok(result.ok);
    assert.deepEqual(shownActions(result.state), { constructor: tick });
    assert.deepEqual(result.unknownIds, []);
  });

  test("a link whose writer is named constructor survives being merged, saved and read again", () => {
    const link = {
      format: EXPORT_FORMAT,
      version: 3,
      actions: {
        "check-eligibility": {
          status: { entries: [{ value: "done", at: record.updatedAt, dot: ["constructor", 1] }], seen: { constructor: 1 } },
        },
      },
    };
    const result = readExport(link, known);
    assert.ok(result.ok);
    const saved = text(joinPlans(emptyState(), result.state));
    const reread = readState(JSON.parse(saved));
    assert.ok(reread.ok);
    assert.deepEqual(reread.rejected, []);
    assert.equal(text(reread.state), text(result.state));
  });

  test("the sender is named by sharedBy, or else exportedBy, cut to 40 characters", () => {
    const base = JSON.parse(exportJson(emptyState(), new Date("2026-11-24T10:00:00.000Z"), "Exporter")) as Record<string, unknown>;
    const shared = readExport({ ...base, sharedBy: "x".repeat(50), sharedAt: "2026-11-25T10:00:00.000Z" }, known);
    const exported = readExport(base, known);
    assert.ok(shared.ok && exported.ok);
    assert.deepEqual([shared.sharedBy, shared.sharedAt], ["x".repeat(40), "2026-11-25T10:00:00.000Z"]);
    assert.deepEqual([exported.sharedBy, exported.sharedAt], ["Exporter", "2026-11-24T10:00:00.000Z"]);
  });
});
