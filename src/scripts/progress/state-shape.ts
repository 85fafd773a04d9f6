// The shape of a team's plan as saved (version 3): each field of each action, each plan date, answer,
// member, setting and requirement tick is a register (register.ts). Types and an empty plan only; what
// can be done with one is in plan-state.ts.
import type { ActionField, PlanDateField, PlanSettingField } from "./plan-data";
import { emptyMap } from "./records";
import type { Register } from "./register";

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
