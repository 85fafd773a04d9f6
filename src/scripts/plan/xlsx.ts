// The plan as an Excel workbook (.xlsx): a sheet of actions with the CSV's columns (csv.ts), and a
// sheet of the team's answers and dates. Loaded only when a team asks for it (scripts/lazy/xlsx.js),
// with write-excel-file, which is too big for the page.
import writeXlsxFile, { type Cell, type Row, type Sheet } from "write-excel-file/browser";
import type { ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";
import { withoutControls } from "../progress/export-format";
import { PLAN_COLUMNS, planRows, rowCells, type PlanRow, type SheetOptions } from "./csv";

/** One of the plan's questions, as the page asks it, with the label of the team's answer ("" when none). */
export interface AnsweredQuestion {
  question: string;
  answer: string;
}

/** How dates show in the workbook: as the plan shows them, "1 March 2027". */
const DATE_FORMAT = "d mmmm yyyy";

/** Each column's width in characters, in the order of PLAN_COLUMNS. */
const WIDTHS = [8, 50, 14, 14, 18, 30, 30, 16, 12, 6, 16, 14, 50, 26, 60];

/** A YYYY-MM-DD day as a date cell (midnight UTC, which the writer turns into a whole Excel day), or an empty cell. */
function dateCell(day: string): Cell {
  return day ? { value: new Date(`${day}T00:00:00Z`), type: Date, format: DATE_FORMAT } : null;
}

/** A text cell, marked as text so a spreadsheet never reads it as a number or a date. */
function textCell(value: string, wrap = false): Cell {
  return value ? { value, type: String, format: "@", ...(wrap ? { wrap: true, alignVertical: "top" as const } : {}) } : null;
}

const header = (text: string): Cell => ({ value: text, type: String, fontWeight: "bold" });

/** The actions sheet's rows: a bold header, then one row per action, dates as dates and text as text. */
function actionRows(rows: readonly PlanRow[]): Row[] {
  const dates = new Set<string>(["Target date", "Done date"]);
  return [
    PLAN_COLUMNS.map(header),
    ...rows.map((row) =>
      rowCells(row).map((value, i) => {
        const column = PLAN_COLUMNS[i] ?? "";
        if (dates.has(column)) return dateCell(value);
        return textCell(value, column === "Notes" || column === "Action");
      }),
    ),
  ];
}

/** The answers and dates sheet's rows. */
function settingsRows(questions: readonly AnsweredQuestion[], plan: PlanData): Row[] {
  const day = (value: string | undefined) => (value ? dateCell(value) : textCell("Not set"));
  return [
    [header("Question"), header("Answer")],
    ...questions.map(({ question, answer }) => [textCell(withoutControls(question), true), textCell(answer || "Not answered")]),
    [null, null],
    [header("Date"), header("Value")],
    [textCell("Start date"), day(plan.dates.start?.value)],
    [textCell("Target go-live date"), day(plan.dates.goLive?.value)],
  ];
}

/**
 * The workbook's sheets: "Plan", one row per action (numbers as text, so 3.10 stays 3.10; target and
 * done dates as dates), and "Answers and dates". Each has its header row frozen.
 */
export function planSheets(
  actions: readonly ActionInfo[],
  records: ProgressRecords,
  plan: PlanData,
  address: (rootRelative: string) => string,
  questions: readonly AnsweredQuestion[],
  options: SheetOptions = {},
): Sheet<Blob>[] {
  return [
    {
      sheet: "Plan",
      data: actionRows(planRows(actions, records, plan, address, options)),
      columns: WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      sheet: "Answers and dates",
      data: settingsRows(questions, plan),
      columns: [{ width: 60 }, { width: 30 }],
      stickyRowsCount: 1,
    },
  ];
}

/** The plan's questions as the page asks them (`root` holds the radios), each with the label of the team's answer. */
export function answeredQuestions(root: ParentNode, plan: PlanData): AnsweredQuestion[] {
  return [...root.querySelectorAll<HTMLElement>("[data-plan-question]")].map((group) => {
    const question = (group.closest("fieldset")?.querySelector("legend")?.textContent ?? "").trim();
    const value = plan.answers[group.dataset["planQuestion"] ?? ""]?.value ?? "";
    const chosen = [...group.querySelectorAll<HTMLInputElement>("input[type=radio]")].find((radio) => radio.value === value);
    return { question, answer: (chosen?.labels?.[0]?.textContent ?? "").trim() };
  });
}

/** The workbook as a file to download. */
export function planXlsx(...args: Parameters<typeof planSheets>): Promise<Blob> {
  return writeXlsxFile(planSheets(...args)).toBlob();
}
