// What the plan's printouts hold (plan/print.ts): a call's pack lists what is still outstanding up to
// the call, and owners print as the team knows them. (Drawing them on the page is tested in the
// browser: tests/e2e/plan-exports.spec.ts and untrusted-text.spec.ts.)
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { MEMBER_PREFIX } from "../../../src/scripts/progress/members";
import { emptyRecords } from "../../../src/scripts/progress/records";
import { outstandingIntro, outstandingUpTo, ownerName } from "../../../src/scripts/plan/print";

// The guide's own actions and the calls plan.yaml prints packs for.
const guide = await loadGuideData("_data");
const actions = JSON.parse(actionManifestJson(guide.actions)) as ActionInfo[];
const calls = guide.plan.callPacks.map((pack) => pack.action);
const at = "2026-12-07T10:00:00.000Z";

describe("a call's pack", () => {
  test("with nothing done, lists every action up to and including the call, in process order", () => {
    for (const call of calls) {
      const index = actions.findIndex((a) => a.id === call);
      assert.deepEqual(
        outstandingUpTo(actions, emptyRecords(), call).map((a) => a.id),
        actions.slice(0, index + 1).map((a) => a.id),
        call,
      );
    }
  });

  test("leaves out what is done or does not apply, and keeps what is in progress", () => {
    const call = calls.at(-1) ?? "";
    const before = actions.slice(
      0,
      actions.findIndex((a) => a.id === call),
    );
    const [done, ruledOut, started] = before;
    assert.ok(done && ruledOut && started, "the last call comes after at least three actions");
    const records = emptyRecords();
    records[done.id] = { status: "done", updatedAt: at };
    records[ruledOut.id] = { status: "not-applicable", updatedAt: at };
    records[started.id] = { status: "in-progress", updatedAt: at };
    const listed = outstandingUpTo(actions, records, call).map((a) => a.id);
    assert.equal(listed.includes(done.id) || listed.includes(ruledOut.id), false);
    assert.equal(listed.includes(started.id), true);
    assert.equal(listed.at(-1), call);
  });

  test("for an action that is not in the guide, lists nothing", () => {
    assert.deepEqual(outstandingUpTo(actions, emptyRecords(), "no-such-action"), []);
  });

  test("opens by counting what is outstanding, in the right number, or saying nothing is", () => {
    assert.equal(outstandingIntro(1), "1 action is still outstanding up to this call.");
    assert.equal(outstandingIntro(3), "3 actions are still outstanding up to this call.");
    assert.equal(outstandingIntro(0), "Every action up to this call is done or does not apply.");
  });
});

describe("owners on a printout", () => {
  test("a team member prints by their current name, a removed one says so, and anything else prints as typed", () => {
    const plan = emptyPlan();
    plan.members["m-1"] = { name: "Priya", role: "", at };
    assert.equal(ownerName(`${MEMBER_PREFIX}m-1`, plan), "Priya");
    assert.equal(ownerName(`${MEMBER_PREFIX}m-2`, plan), "(removed member)");
    assert.equal(ownerName("Supplier's team", plan), "Supplier's team");
  });
});
