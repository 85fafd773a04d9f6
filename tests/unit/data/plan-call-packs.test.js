// The call packs in _data/plan.yaml: an optional checklist of short items and an optional note of who
// should attend, checked by the plan schema with messages that say what to fix.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MAX_CHECKLIST_ITEM, planSchema } from "../../../lib/data/schemas.js";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";

const guide = await loadGuideData("_data");

/** The guide's own plan with its call packs replaced, and the schema's messages for it by path. */
function problemsWith(callPacks) {
  const result = planSchema.safeParse({ ...guide.plan, callPacks });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("call packs", () => {
  test("the guide's own call packs are valid, and each has a checklist and says who should attend", () => {
    assert.deepEqual(problemsWith(guide.plan.callPacks), []);
    for (const pack of guide.plan.callPacks) {
      assert.ok(pack.checklist?.length, `${pack.name} has a checklist`);
      assert.ok(pack.attendees, `${pack.name} says who should attend`);
    }
  });

  test("a pack without a checklist or attendees is valid", () => {
    assert.deepEqual(problemsWith([{ action: "attend-preparation-call", name: "Preparation Call" }]), []);
  });

  test("a checklist that is not a list of short lines is rejected, naming the item", () => {
    const long = "x".repeat(MAX_CHECKLIST_ITEM + 1);
    assert.deepEqual(problemsWith([{ action: "a", name: "A", checklist: "Bring the diagrams" }]), [
      "callPacks.0.checklist: must be a list of short items, one line each",
    ]);
    assert.deepEqual(problemsWith([{ action: "a", name: "A", checklist: [] }]), [
      "callPacks.0.checklist: must list at least one item, or be left out",
    ]);
    assert.deepEqual(problemsWith([{ action: "a", name: "A", checklist: ["Fine", long, " "], attendees: "" }]), [
      `callPacks.0.checklist.1: must be at most ${MAX_CHECKLIST_ITEM} characters: one short line per item`,
      "callPacks.0.checklist.2: must not be empty",
      "callPacks.0.attendees: must not be empty",
    ]);
  });
});
