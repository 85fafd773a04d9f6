// What a team's plan holds (version 3 of the saved shape): every field of every action, the plan's
// dates and the answers that tailor it, each a register (register.ts) that keeps every value until an
// edit whose author had seen it replaces it. Merging two plans merges each field; nothing is decided
// by a clock. Pages read a view of it (planView): one value per field, and the conflicts beside it.
import type { ActionField, ActionRecord, Field, PlanData, PlanDateField, PlanSettingField } from "./plan-data";
import { ACTION_FIELDS, emptyPlan, MEMBER_PREFIX, readMember } from "./plan-data";
import {
  copyRegister,
  currentEntries,
  emptyRegister,
  inConflict,
  joinRegisters,
  registerToJson,
  writeRegister,
  type Entry,
  type Register,
  type Seen,
  type Write,
} from "./register";

/** An action's fields, each a register. */
export type ActionRegisters = Partial<Record<ActionField, Register>>;

/** A team's whole plan, as saved, exported and shared. Maps have no prototype, so "constructor" is just an id. */
export interface PlanState {
  actions: Record<string, ActionRegisters>;
  dates: Partial<Record<PlanDateField, Register>>;
  answers: Record<string, Register>;
  /** The team: each member a register whose value is {"name","role"} as JSON, or "" once removed. */
  members: Record<string, Register>;
  settings: Partial<Record<PlanSettingField, Register>>;
  /** Each technical requirement's tick, by requirement id: "met", or "" once unticked. */
  requirements: Record<string, Register>;
}

/** The version of the stored and exported shape. Bump it, and add a migration, when the shape changes. */
export const STATE_VERSION = 3;

/** The plan's date fields, in the order they are saved. */
export const DATE_FIELDS: readonly PlanDateField[] = ["start", "goLive"];

/** The plan's text settings, in the order they are saved. */
export const SETTING_FIELDS: readonly PlanSettingField[] = ["serviceName"];

function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A plan with nothing recorded. */
export function emptyState(): PlanState {
  return {
    actions: emptyMap<ActionRegisters>(),
    dates: {},
    answers: emptyMap<Register>(),
    members: emptyMap<Register>(),
    settings: {},
    requirements: emptyMap<Register>(),
  };
}

/** Where a field lives: an action's field, a plan date, the answer to a question, a member, a setting or a requirement's tick. */
export type FieldPath =
  | { kind: "action"; id: string; field: ActionField }
  | { kind: "date"; field: PlanDateField }
  | { kind: "answer"; id: string }
  | { kind: "member"; id: string }
  | { kind: "setting"; field: PlanSettingField }
  // A technical requirement's tick. `field` is always "met", so code that names a field by it has one.
  | { kind: "requirement"; id: string; field: "met" };

/** The register at `path`, or undefined when nothing was ever written there. */
export function registerAt(state: PlanState, path: FieldPath): Register | undefined {
  if (path.kind === "action") return state.actions[path.id]?.[path.field];
  if (path.kind === "date") return state.dates[path.field];
  if (path.kind === "member") return state.members[path.id];
  if (path.kind === "setting") return state.settings[path.field];
  if (path.kind === "requirement") return state.requirements[path.id];
  return state.answers[path.id];
}

/** Puts `register` at `path` in `state`, which the caller owns (a copy made for the purpose). */
function setRegister(state: PlanState, path: FieldPath, register: Register): void {
  if (path.kind === "action") state.actions[path.id] = { ...state.actions[path.id], [path.field]: register };
  else if (path.kind === "date") state.dates[path.field] = register;
  else if (path.kind === "member") state.members[path.id] = register;
  else if (path.kind === "setting") state.settings[path.field] = register;
  else if (path.kind === "requirement") state.requirements[path.id] = register;
  else state.answers[path.id] = register;
}

/** Writes one field (see writeRegister): what the writer had seen is replaced, anything else stays beside it. */
export function writeField(state: PlanState, path: FieldPath, write: Write, basis?: Seen): PlanState {
  const register = registerAt(state, path) ?? emptyRegister();
  const next = copyState(state);
  setRegister(next, path, writeRegister(register, write, basis ?? register.seen));
  return next;
}

/** Every field of a plan with its path, in one order. */
export function* allFields(state: PlanState): Generator<[FieldPath, Register]> {
  for (const id of Object.keys(state.actions).sort()) {
    const record = state.actions[id] as ActionRegisters;
    for (const field of ACTION_FIELDS) {
      const register = record[field];
      if (register) yield [{ kind: "action", id, field }, register];
    }
  }
  for (const field of DATE_FIELDS) {
    const register = state.dates[field];
    if (register) yield [{ kind: "date", field }, register];
  }
  for (const id of Object.keys(state.answers).sort()) yield [{ kind: "answer", id }, state.answers[id] as Register];
  for (const id of Object.keys(state.members).sort()) yield [{ kind: "member", id }, state.members[id] as Register];
  for (const field of SETTING_FIELDS) {
    const register = state.settings[field];
    if (register) yield [{ kind: "setting", field }, register];
  }
  for (const id of Object.keys(state.requirements).sort())
    yield [{ kind: "requirement", id, field: "met" }, state.requirements[id] as Register];
}

/** Merges two plans field by field. Commutative, associative and idempotent (see joinRegisters). */
export function joinPlans(a: PlanState, b: PlanState): PlanState {
  const joined = copyState(a);
  for (const [path, register] of allFields(b)) {
    const mine = registerAt(joined, path);
    setRegister(joined, path, mine ? joinRegisters(mine, register) : copyRegister(register));
  }
  return joined;
}

/** A deep copy, safe to change. */
export function copyState(state: PlanState): PlanState {
  const copy = emptyState();
  for (const [path, register] of allFields(state)) setRegister(copy, path, copyRegister(register));
  return copy;
}

/** The one value a page shows for a field: the only one, or in a conflict the newest by its writer's clock. */
export function shownField(register: Register | undefined): Field | undefined {
  const entry = register ? currentEntries(register)[0] : undefined;
  if (!entry) return undefined;
  return entry.by ? { value: entry.value, at: entry.at, by: entry.by } : { value: entry.value, at: entry.at };
}

/** The plan as pages show it: one value per field (conflicts are listed by conflictsIn). */
export function planView(state: PlanState): PlanData {
  const view = emptyPlan();
  for (const [path, register] of allFields(state)) {
    const field = shownField(register);
    if (!field) continue;
    if (path.kind === "action") {
      const record: ActionRecord = view.actions[path.id] ?? {};
      // Of two read marks, the later change read is the one that counts: both people read up to it.
      (record as Record<string, Field>)[path.field] = path.field === "read" ? latestRead(register) : field;
      view.actions[path.id] = record;
    } else if (path.kind === "date") view.dates[path.field] = field;
    else if (path.kind === "setting") view.settings[path.field] = field;
    else if (path.kind === "requirement") view.requirements[path.id] = field;
    else if (path.kind === "member") {
      const member = readMember(field.value);
      if (member) view.members[path.id] = { ...member, at: field.at, ...(field.by ? { by: field.by } : {}) };
    } else view.answers[path.id] = field;
  }
  // An owner who is a member of the team shows by the member's name, whatever it is now.
  for (const record of Object.values(view.actions)) {
    const owner = record.owner;
    if (!owner?.value.startsWith(MEMBER_PREFIX)) continue;
    const id = owner.value.slice(MEMBER_PREFIX.length);
    const member = view.members[id];
    record.owner = { ...owner, value: member ? member.name : "(removed member)", member: id };
  }
  return view;
}

/** The read mark for the latest change among a register's values. */
function latestRead(register: Register): Field {
  const entry = [...register.entries].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0))[0];
  return entry ? { value: entry.value, at: entry.at, ...(entry.by ? { by: entry.by } : {}) } : { value: "", at: "" };
}

/** A field holding values nobody has chosen between, and those values (newest by their writers' clocks first). */
export interface Conflict {
  path: FieldPath;
  entries: Entry[];
}

/** Every field in conflict. Read marks never are: the later one counts, as both people read up to it. */
export function conflictsIn(state: PlanState): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [path, register] of allFields(state)) {
    if (path.kind === "action" && path.field === "read") continue;
    if (inConflict(register)) conflicts.push({ path, entries: currentEntries(register) });
  }
  return conflicts;
}

/** A text that names a field's place, for counting and comparing ("action check-eligibility notes"). */
export function pathKey(path: FieldPath): string {
  if (path.kind === "action") return `action ${path.id} ${path.field}`;
  if (path.kind === "member") return `member ${path.id}`;
  if (path.kind === "answer") return `answer ${path.id}`;
  if (path.kind === "requirement") return `requirement ${path.id}`;
  return `${path.kind} ${path.field}`;
}

/** The shape saved and exported, in one canonical order, so equal plans always give equal text. */
export function stateToJson(state: PlanState): {
  version: number;
  actions: Record<string, ActionRegisters>;
  dates: Partial<Record<PlanDateField, Register>>;
  answers: Record<string, Register>;
  members?: Record<string, Register>;
  settings?: Partial<Record<PlanSettingField, Register>>;
  requirements?: Record<string, Register>;
} {
  const actions: Record<string, ActionRegisters> = {};
  const dates: Partial<Record<PlanDateField, Register>> = {};
  const answers: Record<string, Register> = {};
  const members: Record<string, Register> = {};
  const settings: Partial<Record<PlanSettingField, Register>> = {};
  const requirements: Record<string, Register> = {};
  for (const [path, register] of allFields(state)) {
    const json = registerToJson(register);
    if (path.kind === "action") actions[path.id] = { ...actions[path.id], [path.field]: json };
    else if (path.kind === "date") dates[path.field] = json;
    else if (path.kind === "member") members[path.id] = json;
    else if (path.kind === "setting") settings[path.field] = json;
    else if (path.kind === "requirement") requirements[path.id] = json;
    else answers[path.id] = json;
  }
  // The team, the settings and requirement ticks only when there are some, so a plan without them saves as before.
  return {
    version: STATE_VERSION,
    actions,
    dates,
    answers,
    ...(Object.keys(members).length > 0 ? { members } : {}),
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
    ...(Object.keys(requirements).length > 0 ? { requirements } : {}),
  };
}

/** True when nothing at all is recorded. */
export function isEmptyState(state: PlanState): boolean {
  return allFields(state).next().done === true;
}
