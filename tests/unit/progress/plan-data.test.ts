import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { emptyPlan, isNewerField, type ActionField, type PlanData } from "../../../src/scripts/progress/plan-data";
import { planToJson, readPlan, type PlanReadResult } from "../../../src/scripts/progress/version-2";
import type { FieldPath } from "../../../src/scripts/progress/field-paths";
import { conflictsIn, joinPlans, planView, stateToJson, writeField } from "../../../src/scripts/progress/plan-state";
import { emptyState, type PlanState } from "../../../src/scripts/progress/state-shape";

/** A field; typed loosely, as reading must cope with any value. */
const field = <T extends string>(value: T, at: string, by?: string): { value: T; at: string; by?: string } =>
  by ? { value, at, by } : { value, at };
const plan = (actions: PlanData["actions"], extra: Partial<PlanData> = {}): PlanData => {
  const made = emptyPlan();
  Object.assign(made.actions, actions);
  if (extra.dates) made.dates = extra.dates;
  if (extra.answers) Object.assign(made.answers, extra.answers);
  return made;
};
/** A read result with plain objects, for deepEqual (maps have no prototype). */
const plain = (result: PlanReadResult) =>
  result.ok
    ? { ...result, plan: { actions: { ...result.plan.actions }, dates: result.plan.dates, answers: { ...result.plan.answers } } }
    : result;

describe("reading a saved version-2 plan", () => {
  test("what is saved reads back the same, every field with its date and author", () => {
    const saved = plan(
      {
        "check-eligibility": {
          status: field("done", "2026-11-24T10:00:00.000Z", "AB"),
          owner: field("Asha Bell", "2026-11-20T10:00:00.000Z"),
          target: field("2026-12-01", "2026-11-20T10:00:00.000Z"),
          notes: field("Ask the ICB <b>first</b>", "2026-11-21T10:00:00.000Z", "CD"),
        },
        "gone-action": { status: field("todo", "2026-11-01T09:00:00Z") },
      },
      { dates: { start: field("2026-11-02", "2026-11-01T09:00:00Z") }, answers: { im1: field("no", "2026-11-01T09:00:00Z") } },
    );
    const result = readPlan(JSON.parse(JSON.stringify(planToJson(saved))));
    assert.deepEqual(plain(result), {
      ok: true,
      plan: { actions: { ...saved.actions }, dates: saved.dates, answers: { ...saved.answers } },
      rejected: [],
      newerVersion: null,
      fromVersion: 2,
    });
  });

  test("JSON of the wrong shape is unreadable", () => {
    for (const value of [[], null, "text", { actions: {} }, { version: 2 }, { version: 2, actions: [] }]) {
      assert.equal(readPlan(value).ok, false, JSON.stringify(value));
    }
  });

  test("version 1 is upgraded: every tick and its date survive as a status", () => {
    const result = readPlan({
      version: 1,
      actions: {
        "check-eligibility": { status: "done", updatedAt: "2026-11-20T09:00:00.000Z" },
        "raise-im1-request-for-change": { status: "not-applicable", updatedAt: "2026-11-21T09:00:00.000Z" },
        "go-live": { status: "todo", updatedAt: "2026-11-22T09:00:00.000Z" },
      },
    });
    assert.ok(result.ok);
    assert.equal(result.fromVersion, 1);
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(
      { ...result.plan.actions },
      {
        "check-eligibility": { status: field("done", "2026-11-20T09:00:00.000Z") },
        "raise-im1-request-for-change": { status: field("not-applicable", "2026-11-21T09:00:00.000Z") },
        "go-live": { status: field("todo", "2026-11-22T09:00:00.000Z") },
      },
    );
  });

  test("one bad field costs only itself: the rest of its action and the other actions are kept, and the bad one is named", () => {
    const result = readPlan({
      version: 2,
      actions: {
        a: { status: field("done", "2026-11-20T00:00:00Z"), owner: field("x".repeat(61), "2026-11-20T00:00:00Z") },
        b: { status: field("finished", "2026-11-21T00:00:00Z"), notes: field("kept", "2026-11-21T00:00:00Z") },
      },
      answers: { im1: field("<b>", "2026-11-21T00:00:00Z") },
    });
    assert.ok(result.ok);
    assert.deepEqual(
      { ...result.plan.actions },
      { a: { status: field("done", "2026-11-20T00:00:00Z") }, b: { notes: field("kept", "2026-11-21T00:00:00Z") } },
    );
    assert.deepEqual(result.rejected, [
      { id: "a", why: "its owner is longer than 60 characters" },
      { id: "b", why: 'its status "finished" is unknown' },
      { id: "im1", why: "its answer is not a known kind of answer" },
    ]);
  });

  test("data saved by a newer version is read as far as its fields are understood", () => {
    const result = readPlan({ version: 3, actions: { a: { status: field("done", "2026-11-20T00:00:00Z"), colour: "red" } }, other: {} });
    assert.ok(result.ok);
    assert.equal(result.newerVersion, 3);
    assert.deepEqual({ ...result.plan.actions }, { a: { status: field("done", "2026-11-20T00:00:00Z") } });
  });

  test("a change's date is refused only when no such moment exists", () => {
    const result = readPlan({ version: 2, actions: { a: { status: field("done", "2026-02-30T00:00:00Z") } } });
    assert.ok(result.ok);
    assert.deepEqual(result.rejected, [{ id: "a", why: 'its date "2026-02-30T00:00:00Z" is not a real date' }]);
  });

  test("a change dated years back or years ahead is kept as dated: nothing is refused for a wrong clock", () => {
    for (const at of ["2019-06-01T09:00:00.000Z", "2030-06-01T09:00:00.000Z", "0001-01-01T00:00:00Z", "2999-01-01T00:00:00.000Z"]) {
      const result = readPlan({ version: 2, actions: { a: { status: field("done", at) } }, dates: { start: field("2026-11-02", at) } });
      assert.ok(result.ok, at);
      assert.deepEqual(result.rejected, [], at);
      assert.deepEqual({ ...result.plan.actions }, { a: { status: field("done", at) } }, at);
      assert.deepEqual(result.plan.dates, { start: field("2026-11-02", at) }, at);
    }
  });

  test("target and plan dates must be real calendar dates", () => {
    const result = readPlan({
      version: 2,
      actions: { a: { target: field("2026-02-30", "2026-11-20T00:00:00Z") }, b: { target: field("", "2026-11-20T00:00:00Z") } },
      dates: { start: field("next week", "2026-11-20T00:00:00Z") },
    });
    assert.ok(result.ok);
    assert.deepEqual({ ...result.plan.actions }, { b: { target: field("", "2026-11-20T00:00:00Z") } });
    assert.deepEqual(result.rejected, [
      { id: "a", why: 'its date "2026-02-30" is not a real date' },
      { id: "start date", why: 'its date "next week" is not a real date' },
    ]);
  });

  test("ids named like Object.prototype's properties are ordinary ids", () => {
    const result = readPlan({ version: 2, actions: { constructor: { status: field("done", "2026-11-20T00:00:00Z") } } });
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.plan.actions), ["constructor"]);
    assert.equal(Object.getPrototypeOf(result.plan.actions), null);
  });
});

describe("merging plans field by field (joinPlans)", () => {
  const on = (id: string, name: ActionField): FieldPath => ({ kind: "action", id, field: name });
  /** `state` after `writer` sets the field at `path`, replacing what it holds. */
  const set = (state: PlanState, path: FieldPath, value: string, writer: string, at: string) =>
    writeField(state, path, { value, writer, at });
  const text = (state: PlanState) => JSON.stringify(stateToJson(state));

  test("two people's changes to different fields of one action both survive, and so does an action only one has", () => {
    const mine = set(emptyState(), on("a", "notes"), "mine", "asha", "2026-11-23T00:00:00.000Z");
    const theirs = set(
      set(emptyState(), on("a", "owner"), "CD", "ben", "2026-11-22T00:00:00.000Z"),
      on("b", "status"),
      "done",
      "ben",
      "2026-11-01T00:00:00.000Z",
    );
    const merged = planView(joinPlans(mine, theirs));
    assert.deepEqual(
      { ...merged.actions },
      {
        a: { owner: field("CD", "2026-11-22T00:00:00.000Z"), notes: field("mine", "2026-11-23T00:00:00.000Z") },
        b: { status: field("done", "2026-11-01T00:00:00.000Z") },
      },
    );
    assert.deepEqual(conflictsIn(joinPlans(mine, theirs)), []);
  });

  test("two changes to one field made without seeing each other are both kept, whichever is dated later", () => {
    for (const [mineAt, theirsAt] of [
      ["2026-11-23T00:00:00.000Z", "2026-11-21T00:00:00.000Z"],
      ["2026-11-21T00:00:00.000Z", "2026-11-23T00:00:00.000Z"],
    ] as const) {
      const mine = set(emptyState(), on("a", "notes"), "mine", "asha", mineAt);
      const theirs = set(emptyState(), on("a", "notes"), "theirs", "ben", theirsAt);
      const conflicts = conflictsIn(joinPlans(mine, theirs));
      assert.equal(conflicts.length, 1);
      assert.deepEqual(conflicts[0]?.entries.map((entry) => entry.value).sort(), ["mine", "theirs"]);
    }
  });

  test("a change made after seeing the other replaces it, even when its writer's clock says it is older", () => {
    const mine = set(emptyState(), on("a", "status"), "done", "asha", "2026-11-23T00:00:00.000Z");
    const theirs = set(mine, on("a", "status"), "in-progress", "ben", "2026-11-01T00:00:00.000Z");
    assert.equal(planView(joinPlans(mine, theirs)).actions["a"]?.status?.value, "in-progress");
    assert.deepEqual(conflictsIn(joinPlans(mine, theirs)), []);
  });

  test("plan dates and answers merge the same way", () => {
    const start: FieldPath = { kind: "date", field: "start" };
    const im1: FieldPath = { kind: "answer", id: "im1" };
    const both = set(
      set(emptyState(), start, "2026-11-02", "asha", "2026-11-01T00:00:00.000Z"),
      im1,
      "yes",
      "asha",
      "2026-11-01T00:00:00.000Z",
    );
    const theirs = set(both, start, "2026-11-09", "ben", "2026-11-03T00:00:00.000Z");
    const mine = set(both, im1, "no", "asha", "2026-11-05T00:00:00.000Z");
    const merged = planView(joinPlans(mine, theirs));
    assert.equal(merged.dates.start?.value, "2026-11-09");
    assert.equal(merged.answers["im1"]?.value, "no");
  });

  test("two tabs merging the same plans in either order agree, even on a tie in time", () => {
    const at = "2026-11-20T00:00:00.000Z";
    const mine = set(set(emptyState(), on("a", "status"), "done", "asha", at), on("a", "owner"), "AB", "asha", at);
    const theirs = set(set(emptyState(), on("a", "status"), "todo", "ben", at), on("a", "owner"), "CD", "ben", at);
    assert.equal(text(joinPlans(mine, theirs)), text(joinPlans(theirs, mine)));
    assert.deepEqual(planView(joinPlans(mine, theirs)), planView(joinPlans(theirs, mine)));
  });

  test("merging what is already there changes nothing", () => {
    const mine = set(emptyState(), on("a", "notes"), "same", "asha", "2026-11-20T00:00:00.000Z");
    assert.equal(text(joinPlans(mine, mine)), text(mine));
    assert.equal(text(joinPlans(mine, emptyState())), text(mine));
  });
});

test("of two statuses dated alike, the same one is newer in every tab (for pages that show one status per action)", () => {
  const [done, todo] = [field("done", "2026-11-20T00:00:00Z"), field("todo", "2026-11-20T00:00:00Z")];
  assert.equal(isNewerField(done, todo), true);
  assert.equal(isNewerField(todo, done), false);
});

test("equal plans give equal saved text, whatever order their fields were made in, so two tabs never rewrite each other", () => {
  const made = plan({ a: { status: { at: "2026-11-20T00:00:00.000Z", value: "done" } as never } });
  const read = plan({ a: { status: { value: "done", at: "2026-11-20T00:00:00.000Z" } } });
  assert.equal(JSON.stringify(planToJson(made)), JSON.stringify(planToJson(read)));
});
