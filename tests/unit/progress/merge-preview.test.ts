import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ActionField } from "../../../src/scripts/progress/plan-data";
import {
  CLOCK_WARNING_MS,
  conflictTotal,
  describeConflicts,
  previewMerge,
  type ConflictCounts,
} from "../../../src/scripts/progress/merge-preview";
import type { FieldPath } from "../../../src/scripts/progress/field-paths";
import { joinPlans, writeField } from "../../../src/scripts/progress/plan-state";
import { emptyState, type PlanState } from "../../../src/scripts/progress/state-shape";

const NOW = Date.parse("2026-11-25T12:00:00.000Z");
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const iso = (time: number) => new Date(time).toISOString();
const on = (id: string, field: ActionField): FieldPath => ({ kind: "action", id, field });
const START: FieldPath = { kind: "date", field: "start" };
const IM1: FieldPath = { kind: "answer", id: "im1" };
/** `state` after `writer` sets the field at `path` (an hour ago by default), replacing what it holds. */
const set = (state: PlanState, path: FieldPath, value: string, writer: string, at = iso(NOW - HOUR)) =>
  writeField(state, path, { value, writer, at });
const noConflicts: ConflictCounts = { status: 0, owner: 0, target: 0, notes: 0, setting: 0, requirement: 0 };
/** A plan both sides already hold: notes on two actions, written by "asha" 40 days ago. */
const LONG_AGO = iso(NOW - 40 * 24 * HOUR);
const shared = set(
  set(emptyState(), on("action-a", "notes"), "first", "asha", LONG_AGO),
  on("action-b", "notes"),
  "first",
  "asha",
  LONG_AGO,
);

describe("what a merge would change", () => {
  test("counts the actions whose shown values would change, and the plan dates and answers", () => {
    let incoming = set(set(shared, on("action-a", "status"), "done", "ben"), on("action-a", "owner"), "Ben", "ben");
    incoming = set(set(incoming, on("action-c", "status"), "done", "ben"), START, "2026-11-02", "ben");
    incoming = set(incoming, IM1, "no", "ben");
    const preview = previewMerge(shared, incoming, iso(NOW), NOW);
    assert.deepEqual(preview, { actions: 2, settings: 2, requirements: 0, members: 0, conflicts: noConflicts, clock: null });
  });

  test("a link holding only what is here changes nothing", () => {
    assert.deepEqual(previewMerge(shared, shared, iso(NOW), NOW), {
      actions: 0,
      settings: 0,
      requirements: 0,
      members: 0,
      conflicts: noConflicts,
      clock: null,
    });
    assert.deepEqual(previewMerge(shared, emptyState(), null, NOW), {
      actions: 0,
      settings: 0,
      requirements: 0,
      members: 0,
      conflicts: noConflicts,
      clock: null,
    });
  });

  test("an edit made by someone who had seen ours is a change, not a conflict", () => {
    const incoming = set(shared, on("action-a", "notes"), "second", "ben");
    assert.deepEqual(previewMerge(shared, incoming, iso(NOW), NOW), {
      actions: 1,
      settings: 0,
      requirements: 0,
      members: 0,
      conflicts: noConflicts,
      clock: null,
    });
  });

  test("two notes changed here and in the link, neither seeing the other, are two conflicts", () => {
    const current = set(set(shared, on("action-a", "notes"), "mine", "asha"), on("action-b", "notes"), "mine", "asha");
    const incoming = set(set(shared, on("action-a", "notes"), "theirs", "ben"), on("action-b", "notes"), "theirs", "ben");
    const { conflicts } = previewMerge(current, incoming, iso(NOW), NOW);
    assert.deepEqual(conflicts, { ...noConflicts, notes: 2 });
    assert.equal(describeConflicts(conflicts), "2 notes were changed in both places: you choose which to keep.");
  });

  test("a plan date and an answer changed in both places are counted as settings in conflict", () => {
    const current = set(set(shared, START, "2026-11-02", "asha"), IM1, "yes", "asha");
    const incoming = set(set(shared, START, "2026-11-09", "ben"), IM1, "no", "ben");
    assert.deepEqual(previewMerge(current, incoming, iso(NOW), NOW).conflicts, { ...noConflicts, setting: 2 });
  });

  test("a technical requirement ticked in the link is counted as a tick, not as a date or answer, and one ticked in both places differently is a tick in conflict", () => {
    const MET = { kind: "requirement", id: "redirect-uris", field: "met" } as const;
    const ticked = set(shared, MET, "met", "ben");
    assert.deepEqual(previewMerge(shared, ticked, iso(NOW), NOW), {
      actions: 0,
      settings: 0,
      requirements: 1,
      members: 0,
      conflicts: noConflicts,
      clock: null,
    });
    const unticked = set(set(shared, MET, "met", "asha"), MET, "", "asha");
    const conflicts = previewMerge(unticked, set(shared, MET, "met", "ben"), iso(NOW), NOW).conflicts;
    assert.deepEqual(conflicts, { ...noConflicts, requirement: 1 });
    assert.equal(describeConflicts(conflicts), "1 technical requirement tick was changed in both places: you choose which to keep.");
  });

  test("a conflict this plan already holds is not counted again", () => {
    const current = joinPlans(set(shared, on("action-a", "notes"), "mine", "asha"), set(shared, on("action-a", "notes"), "theirs", "ben"));
    assert.deepEqual(previewMerge(current, current, iso(NOW), NOW).conflicts, noConflicts);
  });

  test("the count of changed actions does not hang on whose clock is ahead", () => {
    const counts = [NOW - 2 * HOUR, NOW - 30 * MINUTE].map((theirsAt) => {
      const current = set(shared, on("action-a", "notes"), "mine", "asha", iso(NOW - HOUR));
      const incoming = set(shared, on("action-a", "notes"), "theirs", "ben", iso(theirsAt));
      return previewMerge(current, incoming, iso(NOW), NOW).actions;
    });
    assert.equal(counts[0], counts[1]);
  });
});

describe("saying what a merge would leave in conflict", () => {
  test("says nothing when there is no conflict", () => {
    assert.equal(describeConflicts(noConflicts), "");
    assert.equal(conflictTotal(noConflicts), 0);
  });

  test("one conflict is named in the singular", () => {
    assert.equal(
      describeConflicts({ ...noConflicts, setting: 1 }),
      "1 plan date or answer was changed in both places: you choose which to keep.",
    );
  });

  test("several kinds are listed notes first, joined with commas and a final and", () => {
    const conflicts = { status: 1, owner: 0, target: 2, notes: 1, setting: 3, requirement: 0 };
    assert.equal(
      describeConflicts(conflicts),
      "1 note, 2 target dates, 1 status and 3 plan dates or answers were changed in both places: you choose which to keep.",
    );
    assert.equal(conflictTotal(conflicts), 7);
  });
});

describe("checking the sender's clock", () => {
  const day = CLOCK_WARNING_MS;
  const clock = (sharedAt: number | null, current = shared, incoming = shared, own = new Set(["asha"])) =>
    previewMerge(current, incoming, sharedAt === null ? null : iso(sharedAt), NOW, own).clock;

  test("a link made more than a day ahead of this computer's clock says the sender's clock is ahead", () => {
    assert.equal(clock(NOW + day + MINUTE), "ahead");
  });

  test("a link made within a day of now, either way, says nothing about clocks", () => {
    assert.equal(clock(NOW + day - MINUTE), null);
    assert.equal(clock(NOW - day + MINUTE), null);
  });

  test("an old link is not a slow clock", () => {
    assert.equal(clock(NOW - 30 * day), null);
  });

  test("a link whose sender had seen a change made here dated more than a day after the link was made says their clock is behind", () => {
    const mine = set(shared, on("action-a", "status"), "done", "asha", iso(NOW - HOUR));
    assert.equal(clock(NOW - HOUR - day - MINUTE, mine, mine), "behind");
    assert.equal(clock(NOW - HOUR - day + MINUTE, mine, mine), null);
  });

  test("a plan date or an answer made here counts as much as an action", () => {
    const mine = set(set(shared, START, "2026-11-02", "asha", iso(NOW - HOUR)), IM1, "no", "asha", iso(NOW - HOUR));
    assert.equal(clock(NOW - HOUR - day - MINUTE, mine, mine), "behind");
  });

  test("another writer's change dated after the link was made says nothing about the sender's clock", () => {
    const theirs = set(shared, on("action-a", "status"), "done", "ben", iso(NOW - HOUR));
    assert.equal(clock(NOW - HOUR - 2 * day, theirs, theirs), null);
  });

  test("a link with no time of sharing says nothing about clocks", () => {
    const mine = set(shared, on("action-a", "status"), "done", "asha", iso(NOW + 3 * day));
    assert.equal(clock(null, mine, mine), null);
  });

  test("the clock changes nothing that the merge would do", () => {
    const current = set(shared, on("action-a", "notes"), "mine", "asha");
    const incoming = set(shared, on("action-b", "notes"), "theirs", "ben");
    const { clock: _ahead, ...ahead } = previewMerge(current, incoming, iso(NOW + 3 * day), NOW);
    const { clock: _fine, ...fine } = previewMerge(current, incoming, iso(NOW), NOW);
    assert.deepEqual(ahead, fine);
  });
});
