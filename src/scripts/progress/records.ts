// What a team has recorded about each action, and how that record is read back safely.

/** Where a team is with one action. "todo" is kept (not deleted) so an un-tick has a date too. */
export type ActionStatus = "done" | "not-applicable" | "todo";

/** One action's status and when it last changed (ISO 8601, UTC). */
export interface ActionRecord {
  status: ActionStatus;
  updatedAt: string;
}

/** Records by action id. Ids of actions no longer in the guide are kept: they may come back. */
export type ProgressRecords = Record<string, ActionRecord>;

/** The version of the stored and exported shape. Bump it, and add a migration, when the shape changes. */
export const CURRENT_VERSION = 1;

/** Upgrades data saved by an older version, keyed by the version it upgrades from. None exist yet. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const STATUSES: readonly string[] = ["done", "not-applicable", "todo"];

/** True for a plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True when `id` could be an action id. Anything else, markup included, is refused. */
export function isActionId(id: string): boolean {
  return id.length <= 100 && ID.test(id);
}

function isRecord(value: unknown): value is ActionRecord {
  return (
    isPlainObject(value) &&
    typeof value["status"] === "string" &&
    STATUSES.includes(value["status"]) &&
    typeof value["updatedAt"] === "string" &&
    ISO_DATE_TIME.test(value["updatedAt"]) &&
    !Number.isNaN(Date.parse(value["updatedAt"]))
  );
}

/** Checks a value is a map of action id → record; returns the ids or keys that are not. */
export function invalidEntries(actions: unknown): string[] | null {
  if (!isPlainObject(actions)) return null;
  return Object.entries(actions)
    .filter(([id, record]) => !isActionId(id) || !isRecord(record))
    .map(([id]) => id);
}

/** The result of reading saved or imported progress. */
export type ReadResult = { ok: true; records: ProgressRecords } | { ok: false; reason: string };

/** Reads a versioned `{ version, actions }` value, migrating older versions. */
export function readVersioned(value: unknown): ReadResult {
  if (!isPlainObject(value)) return { ok: false, reason: "it is not a progress record" };
  let data = value;
  let version = data["version"];
  if (typeof version !== "number" || !Number.isInteger(version)) return { ok: false, reason: "it has no version number" };
  if (version > CURRENT_VERSION) return { ok: false, reason: `it was saved by a newer version of this guide (version ${version})` };
  while (version < CURRENT_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: `it uses version ${version}, which this guide cannot read` };
    data = migrate(data);
    version += 1;
  }
  const invalid = invalidEntries(data["actions"]);
  if (invalid === null) return { ok: false, reason: "it has no list of actions" };
  if (invalid.length > 0) return { ok: false, reason: `${invalid.length} of its entries are not valid action records` };
  return { ok: true, records: { ...(data["actions"] as ProgressRecords) } };
}

/** Parses the string saved in storage. Never throws. */
export function parseStoredProgress(raw: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  return readVersioned(value);
}

/** The string to save in storage. */
export function serialiseProgress(records: ProgressRecords): string {
  return JSON.stringify({ version: CURRENT_VERSION, actions: records });
}

/**
 * Merges `incoming` into `current`, keeping whichever record of an action changed last,
 * so importing never loses a newer change made in this browser.
 */
export function mergeRecords(current: ProgressRecords, incoming: ProgressRecords): { records: ProgressRecords; changed: number } {
  const records = { ...current };
  let changed = 0;
  for (const [id, record] of Object.entries(incoming)) {
    const existing = records[id];
    if (!existing || Date.parse(record.updatedAt) > Date.parse(existing.updatedAt)) {
      if (existing?.status !== record.status) changed += 1;
      records[id] = record;
    }
  }
  return { records, changed };
}
