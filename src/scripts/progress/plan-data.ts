// What a team records in its plan (version 2 of the saved shape): for each action its status, owner,
// target date and notes, and for the plan its start and go-live dates and the answers that tailor it.
// Every field carries its own time and author, so two people's changes to different fields of one
// action both survive a merge: the newest change of each field wins.
//
// Reading is field by field: one bad field never costs the rest of its action, or other actions.
import { CLOCK_SKEW_MS, EARLIEST, isActionId, isPlainObject, parseDateTime, type RejectedEntry } from "./records";

/** Where a team is with one action. "todo" (not started) is kept, not deleted, so an un-tick has a date too. */
export type ActionStatus = "done" | "in-progress" | "not-applicable" | "todo";
export const STATUSES: readonly ActionStatus[] = ["todo", "in-progress", "done", "not-applicable"];

/** One field's value, when it was set (ISO 8601, UTC) and by whom (the name this browser gave), if known. */
export interface Field<T extends string = string> {
  value: T;
  at: string;
  by?: string;
}

/** What a team has recorded about one action. Every field is optional: unset is "not recorded yet". */
export interface ActionRecord {
  status?: Field<ActionStatus>;
  owner?: Field;
  target?: Field;
  notes?: Field;
}
export type ActionField = keyof ActionRecord;
export const ACTION_FIELDS: readonly ActionField[] = ["status", "owner", "target", "notes"];

/** Plan-wide dates: when the team starts and when it aims to go live (YYYY-MM-DD, or "" once cleared). */
export interface PlanDates {
  start?: Field;
  goLive?: Field;
}
export type PlanDateField = keyof PlanDates;

/**
 * A team's whole plan. Maps are made without a prototype (emptyPlan), so an id such as
 * "constructor" is just an id. Ids of actions no longer in the guide are kept: they may come back.
 */
export interface PlanData {
  actions: Record<string, ActionRecord>;
  dates: PlanDates;
  answers: Record<string, Field>;
}

/** The version of the stored and exported shape. Bump it, and add a migration, when the shape changes. */
export const CURRENT_VERSION = 2;

/** The longest text each field holds: long enough for real use, short enough that a plan fits in a link. */
export const LIMITS = { owner: 60, notes: 1000, by: 40 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date YYYY-MM-DD between 2020 and 2100. */
export function isPlanDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const time = parseDateTime(`${value}T00:00:00Z`);
  return time !== null && time >= EARLIEST && value < "2100-01-01";
}

function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A new, empty plan. */
export function emptyPlan(): PlanData {
  return { actions: emptyMap<ActionRecord>(), dates: {}, answers: emptyMap<Field>() };
}

/** A deep copy, safe to change. */
export function copyPlan(plan: PlanData): PlanData {
  const copy = emptyPlan();
  for (const [id, record] of Object.entries(plan.actions)) copy.actions[id] = { ...record };
  copy.dates = { ...plan.dates };
  Object.assign(copy.answers, plan.answers);
  return copy;
}

/** Why a field's value is wrong, or null when it is fine. */
function valueProblem(field: ActionField | PlanDateField | "answer", value: unknown): string | null {
  if (typeof value !== "string") return "it is not text";
  switch (field) {
    case "status":
      return (STATUSES as readonly string[]).includes(value) ? null : `its status "${value.slice(0, 20)}" is unknown`;
    case "owner":
    case "notes":
      return value.length > LIMITS[field]
        ? `its ${field === "owner" ? "owner is" : "notes are"} longer than ${LIMITS[field]} characters`
        : null;
    case "target":
    case "start":
    case "goLive":
      return value === "" || isPlanDate(value) ? null : `its date "${value.slice(0, 20)}" is not a real date`;
    case "answer":
      return value === "" || isActionId(value) ? null : "its answer is not a known kind of answer";
  }
}

/** Why a stamp (`at`, `by`) is wrong, or null. `now` bounds dates in the future (Infinity: no bound). */
function stampProblem(value: Record<string, unknown>, now: number): string | null {
  const at = value["at"];
  if (typeof at !== "string") return "it has no date";
  const time = parseDateTime(at);
  if (time === null) return `its date "${at.slice(0, 30)}" is not a real date`;
  if (time < EARLIEST) return `its date ${at.slice(0, 10)} is too early`;
  if (time > now + CLOCK_SKEW_MS) return `its date ${at.slice(0, 10)} is in the future`;
  const by = value["by"];
  if (by !== undefined && (typeof by !== "string" || by.length > LIMITS.by))
    return `its author is not a name of up to ${LIMITS.by} characters`;
  return null;
}

/** Reads one field; the field, or why it cannot be used. Dates ahead of the clock are set to now when `clamp`. */
function readField(
  name: ActionField | PlanDateField | "answer",
  raw: unknown,
  now: number,
  clamp: boolean,
): { field: Field } | { why: string } {
  if (!isPlainObject(raw)) return { why: `its ${name} is not a record` };
  const why = valueProblem(name, raw["value"]) ?? stampProblem(raw, clamp ? Infinity : now);
  if (why) return { why };
  const at = raw["at"] as string;
  const ahead = (parseDateTime(at) ?? 0) > now + CLOCK_SKEW_MS;
  const field: Field = { value: raw["value"] as string, at: ahead ? new Date(now).toISOString() : at };
  if (typeof raw["by"] === "string" && raw["by"] !== "") field.by = raw["by"];
  return { field };
}

/** The result of reading saved, imported or shared plan data: the good fields, and the ones left out. */
export type PlanReadResult =
  { ok: true; plan: PlanData; rejected: RejectedEntry[]; newerVersion: number | null; fromVersion: number } | { ok: false; reason: string };

/** Version 1 kept one status and date per action: each becomes a status field, with its date. */
function fromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  const actions = isPlainObject(old["actions"]) ? old["actions"] : {};
  const upgraded = emptyMap<unknown>();
  for (const [id, record] of Object.entries(actions)) {
    upgraded[id] = isPlainObject(record) ? { status: { value: record["status"], at: record["updatedAt"] } } : record;
  }
  return { ...old, version: 2, actions: upgraded, dates: {}, answers: {} };
}

/** Upgrades data saved by an older version, keyed by the version it upgrades from. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = { 1: fromVersion1 };

/**
 * Reads a versioned value field by field, migrating older versions. Data from a newer version is
 * read as far as its fields have the shape this version knows. `clampFuture` (for what this browser
 * saved itself) keeps a field dated ahead of the clock, dated now: a clock set wrong must not cost a change.
 */
export function readPlan(value: unknown, now: number = Date.now(), { clampFuture = false } = {}): PlanReadResult {
  if (!isPlainObject(value)) return { ok: false, reason: "it is not a progress record" };
  let data = value;
  let version = data["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, reason: "it has no version number" };
  const fromVersion = version;
  const newerVersion = version > CURRENT_VERSION ? version : null;
  while (version < CURRENT_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: `it uses version ${version}, which this guide cannot read` };
    data = migrate(data);
    version += 1;
  }
  const actions = data["actions"];
  if (!isPlainObject(actions)) return { ok: false, reason: "it has no list of actions" };
  const plan = emptyPlan();
  const rejected: RejectedEntry[] = [];
  for (const [id, record] of Object.entries(actions)) {
    if (!isActionId(id)) rejected.push({ id, why: "it is not an action id" });
    else if (!isPlainObject(record)) rejected.push({ id, why: "it is not a record" });
    else {
      const kept: ActionRecord = {};
      for (const name of ACTION_FIELDS) {
        if (record[name] === undefined) continue;
        const read = readField(name, record[name], now, clampFuture);
        if ("why" in read) rejected.push({ id, why: read.why });
        else (kept as Record<string, Field>)[name] = read.field;
      }
      if (Object.keys(kept).length > 0) plan.actions[id] = kept;
    }
  }
  const dates = isPlainObject(data["dates"]) ? data["dates"] : {};
  for (const name of ["start", "goLive"] as const) {
    if (dates[name] === undefined) continue;
    const read = readField(name, dates[name], now, clampFuture);
    if ("why" in read) rejected.push({ id: name === "start" ? "start date" : "go-live date", why: read.why });
    else plan.dates[name] = read.field;
  }
  const answers = isPlainObject(data["answers"]) ? data["answers"] : {};
  for (const [questionId, raw] of Object.entries(answers)) {
    const read = isActionId(questionId) ? readField("answer", raw, now, clampFuture) : { why: "it is not a question id" };
    if ("why" in read) rejected.push({ id: questionId, why: read.why });
    else plan.answers[questionId] = read.field;
  }
  return { ok: true, plan, rejected, newerVersion, fromVersion };
}

/** A field with its keys in one order, so equal fields always give equal text. */
function canonicalField<T extends string>(field: Field<T>): Field<T> {
  return field.by ? { value: field.value, at: field.at, by: field.by } : { value: field.value, at: field.at };
}

/**
 * The shape saved and exported, in one canonical order (ids sorted, fields and their keys in a fixed
 * order), so equal plans always give equal text: a tab compares this text with what is stored to
 * decide whether it holds anything newer, and two tabs must never disagree about equal plans.
 */
export function planToJson(plan: PlanData): {
  version: number;
  actions: Record<string, ActionRecord>;
  dates: PlanDates;
  answers: Record<string, Field>;
} {
  const actions: Record<string, ActionRecord> = {};
  for (const id of Object.keys(plan.actions).sort()) {
    const record = plan.actions[id] as ActionRecord;
    const canonical: Record<string, Field> = {};
    for (const name of ACTION_FIELDS) {
      const field = record[name];
      if (field) canonical[name] = canonicalField(field);
    }
    actions[id] = canonical;
  }
  const dates: Record<string, Field> = {};
  for (const name of ["start", "goLive"] as const) {
    const field = plan.dates[name];
    if (field) dates[name] = canonicalField(field);
  }
  const answers: Record<string, Field> = {};
  for (const id of Object.keys(plan.answers).sort()) answers[id] = canonicalField(plan.answers[id] as Field);
  return { version: CURRENT_VERSION, actions, dates, answers };
}

const STATUS_RANK: Record<string, number> = { todo: 0, "in-progress": 1, "not-applicable": 2, done: 3 };

/**
 * True when field `a` should win over `b`: the later change, and on a tie the same choice in every
 * tab (so two tabs merging the same data always agree).
 */
export function isNewerField(a: Field, b: Field): boolean {
  const difference = Date.parse(a.at) - Date.parse(b.at);
  if (difference !== 0) return difference > 0;
  const rank = (STATUS_RANK[a.value] ?? -1) - (STATUS_RANK[b.value] ?? -1);
  if (rank !== 0) return rank > 0;
  return `${a.value}\u0000${a.by ?? ""}` > `${b.value}\u0000${b.by ?? ""}`;
}

/** What a merge changed: how many actions, and whether the plan's dates or answers changed. */
export interface MergeCount {
  actions: number;
  fields: number;
  settings: number;
}

/**
 * Merges `incoming` into `current` field by field, the newest change of each winning, so a merge
 * never loses a newer change on either side. Serves another tab, an import file and a shared link.
 */
export function mergePlans(current: PlanData, incoming: PlanData): { plan: PlanData; count: MergeCount } {
  const plan = copyPlan(current);
  const count: MergeCount = { actions: 0, fields: 0, settings: 0 };
  const wins = (field: Field | undefined, existing: Field | undefined) =>
    field !== undefined &&
    (!existing ||
      (isNewerField(field, existing) && (field.value !== existing.value || field.at !== existing.at || field.by !== existing.by)));
  for (const [id, record] of Object.entries(incoming.actions)) {
    const mine: ActionRecord = { ...plan.actions[id] };
    let changed = false;
    for (const name of ACTION_FIELDS) {
      if (!wins(record[name], mine[name])) continue;
      if (mine[name]?.value !== record[name]?.value) {
        changed = true;
        count.fields += 1;
      }
      (mine as Record<string, Field>)[name] = record[name] as Field;
    }
    if (changed) count.actions += 1;
    if (Object.keys(mine).length > 0) plan.actions[id] = mine;
  }
  for (const name of ["start", "goLive"] as const) {
    const field = incoming.dates[name];
    if (!wins(field, plan.dates[name])) continue;
    if (plan.dates[name]?.value !== field?.value) count.settings += 1;
    plan.dates[name] = field as Field;
  }
  for (const [questionId, field] of Object.entries(incoming.answers)) {
    if (!wins(field, plan.answers[questionId])) continue;
    if (plan.answers[questionId]?.value !== field.value) count.settings += 1;
    plan.answers[questionId] = field;
  }
  return { plan, count };
}

/** The latest time anything in an action's record changed, or 0. */
export function latestChange(record: ActionRecord | undefined): number {
  if (!record) return 0;
  return Math.max(0, ...ACTION_FIELDS.map((name) => Date.parse(record[name]?.at ?? "") || 0));
}
