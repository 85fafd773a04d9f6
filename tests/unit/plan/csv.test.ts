// The plan's spreadsheet rows and its CSV (plan/csv.ts): the columns the plan shows, suggested and late
// dates as the plan works them out, and text made safe for a spreadsheet. (The done date's day, which
// hangs on the browser's time zone, is tested in the browser: tests/e2e/untrusted-text.spec.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { pageRecords } from "../../../src/scripts/progress/status-view";
import { PLAN_COLUMNS, planCsv, planRows, roleTitlesOf } from "../../../src/scripts/plan/csv";
import { suggestedDates } from "../../../src/scripts/plan/schedule";
import type { ScheduleSettings } from "../../../src/scripts/progress/schedule-settings";

const base = { stepShare: 50, conditional: false, replaces: [], after: [], exclusions: [] };
const actions: ActionInfo[] = [
  {
    ...base,
    id: "check-eligibility",
    title: 'Check if you are "eligible"',
    number: "1.2",
    stepId: "apply",
    stepTitle: "Apply",
    url: "/steps/apply/#check-eligibility",
    roles: ["project-lead", "ig-lead"],
  },
  {
    ...base,
    id: "raise-im1-request-for-change",
    title: "=HYPERLINK()",
    number: "3.10",
    stepId: "integrate",
    stepTitle: "Integrate",
    url: "/steps/integrate/#raise-im1-request-for-change",
    roles: [],
    conditional: true,
    exclusions: [{ question: "im1", answer: "no", reason: "your service is not connected to GP systems through IM1" }],
  },
];
const at = "2026-11-20T12:00:00.000Z";
const address = (url: string) => `https://example.org/guide${url}`;
// These made-up actions' own schedule: twelve weeks, going live at the last action.
const schedule: ScheduleSettings = { defaultWeeks: 12, goLiveAction: "raise-im1-request-for-change" };
const roleTitle = (id: string) => ({ "project-lead": "Project lead", "ig-lead": "Information governance lead" })[id] ?? id;

/** The CSV's lines after the byte-order mark. */
function csvLines(plan = emptyPlan(), day = "2026-11-25"): string[] {
  return planCsv(actions, pageRecords(plan, actions), plan, address, { schedule, today: day, roleTitle }).slice(1).split("\r\n");
}

test("the CSV starts with a byte-order mark and a header naming the plan's columns, every cell quoted", () => {
  const csv = planCsv(actions, {}, emptyPlan(), address);
  assert.ok(csv.startsWith("\uFEFF"), "starts with a UTF-8 byte-order mark");
  assert.equal(csv.slice(1).split("\r\n")[0], PLAN_COLUMNS.map((column) => `"${column}"`).join(","));
  assert.deepEqual(
    [...PLAN_COLUMNS],
    [
      "Number",
      "Action",
      "Step",
      "Status",
      "Owner",
      "Roles",
      "Applies to us",
      "Target date",
      "Target date suggested",
      "Late",
      "Done date",
      "Done by",
      "Notes",
      "Technical requirements met",
      "Guidance",
    ],
  );
});

test("a row holds what the team entered, the roles' titles, the done date and who, and a full guidance link; 3.10 is a plain quoted 3.10", () => {
  const plan = emptyPlan();
  plan.actions["check-eligibility"] = {
    status: { value: "done", at: "2026-11-24T12:00:00.000Z", by: "AB" },
    owner: { value: "Asha", at },
    target: { value: "2026-11-30", at },
    notes: { value: 'Line one\nline two, "quoted"', at },
  };
  plan.actions["raise-im1-request-for-change"] = { notes: { value: "+44 is not a formula", at } };
  assert.deepEqual(csvLines(plan), [
    PLAN_COLUMNS.map((column) => `"${column}"`).join(","),
    '"1.2","Check if you are ""eligible""","Apply","Done","Asha","Project lead, Information governance lead","Yes","2026-11-30","No","No","2026-11-24","AB","Line one\nline two, ""quoted""","","https://example.org/guide/steps/apply/#check-eligibility"',
    '"3.10","\'=HYPERLINK()","Integrate","Not started","","","Yes","","","No","","","\'+44 is not a formula","","https://example.org/guide/steps/integrate/#raise-im1-request-for-change"',
    "",
  ]);
});

test("with a start date, an action without a date of the team's own has the suggested one, marked as suggested, and is late once it has passed", () => {
  const plan = emptyPlan();
  plan.dates.start = { value: "2026-09-07", at };
  const suggested = suggestedDates(actions, plan, schedule);
  const [first, second] = planRows(actions, pageRecords(plan, actions), plan, address, { schedule, today: "2026-11-25" });
  assert.equal(first?.target, suggested.get("check-eligibility"));
  assert.equal(first?.targetSuggested, "Yes");
  assert.equal(first?.late, "Yes", `${first?.target} is before today`);
  assert.equal(second?.target, suggested.get("raise-im1-request-for-change"));
  assert.equal(second?.late, "No", `${second?.target} is not before today`);

  // A date of the team's own replaces it, and is not suggested.
  plan.actions["check-eligibility"] = { target: { value: "2026-12-01", at } };
  const [own] = planRows(actions, pageRecords(plan, actions), plan, address, { schedule, today: "2026-11-25" });
  assert.deepEqual([own?.target, own?.targetSuggested, own?.late], ["2026-12-01", "No", "No"]);
});

test("an action the team's answers rule out does not apply, with the reason; one the team marked not applicable says No", () => {
  const plan = emptyPlan();
  plan.answers["im1"] = { value: "no", at };
  plan.actions["check-eligibility"] = { status: { value: "not-applicable", at } };
  const [first, second] = planRows(actions, pageRecords(plan, actions), plan, address);
  assert.deepEqual([first?.status, first?.appliesToUs], ["Not applicable", "No"]);
  assert.deepEqual(
    [second?.status, second?.appliesToUs],
    ["Not applicable", "No: your service is not connected to GP systems through IM1"],
  );
});

test("the CSV drops control characters from owners, names and notes, keeping line breaks in notes and the formula guard", () => {
  // Every C0 control but the line feed, DEL, a C1 control (NEL) and the Unicode line and paragraph separators.
  const controls = "\u0000\u0007\t\u000B\u000C\u001B\u001F\u007F\u0085\u2028\u2029";
  const plan = emptyPlan();
  plan.actions["check-eligibility"] = {
    status: { value: "done", at, by: `A${controls}B` },
    owner: { value: `${controls}=HYPERLINK("x")`, at },
    notes: { value: `Line${controls} one\r\nline two\rline three`, at },
  };
  const cells = csvLines(plan)[1]?.split('","') ?? [];
  assert.equal(cells[4], `'=HYPERLINK(""x"")`);
  assert.equal(cells[11], "AB");
  assert.equal(cells[12], "Line one\nline two\nline three");
});

test("role titles are read from the page's role filter", () => {
  const options = [
    { value: "", textContent: "Everyone" },
    { value: "project-lead", textContent: " Project lead " },
  ];
  const page = { querySelectorAll: () => options } as unknown as ParentNode;
  assert.deepEqual([...roleTitlesOf(page)], [["project-lead", "Project lead"]]);
});
