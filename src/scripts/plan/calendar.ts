// The plan's target dates as a calendar file (iCalendar, RFC 5545): one all-day event per action
// with a target date. Each event's UID is fixed by the action, so importing a newer file updates
// the events rather than adding copies.
import type { ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";
import { addDays } from "./working-days";
import { withoutControls } from "../progress/export-format";
import { STATUS_LABELS } from "../progress/wording";

/**
 * Escapes text for an iCalendar TEXT value (RFC 5545 section 3.3.11), then drops the control characters
 * left (a TEXT value allows none but tab, which goes too) and the Unicode line and paragraph
 * separators, which some readers break lines at: owners and notes are typed by anyone, and must not
 * break the file's lines or hide in them.
 */
function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
  return withoutControls(escaped);
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 section 3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "20261125T093000Z" */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * The calendar: an all-day event on each action's target date, titled with its number and title,
 * describing its status, owner and notes, with its guidance link. `uidDomain` makes UIDs unique to
 * this guide's address (they stay the same for an action, whoever exports).
 */
export function planCalendar(
  actions: readonly ActionInfo[],
  records: ProgressRecords,
  plan: PlanData,
  targets: ReadonlyMap<string, string>,
  address: (rootRelative: string) => string,
  uidDomain: string,
  now: Date,
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//NHS login integration guide//Team plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const action of actions) {
    const target = targets.get(action.id);
    if (!target) continue;
    const fields = plan.actions[action.id];
    const record = records[action.id];
    const status = record ? STATUS_LABELS[record.status] : STATUS_LABELS.todo;
    const description = [
      `Status: ${status}`,
      fields?.owner?.value ? `Owner: ${fields.owner.value}` : "",
      fields?.notes?.value ? `Notes: ${fields.notes.value}` : "",
      `Guidance: ${address(action.url)}`,
    ].filter(Boolean);
    const day = target.replace(/-/g, "");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${action.id}@${uidDomain}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${addDays(target, 1).replace(/-/g, "")}`,
      `SUMMARY:${escapeText(`${action.number} ${action.title}`)}`,
      `DESCRIPTION:${escapeText(description.join("\n"))}`,
      `URL:${address(action.url)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
