// What a team has recorded about each action, and how that record is read back safely: entry by
// entry, so one bad entry never costs the good ones.

/** Where a team is with one action. "todo" is kept (not deleted) so an un-tick has a date too. */
export type ActionStatus = "done" | "not-applicable" | "todo";

/** One action's status and when it last changed (ISO 8601, UTC). */
export interface ActionRecord {
  status: ActionStatus;
  updatedAt: string;
}

/**
 * Records by action id. Ids of actions no longer in the guide are kept: they may come back.
 * Always made by emptyRecords(), with no prototype, so an id such as "constructor" is just an id.
 */
export type ProgressRecords = Record<string, ActionRecord>;

/** The version of the stored and exported shape. Bump it, and add a migration, when the shape changes. */
export const CURRENT_VERSION = 1;

/** Upgrades data saved by an older version, keyed by the version it upgrades from. None exist yet. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** How far ahead of this browser's clock a date may be: another computer's clock may run a little fast. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** No record can be older than NHS login's partner toolkit; an earlier date is a damaged one. */
const EARLIEST = Date.parse("2020-01-01T00:00:00.000Z");

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;
const STATUSES: readonly string[] = ["done", "not-applicable", "todo"];

/** A new, empty set of records that inherits nothing. */
export function emptyRecords(): ProgressRecords {
  return Object.create(null) as ProgressRecords;
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

/** Why one entry cannot be used, or null when it can. `now` bounds dates in the future. */
export function entryProblem(id: string, value: unknown, now: number): string | null {
  if (!isActionId(id)) return "it is not an action id";
  if (!isPlainObject(value)) return "it is not a record";
  const status = value["status"];
  if (typeof status !== "string" || !STATUSES.includes(status))
    return typeof status === "string" ? `its status "${status.slice(0, 20)}" is unknown` : "it has no status";
  const updatedAt = value["updatedAt"];
  if (typeof updatedAt !== "string") return "it has no date";
  const time = parseDateTime(updatedAt);
  if (time === null) return `its date "${updatedAt.slice(0, 30)}" is not a real date`;
  if (time < EARLIEST) return `its date ${updatedAt.slice(0, 10)} is too early`;
  if (time > now + CLOCK_SKEW_MS) return `its date ${updatedAt.slice(0, 10)} is in the future`;
  return null;
}

/** One entry that could not be used, and why. */
export interface RejectedEntry {
  id: string;
  why: string;
}

/** The result of reading saved or imported progress: the good entries, and the ones left out. */
export type ReadResult =
  { ok: true; records: ProgressRecords; rejected: RejectedEntry[]; newerVersion: number | null } | { ok: false; reason: string };

/**
 * Reads a versioned `{ version, actions }` value entry by entry, migrating older versions. Data from
 * a newer version is read as far as its entries have the shape this version knows.
 * `clampFuture` (for what this browser saved itself) keeps an entry dated ahead of the clock, dated
 * now, rather than leaving it out: a clock set wrong for a while must not cost a tick.
 */
export function readVersioned(value: unknown, now: number = Date.now(), { clampFuture = false } = {}): ReadResult {
  if (!isPlainObject(value)) return { ok: false, reason: "it is not a progress record" };
  let data = value;
  let version = data["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, reason: "it has no version number" };
  const newerVersion = version > CURRENT_VERSION ? version : null;
  while (version < CURRENT_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: `it uses version ${version}, which this guide cannot read` };
    data = migrate(data);
    version += 1;
  }
  const actions = data["actions"];
  if (!isPlainObject(actions)) return { ok: false, reason: "it has no list of actions" };
  const records = emptyRecords();
  const rejected: RejectedEntry[] = [];
  for (const [id, record] of Object.entries(actions)) {
    const why = entryProblem(id, record, clampFuture ? Infinity : now);
    if (why) {
      rejected.push({ id, why });
      continue;
    }
    const { status, updatedAt } = record as ActionRecord;
    const ahead = (parseDateTime(updatedAt) ?? 0) > now + CLOCK_SKEW_MS;
    records[id] = { status, updatedAt: ahead ? new Date(now).toISOString() : updatedAt };
  }
  return { ok: true, records, rejected, newerVersion };
}

/** Parses the string saved in storage. Never throws. */
export function parseStoredProgress(raw: string, now: number = Date.now()): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  return readVersioned(value, now, { clampFuture: true });
}

/** The string to save in storage: ids in order, so equal records always give equal text. */
export function serialiseProgress(records: ProgressRecords): string {
  const sorted = Object.fromEntries(
    Object.keys(records)
      .sort()
      .map((id) => [id, records[id]]),
  );
  return JSON.stringify({ version: CURRENT_VERSION, actions: sorted });
}

const STATUS_ORDER: Record<ActionStatus, number> = { todo: 0, "not-applicable": 1, done: 2 };

/**
 * True when `a` should win over `b`: the later change, and on a tie the same choice in every tab
 * (so two tabs merging the same records always agree).
 */
export function isNewer(a: ActionRecord, b: ActionRecord): boolean {
  const difference = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  return difference !== 0 ? difference > 0 : STATUS_ORDER[a.status] > STATUS_ORDER[b.status];
}

/**
 * Merges `incoming` into `current`, keeping whichever record of an action changed last, so a
 * merge never loses a newer change. `changed` counts actions whose status changed.
 */
export function mergeRecords(current: ProgressRecords, incoming: ProgressRecords): { records: ProgressRecords; changed: number } {
  const records = copyRecords(current);
  let changed = 0;
  for (const [id, record] of Object.entries(incoming)) {
    // `records` has no prototype, so a missing id reads as undefined, whatever its name.
    const existing = records[id];
    if (!existing || isNewer(record, existing)) {
      if (existing?.status !== record.status) changed += 1;
      records[id] = record;
    }
  }
  return { records, changed };
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
