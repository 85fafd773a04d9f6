// Dates and an action's state in the words every page uses: "3 March 2027", "Done by AB on 12 March
// 2026". The formatters are made on first use: making one loads the browser's locale data, which cost
// more than the rest of the page's script at start-up, and most page views show no date at all.
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

/** An action's state in words, as the checklist, the step pages and the plan show it; `notStarted` when it has none. */
export function describeState(record: ProgressRecords[string] | undefined, notStarted = "To do"): string {
  if (record?.status === "done") return `Done${record.by ? ` by ${record.by}` : ""} on ${formatMoment(record.updatedAt)}`;
  if (record?.status === "not-applicable") return record.reason ? `Not applicable: ${record.reason}` : "Not applicable";
  if (record?.status === "in-progress") return "In progress";
  return notStarted;
}
