import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan, type PlanData } from "../../../src/scripts/progress/plan-data";
import { statusRecords } from "../../../src/scripts/progress/status-view";
import { EXPORT_FORMAT, exportFileName, exportJson, parseImport, planCsv } from "../../../src/scripts/progress/transfer";

const known = new Set(["check-eligibility", "complete-scal"]);
/** A version-1 record, as files exported before the team plan hold them. */
const record = { status: "done" as const, updatedAt: "2026-11-24T10:00:00.000Z" };
const file = (actions: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: "2026-11-24T10:00:00Z", actions, ...extra });
const tick = { status: { value: "done" as const, at: record.updatedAt } };
const plainActions = (plan: PlanData) => ({ ...plan.actions });

describe("exporting", () => {
  test("names the file with the date", () => {
    assert.equal(exportFileName(new Date("2026-11-24T15:00:00Z"), "json"), "nhs-login-progress-2026-11-24.json");
  });

  test("an export imports back to the same plan", () => {
    const plan = emptyPlan();
    plan.actions["check-eligibility"] = { ...tick, owner: { value: "AB", at: record.updatedAt, by: "CD" } };
    plan.dates.start = { value: "2026-11-02", at: record.updatedAt };
    plan.answers["im1"] = { value: "no", at: record.updatedAt };
    const result = parseImport(exportJson(plan, new Date()), known);
    assert.ok(result.ok);
    assert.deepEqual(plainActions(result.plan), plainActions(plan));
    assert.deepEqual(result.plan.dates, plan.dates);
    assert.deepEqual({ ...result.plan.answers }, { ...plan.answers });
  });

  test("a file exported before the team plan (version 1) still imports", () => {
    const result = parseImport(file({ "check-eligibility": record }), known);
    assert.ok(result.ok);
    assert.deepEqual(plainActions(result.plan), { "check-eligibility": tick });
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

  test("entries dated in the future, before the toolkit or on days that do not exist, named in correct English", () => {
    const message = refused(
      file({
        "check-eligibility": { status: "done", updatedAt: "2999-01-01T00:00:00.000Z" },
        "complete-scal": { status: "done", updatedAt: "0000-01-01T00:00:00.000Z" },
        "go-live": { status: "done", updatedAt: "2026-02-30T00:00:00.000Z" },
      }),
    );
    assert.match(message, /^This file cannot be imported: 3 entries are not valid: /);
    assert.match(message, /“check-eligibility” \(its date 2999-01-01 is in the future\)/);
    assert.match(message, /“complete-scal” \(its date 0000-01-01 is too early\)/);
    assert.match(message, /“go-live” \(its date "2026-02-30T00:00:00.000Z" is not a real date\)/);
  });

  test("every refusal says progress has not changed", () => {
    assert.match(refused("nope"), /Your progress has not changed\.$/);
  });
});

test("ids this guide does not know are reported and left out", () => {
  const result = parseImport(file({ "check-eligibility": record, "made-up-action": record }), known);
  assert.ok(result.ok);
  assert.deepEqual(plainActions(result.plan), { "check-eligibility": tick });
  assert.deepEqual(result.unknownIds, ["made-up-action"]);
});

test("an action whose id is constructor can be imported", () => {
  const result = parseImport(file({ constructor: record }), new Set(["constructor"]));
  assert.ok(result.ok);
  assert.deepEqual(plainActions(result.plan), { constructor: tick });
});

test("the CSV starts with a byte-order mark and has a row per action with owner, dates, who, notes and a full guidance link, safe for spreadsheets, keeping 3.10 as text", () => {
  const base = { stepShare: 20, roles: [], conditional: false, replaces: [], after: [], exclusions: [] };
  const actions: ActionInfo[] = [
    {
      ...base,
      id: "check-eligibility",
      title: 'Check if you are "eligible"',
      number: "1.2",
      stepId: "apply",
      stepTitle: "Apply",
      url: "/steps/apply/#check-eligibility",
    },
    {
      ...base,
      id: "complete-scal",
      title: "=HYPERLINK()",
      number: "3.10",
      stepId: "integrate",
      stepTitle: "Integrate",
      url: "/steps/integrate/#complete-scal",
    },
  ];
  const plan = emptyPlan();
  plan.actions["check-eligibility"] = {
    status: { value: "done", at: "2026-11-24T10:00:00.000Z", by: "AB" },
    owner: { value: "Asha", at: "2026-11-20T10:00:00.000Z" },
    target: { value: "2026-11-30", at: "2026-11-20T10:00:00.000Z" },
    notes: { value: 'Line one\nline two, "quoted"', at: "2026-11-20T10:00:00.000Z" },
  };
  plan.actions["complete-scal"] = { notes: { value: "+44 is not a formula", at: "2026-11-20T10:00:00.000Z" } };
  const csv = planCsv(actions, statusRecords(plan), plan, (url) => `https://example.org/guide${url}`);
  assert.ok(csv.startsWith("\uFEFF"), "starts with a UTF-8 byte-order mark");
  assert.deepEqual(csv.slice(1).split("\r\n"), [
    '"Number","Action","Step","Status","Owner","Target date","Done date","Done by","Notes","Guidance"',
    '="1.2","Check if you are ""eligible""","Apply","Done","Asha","2026-11-30","2026-11-24","AB","Line one\nline two, ""quoted""","https://example.org/guide/steps/apply/#check-eligibility"',
    '="3.10","\'=HYPERLINK()","Integrate","Not started","","","","","\'+44 is not a formula","https://example.org/guide/steps/integrate/#complete-scal"',
    "",
  ]);
});
