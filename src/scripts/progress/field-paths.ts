// Where a field of a saved plan lives (a FieldPath), and going from a path to its register and back:
// reading, writing and listing every field in one order, which merging, viewing and saving all walk.
import { ACTION_FIELDS } from "./plan-data";
import type { ActionField, PlanDateField, PlanSettingField } from "./plan-data";
import type { Register } from "./register";
import { DATE_FIELDS, SETTING_FIELDS, type ActionRegisters, type PlanState } from "./state-shape";

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
export function setRegister(state: PlanState, path: FieldPath, register: Register): void {
  if (path.kind === "action") state.actions[path.id] = { ...state.actions[path.id], [path.field]: register };
  else if (path.kind === "date") state.dates[path.field] = register;
  else if (path.kind === "member") state.members[path.id] = register;
  else if (path.kind === "setting") state.settings[path.field] = register;
  else if (path.kind === "requirement") state.requirements[path.id] = register;
  else state.answers[path.id] = register;
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

/** A text that names a field's place, for counting and comparing ("action check-eligibility notes"). */
export function pathKey(path: FieldPath): string {
  if (path.kind === "action") return `action ${path.id} ${path.field}`;
  if (path.kind === "member") return `member ${path.id}`;
  if (path.kind === "answer") return `answer ${path.id}`;
  if (path.kind === "requirement") return `requirement ${path.id}`;
  return `${path.kind} ${path.field}`;
}
