// The plan as a spreadsheet: one row per action with the columns the plan shows, written here as CSV
// (the checklist's and the plan's "Download as a spreadsheet (CSV)") and by xlsx.ts as an Excel workbook.
import type { ActionInfo } from "../progress/actions";
import { withoutControls } from "../progress/export-format";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";
import { metText, readProgress, requirementsMet } from "../progress/requirement-ticks";
import { STATUS_LABELS } from "../progress/wording";
import { readScheduleSettings, type ScheduleSettings } from "../progress/schedule-settings";
import { lateActions, suggestedDates, targetDates } from "./schedule";
import { today } from "./working-days";

/** The spreadsheet's columns, in order: the CSV's header row and the workbook's. */
export const PLAN_COLUMNS = [
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
] as const;

/** One action as the spreadsheet shows it. Dates are YYYY-MM-DD or "", text has no control characters. */
export interface PlanRow {
  number: string;
  title: string;
  step: string;
  status: string;
  owner: string;
  roles: string;
  appliesToUs: string;
  target: string;
  /** "Yes" when the target date is the suggested one, "No" when it is the team's own, "" without one. */
  targetSuggested: "Yes" | "No" | "";
  late: "Yes" | "No";
  doneDate: string;
  doneBy: string;
  notes: string;
  /** "3 of 12 requirements met" for the action the technical requirements belong to; "" for the rest. */
  requirementsMet: string;
  guidance: string;
}

/** What the rows need besides the plan: how the page names roles and addresses, and how it dates the plan. */
export interface SheetOptions {
  /** How suggested dates are worked out (the manifest's, read by readScheduleSettings); without it, no date is suggested. */
  schedule?: ScheduleSettings;
  /** Today in this browser's time zone, YYYY-MM-DD, for what is late. */
  today?: string;
  /** A role's title, from its id. */
  roleTitle?: (id: string) => string;
  /** The technical requirements under an action, by its id ("id:question=answer+answer …", as pages carry them). */
  requirements?: ReadonlyMap<string, string>;
}

/**
 * "2026-11-25": the day of a moment in this browser's time zone, as YYYY-MM-DD: the day the page
 * names for it (formatMoment in wording.ts), where the UTC day is a day out in Auckland or Los Angeles.
 */
function localDay(at: string): string {
  const moment = new Date(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
}

/** Every role's title by id, from the page's role filter (the checklist's and the plan's both have one). */
export function roleTitlesOf(doc: ParentNode): Map<string, string> {
  const titles = new Map<string, string>();
  for (const option of doc.querySelectorAll<HTMLOptionElement>("select[name='role'] option"))
    if (option.value) titles.set(option.value, (option.textContent ?? "").trim());
  return titles;
}

/**
 * What the page says that the sheets need, on the checklist's page or the plan's: role titles, the
 * technical requirements under their action (as the page's count of those met reads them) and how
 * suggested dates are worked out, so the sheets show the dates the plan shows.
 */
export function pageSheetOptions(doc: Document): SheetOptions {
  const roleTitles = roleTitlesOf(doc);
  const lines = [...doc.querySelectorAll<HTMLElement>("[data-requirements-for]")];
  return {
    schedule: readScheduleSettings(doc),
    roleTitle: (id: string) => roleTitles.get(id) ?? id,
    requirements: new Map(lines.map((line) => [line.dataset["requirementsFor"] ?? "", line.dataset["requirementsProgress"] ?? ""])),
  };
}

/**
 * The plan's rows, one per action in process order. `records` are the statuses as pages show them
 * (answers applied); target dates are the team's own or else the suggested ones, as the plan shows them.
 */
export function planRows(
  actions: readonly ActionInfo[],
  records: ProgressRecords,
  plan: PlanData,
  address: (rootRelative: string) => string,
  options: SheetOptions = {},
): PlanRow[] {
  const schedule = options.schedule ?? { defaultWeeks: 0, goLiveAction: "" };
  const roleTitle = options.roleTitle ?? ((id: string) => id);
  const requirementsOf = options.requirements ?? new Map<string, string>();
  const suggested = suggestedDates(actions, plan, schedule);
  const targets = targetDates(actions, plan, schedule);
  const late = new Set(lateActions(actions, records, targets, options.today ?? today()));
  // Only notes may run over lines; the rest is one line.
  const text = (value: string) => withoutControls(value);
  return actions.map((action) => {
    const record = records[action.id];
    const fields = plan.actions[action.id];
    const done = record?.status === "done";
    const own = fields?.target?.value ?? "";
    const target = targets.get(action.id) ?? "";
    const ruledOut = record?.status === "not-applicable";
    return {
      number: text(action.number),
      title: text(action.title),
      step: text(action.stepTitle),
      status: STATUS_LABELS[record?.status ?? "todo"],
      owner: text(fields?.owner?.value ?? ""),
      roles: action.roles.map((id) => text(roleTitle(id))).join(", "),
      // The team's answers give a reason; an action the team marked not applicable itself has none.
      appliesToUs: ruledOut ? (record.reason ? `No: ${text(record.reason)}` : "No") : "Yes",
      target,
      targetSuggested: target === "" ? "" : own ? "No" : suggested.has(action.id) ? "Yes" : "No",
      late: late.has(action.id) ? "Yes" : "No",
      doneDate: done && record ? localDay(record.updatedAt) : "",
      doneBy: done ? text(record?.by ?? "") : "",
      notes: withoutControls(fields?.notes?.value ?? "", true),
      requirementsMet: requirementsOf.has(action.id)
        ? metText(requirementsMet(readProgress(requirementsOf.get(action.id) ?? ""), plan))
        : "",
      guidance: address(action.url),
    };
  });
}

/** A row's cells in the order of PLAN_COLUMNS. */
export function rowCells(row: PlanRow): string[] {
  return [
    row.number,
    row.title,
    row.step,
    row.status,
    row.owner,
    row.roles,
    row.appliesToUs,
    row.target,
    row.targetSuggested,
    row.late,
    row.doneDate,
    row.doneBy,
    row.notes,
    row.requirementsMet,
    row.guidance,
  ];
}

/** Quotes a CSV cell (line breaks in it kept), and stops a spreadsheet reading it as a formula. */
function csvCell(value: string): string {
  // Control characters go first, so none can hide a formula's = from the check.
  const text = withoutControls(value, true);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Makes Excel read the file as UTF-8, so accents and dashes survive. */
const BYTE_ORDER_MARK = "\uFEFF";

/**
 * A CSV of the plan (RFC 4180), one row per action, every cell quoted: a CSV reader keeps 3.10 as
 * written (Excel users have the .xlsx, where it is text). Dates are YYYY-MM-DD, which spreadsheets
 * read as dates (a done date as the day the page shows, in this browser's time zone); the guidance
 * link is a full address, so it works from the spreadsheet.
 */
export function planCsv(
  actions: readonly ActionInfo[],
  records: ProgressRecords,
  plan: PlanData,
  address: (rootRelative: string) => string,
  options: SheetOptions = {},
): string {
  const lines = [
    PLAN_COLUMNS.map(csvCell).join(","),
    ...planRows(actions, records, plan, address, options).map((row) => rowCells(row).map(csvCell).join(",")),
  ];
  return `${BYTE_ORDER_MARK}${lines.join("\r\n")}\r\n`;
}
