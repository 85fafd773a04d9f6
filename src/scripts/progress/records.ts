// The status of each action as pages show it, and the checks every saved, imported or shared value
// goes through: ids, real dates, and naming what could not be read.

import type { ActionStatus } from "./status";

/**
 * One action's status as the pages show it: its value, when it last changed and by whom, and, when
 * the team's answers rule the action out, the reason. Derived from the plan (see status-view.ts).
 */
export interface ActionRecord {
  status: ActionStatus;
  updatedAt: string;
  by?: string;
  reason?: string;
  /** The date of the latest change to its guidance that the team marked as read, if any. */
  readChange?: string;
}

/** Statuses by action id. Always made by emptyRecords(), with no prototype, so "constructor" is just an id. */
export type ProgressRecords = Record<string, ActionRecord>;

/** How far ahead of this browser's clock a date may be: another computer's clock may run a little fast. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** No record can be older than NHS login's partner toolkit; an earlier date is a damaged one. */
export const EARLIEST = Date.parse("2020-01-01T00:00:00.000Z");

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** A new, empty map by id that inherits nothing, so an id such as "constructor" is just an id. */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A new, empty set of records that inherits nothing. */
export function emptyRecords(): ProgressRecords {
  return emptyMap<ActionRecord>();
}

/** Copies records into a fresh prototype-free object. */
export function copyRecords(records: ProgressRecords): ProgressRecords {
  return Object.assign(emptyRecords(), records);
}

/** True for a plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True when `id` could be an action id. Anything else, markup included, is refused. */
export function isActionId(id: string): boolean {
  return id.length <= 100 && ID.test(id);
}

/** The time of an ISO date-time, or null when it names no real moment (2026-02-30, 25:00). */
export function parseDateTime(value: string): number | null {
  const parts = ISO_DATE_TIME.exec(value);
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // setUTCFullYear, unlike Date.UTC, takes years 0 to 99 as written rather than as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number((parts[7] ?? "0").padEnd(3, "0")));
  const time = date.getTime();
  // Dates roll 30 February over into March: a real date reads back as written.
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return real ? time : null;
}

/** One entry that could not be used, and why. */
export interface RejectedEntry {
  id: string;
  why: string;
}

/** "1 entry", "3 entries": a count with its noun in the right number. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Names up to three rejected entries and why: ‘"x" (its status "maybe" is unknown)’. */
export function describeRejected(rejected: readonly RejectedEntry[]): string {
  const named = rejected.slice(0, 3).map(({ id, why }) => `“${id.slice(0, 40)}” (${why})`);
  const more = rejected.length > 3 ? `, and ${plural(rejected.length - 3, "other", "others")}` : "";
  return `${named.join(", ")}${more}`;
}
