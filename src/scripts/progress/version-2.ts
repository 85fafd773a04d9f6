// Version 2 of the saved shape (one value per field) and version 1 before it: read field by field, so
// one bad field never costs the rest, and upgraded to the current shape (plan-state.ts), so plans saved
// or exported by older versions of the guide still open.
import { stampProblem, valueProblem } from "./field-checks";
import {
  ACTION_FIELDS,
  emptyPlan,
  type ActionField,
  type ActionRecord,
  type Field,
  type PlanData,
  type PlanDateField,
  type PlanDates,
} from "./plan-data";
import { DATE_FIELDS, emptyState, type PlanState } from "./state-shape";
import { emptyMap, isActionId, isPlainObject, parseDateTime, type RejectedEntry } from "./records";
import { joinSeen, type Entry, type Register } from "./register";

/** The last version of the saved shape that held one value per field (plan-read.ts reads it through readPlan and stateFromVersion2). */
export const CURRENT_VERSION = 2;

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

/** The earliest moment a date-time can name (year 0000): version-2 counts start just after it, so every count is positive. */
const EARLIEST_TIME = -62_167_219_200_000;

/** The writer that version-2 values are upgraded under, counted by their time, so the newest still wins among them. */
export const VERSION_2_WRITER = "v2";

/**
 * A version-2 field becomes a register holding its one value. Its dot counts the value's time in
 * milliseconds under one shared writer, so two browsers upgrading the same value agree, and of two
 * version-2 values for one field the later replaces the earlier, as version 2 did.
 */
function registerFromVersion2(field: { value: string; at: string; by?: string }): Register {
  const count = (parseDateTime(field.at) ?? 0) - EARLIEST_TIME + 1;
  const entry: Entry = { value: field.value, at: field.at, ...(field.by ? { by: field.by } : {}), dot: [VERSION_2_WRITER, count] };
  return { entries: [entry], seen: joinSeen({}, { [VERSION_2_WRITER]: count }) };
}

/** Upgrades a version-2 plan (already read and checked) to the current shape. */
export function stateFromVersion2(plan: PlanData): PlanState {
  const state = emptyState();
  for (const [id, record] of Object.entries(plan.actions)) {
    const registers: PlanState["actions"][string] = {};
    for (const name of ACTION_FIELDS) {
      const field = record[name];
      if (field) registers[name] = registerFromVersion2(field);
    }
    state.actions[id] = registers;
  }
  for (const name of DATE_FIELDS) {
    const field = plan.dates[name];
    if (field) state.dates[name] = registerFromVersion2(field);
  }
  for (const [id, field] of Object.entries(plan.answers)) state.answers[id] = registerFromVersion2(field);
  return state;
}
