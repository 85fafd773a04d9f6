// Export and import of progress as a JSON file, and a CSV of the checklist for spreadsheets.
import type { ActionInfo } from "./actions";
import { CURRENT_VERSION, describeRejected, emptyRecords, isPlainObject, plural, readVersioned, type ProgressRecords } from "./records";

/** Marks an exported file as ours, so any other JSON file is refused. */
export const EXPORT_FORMAT = "nhs-login-guide-progress";

/** Files over this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** "nhs-login-progress-2026-11-24.json" for a date. */
export function exportFileName(now: Date, extension: "json" | "csv"): string {
  return `nhs-login-progress-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** The JSON file a team downloads: every record, with when it changed. */
export function exportJson(records: ProgressRecords, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, exportedAt: now.toISOString(), actions: records }, null, 2)}\n`;
}

/** The result of reading an import file: records to merge, and ids this guide does not know. */
export type ImportResult = { ok: true; records: ProgressRecords; unknownIds: string[] } | { ok: false; message: string };

/**
 * Reads an import file's text. Refuses anything but a progress file exported from this guide, and
 * refuses the whole file when any entry is damaged or dated in the future (a future date would
 * beat every real change for ever), naming the entries.
 */
export function parseImport(text: string, knownIds: ReadonlySet<string>, now: number = Date.now()): ImportResult {
  const refuse = (why: string): ImportResult => ({
    ok: false,
    message: `This file cannot be imported: ${why}. Your progress has not changed.`,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse("it is not a progress file exported from this guide (it is not valid JSON)");
  }
  if (Array.isArray(value)) return refuse("it holds a list, not a progress file exported from this guide");
  if (!isPlainObject(value) || value["format"] !== EXPORT_FORMAT) return refuse("it is not a progress file exported from this guide");
  const read = readVersioned(value, now);
  if (!read.ok) return refuse(read.reason);
  if (read.rejected.length > 0) {
    const count = read.rejected.length;
    return refuse(`${plural(count, "entry is", "entries are")} not valid: ${describeRejected(read.rejected)}`);
  }
  const records = emptyRecords();
  const unknownIds: string[] = [];
  for (const [id, record] of Object.entries(read.records)) {
    if (knownIds.has(id)) records[id] = record;
    else unknownIds.push(id);
  }
  return { ok: true, records, unknownIds };
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

const STATUS_LABELS = { done: "Completed", "not-applicable": "Not applicable", todo: "Not started" } as const;

/** Makes Excel read the file as UTF-8, so accents and dashes survive. */
const BYTE_ORDER_MARK = "\uFEFF";

/** A CSV of every action: step, number, action, status and the date it was completed. */
export function checklistCsv(actions: readonly ActionInfo[], records: ProgressRecords): string {
  const header = ["Step", "Number", "Action", "Status", "Date completed"].map(csvCell).join(",");
  const rows = actions.map((action) => {
    const record = records[action.id];
    const status = record ? STATUS_LABELS[record.status] : STATUS_LABELS.todo;
    const completed = record?.status === "done" ? record.updatedAt.slice(0, 10) : "";
    return [csvCell(action.stepTitle), csvText(action.number), csvCell(action.title), csvCell(status), csvCell(completed)].join(",");
  });
  return `${BYTE_ORDER_MARK}${[header, ...rows].join("\r\n")}\r\n`;
}
