// Technical requirement ticks are fields of the plan like any other: saved, merged between tabs and
// teammates without losing either side, and carried whole through an export file or a link.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { REQUIREMENT_MET } from "../../../src/scripts/progress/plan-data";
import { readState } from "../../../src/scripts/progress/plan-read";
import type { FieldPath } from "../../../src/scripts/progress/field-paths";
import { conflictsIn, joinPlans, planView, stateToJson, writeField } from "../../../src/scripts/progress/plan-state";
import { emptyState } from "../../../src/scripts/progress/state-shape";
import { exportJson, readExport } from "../../../src/scripts/progress/transfer";

const tick = (id: string): FieldPath => ({ kind: "requirement", id, field: "met" });
const write = (writer: string, value: string) => ({ value, writer, at: "2026-12-07T10:00:00.000Z" });
const known = { actions: new Set<string>(), questions: new Set<string>() };

describe("requirement ticks", () => {
  test("two teammates ticking different requirements keep both ticks when their plans merge, in either order", () => {
    const a = writeField(emptyState(), tick("session-timeout"), write("a", REQUIREMENT_MET));
    const b = writeField(emptyState(), tick("avoid-webviews"), write("b", REQUIREMENT_MET));
    for (const merged of [joinPlans(a, b), joinPlans(b, a)]) {
      const view = planView(merged);
      assert.equal(view.requirements["session-timeout"]?.value, REQUIREMENT_MET);
      assert.equal(view.requirements["avoid-webviews"]?.value, REQUIREMENT_MET);
    }
  });

  test("an untick by someone who saw the tick replaces it; one by someone who did not stands beside it as a conflict", () => {
    const ticked = writeField(emptyState(), tick("redirect-uris"), write("a", REQUIREMENT_MET));
    const unticked = writeField(ticked, tick("redirect-uris"), write("b", ""));
    assert.equal(planView(joinPlans(ticked, unticked)).requirements["redirect-uris"]?.value, "");
    const blind = writeField(emptyState(), tick("redirect-uris"), write("c", ""));
    assert.equal(conflictsIn(joinPlans(ticked, blind)).length, 1);
  });

  test("ticks travel whole through an export file, and a plan without any saves as before", () => {
    const state = writeField(emptyState(), tick("nhs-login-button"), write("a", REQUIREMENT_MET));
    const read = readExport(JSON.parse(exportJson(state, new Date("2026-12-07T12:00:00Z"))), known);
    assert.ok(read.ok);
    assert.equal(planView(read.state).requirements["nhs-login-button"]?.value, REQUIREMENT_MET);
    assert.equal("requirements" in stateToJson(emptyState()), false);
  });

  test("a tick with any value but met or empty is refused, naming the requirement", () => {
    const json = stateToJson(writeField(emptyState(), tick("single-sign-on"), write("a", REQUIREMENT_MET))) as Record<string, unknown>;
    const requirements = json["requirements"] as Record<string, { entries: Array<{ value: string }> }>;
    requirements["single-sign-on"]!.entries[0]!.value = "yes please";
    const read = readState(json);
    assert.ok(read.ok);
    assert.deepEqual(read.rejected, [{ id: "single-sign-on", why: "its tick is unknown" }]);
  });
});
