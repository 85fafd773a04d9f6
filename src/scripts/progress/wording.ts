// Dates and an action's state in the words every page uses: "3 March 2027", "Done by AB on 12 March
// 2026". The formatters are made on first use: making one loads the browser's locale data, which cost
// more than the rest of the page's script at start-up, and most page views show no date at all.
import type { ActionStatus } from "./status";
import type { ProgressRecords } from "./records";

const DATE_PARTS = { day: "numeric", month: "long", year: "numeric" } as const;
let momentFormat: Intl.DateTimeFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;

/** "12 March 2026" for a moment (an ISO date-time or a Date), in this browser's time zone. */
export function formatMoment(at: string | Date): string {
  momentFormat ??= new Intl.DateTimeFormat("en-GB", DATE_PARTS);
  return momentFormat.format(new Date(at));
}

/** "7 December 2026, 10:42" for a moment, in this browser's time zone. */
export function formatTime(at: string | Date): string {
  timeFormat ??= new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${formatMoment(at)}, ${timeFormat.format(new Date(at))}`;
}

/** "3 March 2027" for a calendar day (YYYY-MM-DD), the same in every time zone. */
export function formatDay(day: string): string {
  dayFormat ??= new Intl.DateTimeFormat("en-GB", { ...DATE_PARTS, timeZone: "UTC" });
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/**
 * An action's state in words, in three parts around the name of whoever did it ("Done by ", "AB",
 * " on 12 March 2026"), so a page can isolate the name; `name` and `after` are "" when it names no one.
 */
export function stateParts(
  record: ProgressRecords[string] | undefined,
  notStarted = "To do",
): { before: string; name: string; after: string } {
  const only = (before: string) => ({ before, name: "", after: "" });
  if (record?.status === "done") {
    const on = ` on ${formatMoment(record.updatedAt)}`;
    return record.by ? { before: "Done by ", name: record.by, after: on } : only(`Done${on}`);
  }
  if (record?.status === "not-applicable") return only(record.reason ? `Not applicable: ${record.reason}` : "Not applicable");
  if (record?.status === "in-progress") return only("In progress");
  return only(notStarted);
}

/** An action's state in words as plain text (pages show it with stateNodes, which isolates the name); `notStarted` when it has none. */
export function describeState(record: ProgressRecords[string] | undefined, notStarted = "To do"): string {
  const { before, name, after } = stateParts(record, notStarted);
  return `${before}${name}${after}`;
}

/** Each status as people read it. */
export const STATUS_LABELS: Record<ActionStatus, string> = {
  todo: "Not started",
  "in-progress": "In progress",
  done: "Done",
  "not-applicable": "Not applicable",
};
