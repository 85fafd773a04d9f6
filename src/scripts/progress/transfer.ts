// Export and import of a plan as a JSON file, and a CSV of the plan for spreadsheets.
import type { ActionInfo } from "./actions";
import { emptyPlan, planToJson, readPlan, type ActionStatus, type PlanData } from "./plan-data";
import { describeRejected, isPlainObject, plural, type ProgressRecords } from "./records";

/** Marks an exported file as ours, so any other JSON file is refused. */
export const EXPORT_FORMAT = "nhs-login-guide-progress";

/** Files over this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** "nhs-login-progress-2026-11-24.json" for a date. */
export function exportFileName(now: Date, extension: "json" | "csv" | "ics", what = "progress"): string {
  return `nhs-login-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** The JSON file a team downloads: the whole plan, with when and by whom each field changed. */
export function exportJson(plan: PlanData, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...planToJson(plan) }, null, 2)}\n`;
}

/** The result of reading an import file or a shared link: the plan to merge, and ids this guide does not know. */
export type ImportResult = { ok: true; plan: PlanData; unknownIds: string[] } | { ok: false; why: string };

/**
 * Reads an exported plan (a file's text, or a shared link's content, already parsed). Refuses anything
 * but a plan exported from this guide, and refuses the whole of it when any entry is damaged or dated
 * in the future (a future date would beat every real change for ever), naming the entries.
 */
export function readExport(value: unknown, knownIds: ReadonlySet<string>, now: number = Date.now()): ImportResult {
  if (Array.isArray(value)) return { ok: false, why: "it holds a list, not a progress file exported from this guide" };
  if (!isPlainObject(value) || value["format"] !== EXPORT_FORMAT)
    return { ok: false, why: "it is not a progress file exported from this guide" };
  const read = readPlan(value, now);
  if (!read.ok) return { ok: false, why: read.reason };
  if (read.rejected.length > 0) {
    const count = read.rejected.length;
    return { ok: false, why: `${plural(count, "entry is", "entries are")} not valid: ${describeRejected(read.rejected)}` };
  }
  if (read.newerVersion !== null) return { ok: false, why: `it was made by a newer version of this guide (version ${read.newerVersion})` };
  const plan = emptyPlan();
  plan.dates = read.plan.dates;
  Object.assign(plan.answers, read.plan.answers);
  const unknownIds: string[] = [];
  for (const [id, record] of Object.entries(read.plan.actions)) {
    if (knownIds.has(id)) plan.actions[id] = record;
    else unknownIds.push(id);
  }
  return { ok: true, plan, unknownIds };
}

/** Reads an import file's text; a refusal comes as the message the page shows. */
export function parseImport(
  text: string,
  knownIds: ReadonlySet<string>,
  now: number = Date.now(),
): { ok: true; plan: PlanData; unknownIds: string[] } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const result =
    value === undefined
      ? ({ ok: false, why: "it is not a progress file exported from this guide (it is not valid JSON)" } as const)
      : readExport(value, knownIds, now);
  return result.ok ? result : { ok: false, message: `This file cannot be imported: ${result.why}. Your progress has not changed.` };
}

/** Quotes a CSV cell, and stops a spreadsheet reading it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * An action number as text a spreadsheet keeps as written: Excel and LibreOffice read a bare
 * "3.10" as the number 3.1, but ="3.10" as the text 3.10.
 */
function csvText(value: string): string {
  return `="${value.replace(/"/g, '""')}"`;
}

export const STATUS_LABELS: Record<ActionStatus, string> = {
  todo: "Not started",
  "in-progress": "In progress",
  done: "Done",
  "not-applicable": "Not applicable",
};

/** Makes Excel read the file as UTF-8, so accents and dashes survive. */
const BYTE_ORDER_MARK = "\uFEFF";

/**
 * A CSV of the plan, one row per action. Dates are written YYYY-MM-DD, which spreadsheets read as
 * dates; the guidance link is a full address, so it works from the spreadsheet. `records` are the
 * statuses as pages show them (answers applied); `plan` gives owners, dates and notes.
 */
export function planCsv(
  actions: readonly ActionInfo[],
  records: ProgressRecords,
  plan: PlanData,
  address: (rootRelative: string) => string,
): string {
  const header = ["Number", "Action", "Step", "Status", "Owner", "Target date", "Done date", "Done by", "Notes", "Guidance"]
    .map(csvCell)
    .join(",");
  const rows = actions.map((action) => {
    const record = records[action.id];
    const fields = plan.actions[action.id];
    const status = record ? STATUS_LABELS[record.status] + (record.reason ? ` (${record.reason})` : "") : STATUS_LABELS.todo;
    const done = record?.status === "done";
    return [
      csvText(action.number),
      csvCell(action.title),
      csvCell(action.stepTitle),
      csvCell(status),
      csvCell(fields?.owner?.value ?? ""),
      csvCell(fields?.target?.value ?? ""),
      csvCell(done ? (record?.updatedAt.slice(0, 10) ?? "") : ""),
      csvCell(done ? (record?.by ?? "") : ""),
      csvCell(fields?.notes?.value ?? ""),
      csvCell(address(action.url)),
    ].join(",");
  });
  return `${BYTE_ORDER_MARK}${[header, ...rows].join("\r\n")}\r\n`;
}
