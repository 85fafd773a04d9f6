// A team's plan as pages show it: for each action its status, owner, target date and notes, and for the
// plan its start and go-live dates and the answers that tailor it, one value per field with its time
// and author. (What is saved keeps more: every value nobody has chosen between; see plan-state.ts.)
//
// This is also version 2 of the saved shape, which readPlan still reads so that saved and exported
// version-2 plans are upgraded. Reading is field by field: one bad field never costs the rest.
import { EARLIEST, isActionId, isPlainObject, parseDateTime, type RejectedEntry } from "./records";
import { LIMITS } from "./limits";
import { STATUSES, type ActionStatus } from "./status";

/** One field's value, when it was set (ISO 8601, UTC) and by whom (the name this browser gave), if known. */
export interface Field<T extends string = string> {
  value: T;
  at: string;
  by?: string;
}

/** An action's owner as shown: for a member of the team, their current name, with their id in `member`. */
export interface OwnerField extends Field {
  member?: string;
}

/** What a team has recorded about one action. Every field is optional: unset is "not recorded yet". */
export interface ActionRecord {
  status?: Field<ActionStatus>;
  owner?: OwnerField;
  target?: Field;
  notes?: Field;
  /** The date (YYYY-MM-DD) of the latest change to the action's guidance that the team marked as read. */
  read?: Field;
}
export type ActionField = keyof ActionRecord;
export const ACTION_FIELDS: readonly ActionField[] = ["status", "owner", "target", "notes", "read"];

/** One member of the team: a name or initials, and optionally a role id from roles.yaml. */
export interface Member {
  name: string;
  role: string;
  at: string;
  by?: string;
}

/** An owner who is a member of the team is saved as "member:<id>", so renaming them keeps their actions. */
export const MEMBER_PREFIX = "member:";

/** Plan-wide text: the team's own name for its service. */
export interface PlanSettings {
  serviceName?: Field;
}
export type PlanSettingField = keyof PlanSettings;

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
  /** The team, by member id (a removed member is left out). */
  members: Record<string, Member>;
  settings: PlanSettings;
  /** The technical requirements the team has ticked as met, by requirement id: "met", or "" once unticked. */
  requirements: Record<string, Field>;
}

/** The value of a ticked technical requirement; "" is one unticked. */
export const REQUIREMENT_MET = "met";

/** The last version of the saved shape that held one value per field (plan-state.ts reads it and upgrades it). */
export const CURRENT_VERSION = 2;

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
  return {
    actions: emptyMap<ActionRecord>(),
    dates: {},
    answers: emptyMap<Field>(),
    members: emptyMap<Member>(),
    settings: {},
    requirements: emptyMap<Field>(),
  };
}

/** A deep copy, safe to change. */
export function copyPlan(plan: PlanData): PlanData {
  const copy = emptyPlan();
  for (const [id, record] of Object.entries(plan.actions)) copy.actions[id] = { ...record };
  copy.dates = { ...plan.dates };
  Object.assign(copy.answers, plan.answers);
  Object.assign(copy.members, plan.members);
  copy.settings = { ...plan.settings };
  Object.assign(copy.requirements, plan.requirements);
  return copy;
}

/**
 * A member as saved: JSON {"name","role"}, the name 1 to 40 characters, the role a role id or "".
 * Null when it is not one ("" is a removed member).
 */
export function readMember(value: string): { name: string; role: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const { name, role } = parsed as Record<string, unknown>;
  if (typeof name !== "string" || name.trim() === "" || name.length > LIMITS.by) return null;
  if (typeof role !== "string" || (role !== "" && !isActionId(role))) return null;
  return { name, role };
}

/** A member's saved value, with its keys in one order. */
export function memberValue(name: string, role: string): string {
  return JSON.stringify({ name: name.trim().slice(0, LIMITS.by), role });
}

/** Why a field's value is wrong, or null when it is fine. */
export function valueProblem(
  field: ActionField | PlanDateField | PlanSettingField | "answer" | "member" | "requirement",
  value: unknown,
): string | null {
  if (typeof value !== "string") return "it is not text";
  switch (field) {
    case "read":
      return value === "" || isPlanDate(value) ? null : `its read mark "${value.slice(0, 20)}" is not a date`;
    case "serviceName":
      return value.length > LIMITS.serviceName ? `its service name is longer than ${LIMITS.serviceName} characters` : null;
    case "member":
      return value === "" || readMember(value) ? null : "it is not a team member";
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
    case "requirement":
      return value === "" || value === REQUIREMENT_MET ? null : "its tick is unknown";
  }
}

/**
 * Why a stamp (`at`, `by`) is wrong, or null. Any real date is accepted, however far from this
 * computer's clock: a teammate's clock may be wrong, and no change is refused for that.
 */
export function stampProblem(value: Record<string, unknown>): string | null {
  const at = value["at"];
  if (typeof at !== "string") return "it has no date";
  if (parseDateTime(at) === null) return `its date "${at.slice(0, 30)}" is not a real date`;
  const by = value["by"];
  if (by !== undefined && (typeof by !== "string" || by.length > LIMITS.by))
    return `its author is not a name of up to ${LIMITS.by} characters`;
  return null;
}

/** Reads one field; the field, or why it cannot be used. */
function readField(name: ActionField | PlanDateField | "answer", raw: unknown): { field: Field } | { why: string } {
  if (!isPlainObject(raw)) return { why: `its ${name} is not a record` };
  const why = valueProblem(name, raw["value"]) ?? stampProblem(raw);
  if (why) return { why };
  const field: Field = { value: raw["value"] as string, at: raw["at"] as string };
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
 * Reads a version-1 or version-2 value field by field, migrating version 1. Data from a newer
 * version is read as far as its fields have the shape version 2 knows.
 */
export function readPlan(value: unknown): PlanReadResult {
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
        const read = readField(name, record[name]);
        if ("why" in read) rejected.push({ id, why: read.why });
        else (kept as Record<string, Field>)[name] = read.field;
      }
      if (Object.keys(kept).length > 0) plan.actions[id] = kept;
    }
  }
  const dates = isPlainObject(data["dates"]) ? data["dates"] : {};
  for (const name of ["start", "goLive"] as const) {
    if (dates[name] === undefined) continue;
    const read = readField(name, dates[name]);
    if ("why" in read) rejected.push({ id: name === "start" ? "start date" : "go-live date", why: read.why });
    else plan.dates[name] = read.field;
  }
  const answers = isPlainObject(data["answers"]) ? data["answers"] : {};
  for (const [questionId, raw] of Object.entries(answers)) {
    const read = isActionId(questionId) ? readField("answer", raw) : { why: "it is not a question id" };
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

/** The latest time anything in an action's record changed, or 0. */
export function latestChange(record: ActionRecord | undefined): number {
  if (!record) return 0;
  return Math.max(0, ...ACTION_FIELDS.map((name) => Date.parse(record[name]?.at ?? "") || 0));
}
