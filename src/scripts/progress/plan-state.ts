// What can be done with a team's plan as saved (version 3; its shape is state-shape.ts): write a field,
// merge two plans, view one value per field with the conflicts beside it, and write it out. Every
// field is a register (register.ts) that keeps every value until an edit whose author had seen it
// replaces it, so merging two plans merges each field and nothing is decided by a clock.
import { allFields, registerAt, setRegister, type FieldPath } from "./field-paths";
import { MEMBER_PREFIX, readMember } from "./members";
import { emptyPlan, type ActionRecord, type Field, type PlanData, type PlanDateField, type PlanSettingField } from "./plan-data";
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
import { emptyState, STATE_VERSION, type ActionRegisters, type PlanState } from "./state-shape";

// The plan's shape, from here too: the end-to-end tests build plans with these beside writeField and joinPlans.
export { emptyState, type PlanState } from "./state-shape";

/** Writes one field (see writeRegister): what the writer had seen is replaced, anything else stays beside it. */
export function writeField(state: PlanState, path: FieldPath, write: Write, basis?: Seen): PlanState {
  const register = registerAt(state, path) ?? emptyRegister();
  const next = copyState(state);
  setRegister(next, path, writeRegister(register, write, basis ?? register.seen));
  return next;
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
