import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MEMBER_PREFIX, memberValue, readMember } from "../../../src/scripts/progress/members";
import { readState } from "../../../src/scripts/progress/plan-read";
import { conflictsIn, joinPlans, planView, stateToJson, writeField } from "../../../src/scripts/progress/plan-state";
import { emptyState, type PlanState } from "../../../src/scripts/progress/state-shape";

const at = (hour: number) => `2026-11-20T${String(hour).padStart(2, "0")}:00:00.000Z`;
const write = (state: PlanState, path: Parameters<typeof writeField>[1], value: string, writer: string, hour: number) =>
  writeField(state, path, { value, writer, at: at(hour) });
const roundTrip = (state: PlanState) => {
  const read = readState(JSON.parse(JSON.stringify(stateToJson(state))));
  assert.ok(read.ok);
  assert.deepEqual(read.rejected, []);
  return read.state;
};

describe("the team", () => {
  test("an owner who is a member shows by the member's name, and a rename keeps their actions", () => {
    let plan = write(emptyState(), { kind: "member", id: "m-1" }, memberValue("Dan", "technical"), "a", 9);
    plan = write(plan, { kind: "action", id: "complete-scal", field: "owner" }, `${MEMBER_PREFIX}m-1`, "a", 10);
    assert.equal(planView(plan).actions["complete-scal"]?.owner?.value, "Dan");
    plan = write(plan, { kind: "member", id: "m-1" }, memberValue("Daniel", "technical"), "a", 11);
    assert.equal(planView(roundTrip(plan)).actions["complete-scal"]?.owner?.value, "Daniel");
    assert.deepEqual({ ...planView(plan).members["m-1"], at: "" }, { name: "Daniel", role: "technical", at: "" });
  });

  test("a removed member's actions say so rather than showing an id", () => {
    let plan = write(emptyState(), { kind: "member", id: "m-1" }, memberValue("Dan", ""), "a", 9);
    plan = write(plan, { kind: "action", id: "complete-scal", field: "owner" }, `${MEMBER_PREFIX}m-1`, "a", 10);
    plan = write(plan, { kind: "member", id: "m-1" }, "", "a", 11);
    assert.equal(planView(plan).actions["complete-scal"]?.owner?.value, "(removed member)");
    assert.equal(planView(plan).members["m-1"], undefined);
  });

  test("two people renaming the same member without seeing each other's change leave a conflict to choose", () => {
    const base = write(emptyState(), { kind: "member", id: "m-1" }, memberValue("Dan", ""), "a", 9);
    const one = write(base, { kind: "member", id: "m-1" }, memberValue("Daniel", ""), "b", 10);
    const two = write(base, { kind: "member", id: "m-1" }, memberValue("Dan (dev)", ""), "c", 10);
    const conflicts = conflictsIn(joinPlans(one, two));
    assert.deepEqual(
      conflicts.map((c) => c.path),
      [{ kind: "member", id: "m-1" }],
    );
  });

  test("a member's saved value is a name of 1 to 40 characters and a role id or nothing", () => {
    assert.deepEqual(readMember(memberValue("  Asha ", "clinical-safety")), { name: "Asha", role: "clinical-safety" });
    for (const bad of [
      "",
      "not json",
      "[]",
      '{"name":"","role":""}',
      `{"name":"${"x".repeat(41)}","role":""}`,
      '{"name":"A","role":"<b>"}',
    ])
      assert.equal(readMember(bad), null, bad);
  });

  test("a saved member that is not one is named and left out, and the rest of the plan is kept", () => {
    const read = readState({
      version: 3,
      actions: { "complete-scal": { notes: { entries: [{ value: "kept", at: at(9), dot: ["a", 1] }], seen: { a: 1 } } } },
      dates: {},
      answers: {},
      members: { "m-1": { entries: [{ value: "not json", at: at(9), dot: ["a", 1] }], seen: { a: 1 } } },
    });
    assert.ok(read.ok);
    assert.deepEqual(read.rejected, [{ id: "m-1", why: "it is not a team member" }]);
    assert.equal(planView(read.state).actions["complete-scal"]?.notes?.value, "kept");
  });
});

describe("the service name", () => {
  test("is saved, merged and read back like any field, up to 100 characters", () => {
    const plan = write(emptyState(), { kind: "setting", field: "serviceName" }, "Ward Watch", "a", 9);
    assert.equal(planView(roundTrip(plan)).settings.serviceName?.value, "Ward Watch");
    const tooLong = readState({
      version: 3,
      actions: {},
      settings: { serviceName: { entries: [{ value: "x".repeat(101), at: at(9), dot: ["a", 1] }], seen: { a: 1 } } },
    });
    assert.ok(tooLong.ok);
    assert.equal(tooLong.rejected.length, 1);
  });

  test("a plan with no team and no service name saves as it did before they existed", () => {
    const json = stateToJson(write(emptyState(), { kind: "action", id: "go-live", field: "status" }, "done", "a", 9));
    assert.deepEqual(Object.keys(json).sort(), ["actions", "answers", "dates", "version"]);
  });
});

describe("read marks", () => {
  test("never conflict: of two, the later change read is the one shown", () => {
    const path = { kind: "action", id: "check-eligibility", field: "read" } as const;
    const one = write(emptyState(), path, "2026-10-01", "a", 9);
    const two = write(emptyState(), path, "2026-11-15", "b", 8);
    const merged = joinPlans(one, two);
    assert.deepEqual(conflictsIn(merged), []);
    assert.equal(planView(merged).actions["check-eligibility"]?.read?.value, "2026-11-15");
    assert.equal(planView(joinPlans(two, one)).actions["check-eligibility"]?.read?.value, "2026-11-15");
  });
});
