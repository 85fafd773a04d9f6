import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  emptyPlan,
  isNewerField,
  mergePlans,
  planToJson,
  readPlan,
  type PlanData,
  type PlanReadResult,
} from "../../../src/scripts/progress/plan-data";

const NOW = Date.parse("2026-11-25T12:00:00.000Z");
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
const read = (value: unknown) => readPlan(value, NOW);

describe("reading a saved plan", () => {
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
    const result = read(JSON.parse(JSON.stringify(planToJson(saved))));
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
      assert.equal(read(value).ok, false, JSON.stringify(value));
    }
  });

  test("version 1 is upgraded: every tick and its date survive as a status", () => {
    const result = read({
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
    const result = read({
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
    const result = read({ version: 3, actions: { a: { status: field("done", "2026-11-20T00:00:00Z"), colour: "red" } }, other: {} });
    assert.ok(result.ok);
    assert.equal(result.newerVersion, 3);
    assert.deepEqual({ ...result.plan.actions }, { a: { status: field("done", "2026-11-20T00:00:00Z") } });
  });

  test("refuses impossible dates, dates before NHS login's toolkit and dates in the future, allowing a few minutes of skew", () => {
    const at = (value: string) => read({ version: 2, actions: { a: { status: field("done", value) } } });
    const why = (value: string) => {
      const result = at(value);
      return result.ok ? result.rejected[0]?.why : result.reason;
    };
    assert.equal(why("2026-02-30T00:00:00Z"), 'its date "2026-02-30T00:00:00Z" is not a real date');
    assert.equal(why("0000-01-01T00:00:00Z"), "its date 0000-01-01 is too early");
    assert.equal(why("2999-01-01T00:00:00Z"), "its date 2999-01-01 is in the future");
    assert.equal(why(new Date(NOW + 4 * 60_000).toISOString()), undefined);
    assert.equal(
      why(new Date(NOW + 6 * 60_000).toISOString()),
      `its date ${new Date(NOW + 6 * 60_000).toISOString().slice(0, 10)} is in the future`,
    );
  });

  test("target and plan dates must be real calendar dates", () => {
    const result = read({
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

  test("a field this browser saved dated ahead of the clock is kept, dated now, so it cannot win for ever", () => {
    const result = readPlan({ version: 2, actions: { a: { status: field("done", "2999-01-01T00:00:00.000Z") } } }, NOW, {
      clampFuture: true,
    });
    assert.ok(result.ok);
    assert.deepEqual({ ...result.plan.actions }, { a: { status: field("done", new Date(NOW).toISOString()) } });
  });

  test("ids named like Object.prototype's properties are ordinary ids", () => {
    const result = read({ version: 2, actions: { constructor: { status: field("done", "2026-11-20T00:00:00Z") } } });
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.plan.actions), ["constructor"]);
    assert.equal(Object.getPrototypeOf(result.plan.actions), null);
  });
});

describe("merging plans field by field", () => {
  test("keeps the newest change of each field, so two people's changes to one action both survive", () => {
    const mine = plan({ a: { owner: field("AB", "2026-11-20T00:00:00Z"), notes: field("mine, newer", "2026-11-23T00:00:00Z") } });
    const theirs = plan({
      a: { owner: field("CD", "2026-11-22T00:00:00Z"), notes: field("theirs, older", "2026-11-21T00:00:00Z") },
      b: { status: field("done", "2026-11-01T00:00:00Z") },
    });
    const { plan: merged, count } = mergePlans(mine, theirs);
    assert.deepEqual(
      { ...merged.actions },
      {
        a: { owner: field("CD", "2026-11-22T00:00:00Z"), notes: field("mine, newer", "2026-11-23T00:00:00Z") },
        b: { status: field("done", "2026-11-01T00:00:00Z") },
      },
    );
    assert.deepEqual(count, { actions: 2, fields: 2, settings: 0 });
  });

  test("plan dates and answers merge the same way, and are counted", () => {
    const mine = plan(
      {},
      { dates: { start: field("2026-11-02", "2026-11-01T00:00:00Z") }, answers: { im1: field("yes", "2026-11-05T00:00:00Z") } },
    );
    const theirs = plan(
      {},
      { dates: { start: field("2026-11-09", "2026-11-03T00:00:00Z") }, answers: { im1: field("no", "2026-11-04T00:00:00Z") } },
    );
    const { plan: merged, count } = mergePlans(mine, theirs);
    assert.equal(merged.dates.start?.value, "2026-11-09");
    assert.equal(merged.answers["im1"]?.value, "yes");
    assert.equal(count.settings, 1);
  });

  test("two tabs merging the same plans in either order agree, even on a tie in time", () => {
    const mine = plan({ a: { status: field("done", "2026-11-20T00:00:00Z"), owner: field("AB", "2026-11-20T00:00:00Z") } });
    const theirs = plan({ a: { status: field("todo", "2026-11-20T00:00:00Z"), owner: field("CD", "2026-11-20T00:00:00Z") } });
    assert.deepEqual(planToJson(mergePlans(mine, theirs).plan), planToJson(mergePlans(theirs, mine).plan));
    assert.equal(isNewerField(field("done", "2026-11-20T00:00:00Z"), field("todo", "2026-11-20T00:00:00Z")), true);
  });

  test("merging what is already there changes nothing", () => {
    const mine = plan({ a: { notes: field("same", "2026-11-20T00:00:00Z", "AB") } });
    assert.deepEqual(mergePlans(mine, mine).count, { actions: 0, fields: 0, settings: 0 });
  });
});

test("equal plans give equal saved text, whatever order their fields were made in, so two tabs never rewrite each other", () => {
  const made = plan({ a: { status: { at: "2026-11-20T00:00:00.000Z", value: "done" } as never } });
  const read = plan({ a: { status: { value: "done", at: "2026-11-20T00:00:00.000Z" } } });
  assert.equal(JSON.stringify(planToJson(made)), JSON.stringify(planToJson(read)));
});
