import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { statusRecords } from "../../../src/scripts/progress/status-view";
import { planCalendar } from "../../../src/scripts/plan/calendar";

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

/** The calendar for one action with a target date, and the owner and notes given. */
function calendarWith(owner: string, notes: string): string {
  const plan = emptyPlan();
  plan.actions[action.id] = { owner: { value: owner, at }, notes: { value: notes, at } };
  const targets = new Map([[action.id, "2026-11-30"]]);
  return planCalendar([action], statusRecords(plan), plan, targets, (url) => `https://example.org${url}`, "example.org", new Date(at));
}

/** Unfolded content lines (RFC 5545 section 3.1), split only at the file's CRLFs. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

describe("the calendar file, when owners and notes hold control characters", () => {
  // Every C0 control but the line breaks escaping turns into \n, DEL, a C1 control (NEL) and the
  // Unicode line and paragraph separators.
  const controls = ["\u0000", "\u0007", "\t", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029"];
  const ics = calendarWith(`Asha${controls.join("")} Patel`, `Call ${controls.join("")}first;\r\nthen, \\write`);

  test("holds none of them, and no line break but the CRLFs between its lines", () => {
    const left = [...ics.replace(/\r\n/g, "")].filter((char) => /[\p{Cc}\u2028\u2029]/u.test(char));
    assert.deepEqual(
      left.map((char) => `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`),
      [],
    );
  });

  test("keeps the rest of the text, escaped as RFC 5545 says", () => {
    const description = contentLines(ics).find((line) => line.startsWith("DESCRIPTION:"));
    assert.equal(
      description,
      "DESCRIPTION:Status: Not started\\nOwner: Asha Patel\\nNotes: Call first\\;\\nthen\\, \\\\write\\nGuidance: https://example.org/steps/apply/#check-eligibility",
    );
  });
});
