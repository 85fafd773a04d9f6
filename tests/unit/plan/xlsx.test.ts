// The plan as an Excel workbook (plan/xlsx.ts), written in Node and read back as a spreadsheet reads it:
// numbers as text, dates as date cells, and each sheet's header row frozen.
import { test } from "node:test";
import assert from "node:assert/strict";
import readExcelFile from "read-excel-file/node";
import { strFromU8, unzipSync } from "fflate";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { pageRecords } from "../../../src/scripts/progress/status-view";
import { PLAN_COLUMNS } from "../../../src/scripts/plan/csv";
import { planXlsx } from "../../../src/scripts/plan/xlsx";

const action: ActionInfo = {
  id: "raise-im1-request-for-change",
  title: "=HYPERLINK()",
  number: "3.10",
  stepId: "integrate",
  stepTitle: "Integrate",
  stepShare: 20,
  url: "/steps/integrate/#raise-im1-request-for-change",
  roles: ["technical-lead"],
  conditional: false,
  replaces: [],
  after: [],
  exclusions: [],
};
const at = "2026-11-20T12:00:00.000Z";
const questions = [
  { question: "Is your service connected to GP systems through IM1?", answer: "Yes" },
  { question: "Does your service use artificial intelligence (AI)?", answer: "" },
];

/** The workbook for one action, done, with the plan's start date, as bytes. */
async function workbook(): Promise<Uint8Array> {
  const plan = emptyPlan();
  plan.dates.start = { value: "2027-01-04", at };
  plan.actions[action.id] = {
    status: { value: "done", at: "2026-11-24T12:00:00.000Z", by: "AB" },
    target: { value: "2027-03-01", at },
    notes: { value: "Line one\nline two", at },
  };
  const blob = await planXlsx([action], pageRecords(plan, [action]), plan, (url) => `https://example.org/guide${url}`, questions, {
    roleTitle: () => "Technical lead",
  });
  return new Uint8Array(await blob.arrayBuffer());
}

test("the Plan sheet has the plan's columns, the number as text, dates as date cells and the guidance as a full address", async () => {
  const [plan] = await readExcelFile(Buffer.from(await workbook()));
  assert.equal(plan?.sheet, "Plan");
  const [header, row] = plan?.data ?? [];
  assert.deepEqual(header, [...PLAN_COLUMNS]);
  assert.deepEqual(row, [
    "3.10",
    "=HYPERLINK()",
    "Integrate",
    "Done",
    null,
    "Technical lead",
    "Yes",
    new Date("2027-03-01T00:00:00Z"),
    "No",
    "No",
    new Date("2026-11-24T00:00:00Z"),
    "AB",
    "Line one\nline two",
    null,
    "https://example.org/guide/steps/integrate/#raise-im1-request-for-change",
  ]);
});

test("the Answers and dates sheet has each question with the answer's label, and the plan's dates as date cells", async () => {
  const [, settings] = await readExcelFile(Buffer.from(await workbook()));
  assert.equal(settings?.sheet, "Answers and dates");
  assert.deepEqual(settings?.data, [
    ["Question", "Answer"],
    ["Is your service connected to GP systems through IM1?", "Yes"],
    ["Does your service use artificial intelligence (AI)?", "Not answered"],
    [null, null],
    ["Date", "Value"],
    ["Start date", new Date("2027-01-04T00:00:00Z")],
    ["Target go-live date", "Not set"],
  ]);
});

test("each sheet's header row is frozen, and text is never a formula", async () => {
  const files = unzipSync(await workbook());
  for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
    const xml = strFromU8(files[sheet] ?? new Uint8Array());
    assert.match(xml, /<pane [^>]*ySplit="1"[^>]*state="frozen"/, `${sheet} freezes its first row`);
    assert.doesNotMatch(xml, /<f>/, `${sheet} has no formulas`);
  }
});
