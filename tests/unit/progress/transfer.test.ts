import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { checklistCsv, EXPORT_FORMAT, exportFileName, exportJson, parseImport } from "../../../src/scripts/progress/transfer";

const known = new Set(["check-eligibility", "complete-scal"]);
const record = { status: "done" as const, updatedAt: "2026-11-24T10:00:00.000Z" };
const file = (actions: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: "2026-11-24T10:00:00Z", actions, ...extra });

describe("exporting", () => {
  test("names the file with the date", () => {
    assert.equal(exportFileName(new Date("2026-11-24T15:00:00Z"), "json"), "nhs-login-progress-2026-11-24.json");
  });

  test("an export imports back to the same records", () => {
    const records = { "check-eligibility": record };
    assert.deepEqual(parseImport(exportJson(records, new Date()), known), { ok: true, records, unknownIds: [] });
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
    assert.match(refused(file({ "<script>alert(1)</script>": record })), /not valid action records/);
    assert.match(
      refused(file({ "check-eligibility": { status: "<img src=x onerror=alert(1)>", updatedAt: record.updatedAt } })),
      /not valid action records/,
    );
  });

  test("every refusal says progress has not changed", () => {
    assert.match(refused("nope"), /Your progress has not changed\.$/);
  });
});

test("ids this guide does not know are reported and left out", () => {
  assert.deepEqual(parseImport(file({ "check-eligibility": record, "made-up-action": record }), known), {
    ok: true,
    records: { "check-eligibility": record },
    unknownIds: ["made-up-action"],
  });
});

test("the CSV lists every action with its status and completion date, safe for spreadsheets", () => {
  const actions: ActionInfo[] = [
    {
      id: "check-eligibility",
      title: 'Check if you are "eligible"',
      number: "1.2",
      stepId: "apply",
      stepTitle: "Apply",
      conditional: false,
      replaces: [],
    },
    {
      id: "complete-scal",
      title: "=HYPERLINK()",
      number: "3.5",
      stepId: "integrate",
      stepTitle: "Integrate",
      conditional: false,
      replaces: [],
    },
  ];
  assert.equal(
    checklistCsv(actions, { "check-eligibility": record }),
    '"Step","Number","Action","Status","Date completed"\r\n"Apply","1.2","Check if you are ""eligible""","Completed","2026-11-24"\r\n"Integrate","3.5","\'=HYPERLINK()","Not started",""\r\n',
  );
});
