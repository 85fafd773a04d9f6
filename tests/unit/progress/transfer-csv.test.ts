// The CSV part of transfer.ts, when what teammates typed holds control characters. (The done date's
// day, which hangs on the browser's time zone, is tested in the browser: tests/e2e/untrusted-text.spec.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { statusRecords } from "../../../src/scripts/progress/status-view";
import { planCsv } from "../../../src/scripts/progress/transfer";

const action: ActionInfo = {
  id: "check-eligibility",
  title: "Check if you are eligible",
  number: "1.2",
  stepId: "apply",
  stepTitle: "Apply",
  stepShare: 20,
  url: "/steps/apply/#check-eligibility",
  roles: [],
  conditional: false,
  replaces: [],
  after: [],
  exclusions: [],
};
const at = "2026-11-20T10:00:00.000Z";

test("the CSV drops control characters from owners, names and notes, keeping line breaks in notes and the formula guard", () => {
  // Every C0 control but the line feed, DEL, a C1 control (NEL) and the Unicode line and paragraph separators.
  const controls = "\u0000\u0007\t\u000B\u000C\u001B\u001F\u007F\u0085\u2028\u2029";
  const plan = emptyPlan();
  plan.actions[action.id] = {
    status: { value: "done", at, by: `A${controls}B` },
    owner: { value: `${controls}=HYPERLINK("x")`, at },
    notes: { value: `Line${controls} one\r\nline two\rline three`, at },
  };
  const csv = planCsv([action], statusRecords(plan), plan, (url) => `https://example.org${url}`);
  const row = csv.slice(1).split("\r\n")[1];
  assert.equal(
    row,
    `="1.2","Check if you are eligible","Apply","Done","'=HYPERLINK(""x"")","","2026-11-20","AB","Line one\nline two\nline three","https://example.org/steps/apply/#check-eligibility"`,
  );
});
