// A team's plan as pages show it: for each action its status, owner, target date and notes, and for the
// plan its start and go-live dates and the answers that tailor it, one value per field with its time
// and author. (What is saved keeps more: every value nobody has chosen between; see plan-state.ts.)
// This shape was also version 2 of what is saved; version-2.ts reads and upgrades that.
import { emptyMap } from "./records";
import type { ActionStatus } from "./status";

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
/** The name of one field of an action's record. */
export type ActionField = keyof ActionRecord;
/** Every field of an action's record, in the order they are saved. */
export const ACTION_FIELDS: readonly ActionField[] = ["status", "owner", "target", "notes", "read"];

/** One member of the team: a name or initials, and optionally a role id from roles.yaml. */
export interface Member {
  name: string;
  role: string;
  at: string;
  by?: string;
}

/** Plan-wide text: the team's own name for its service. */
export interface PlanSettings {
  serviceName?: Field;
}
/** The name of one plan-wide setting. */
export type PlanSettingField = keyof PlanSettings;

/** Plan-wide dates: when the team starts and when it aims to go live (YYYY-MM-DD, or "" once cleared). */
export interface PlanDates {
  start?: Field;
  goLive?: Field;
}
/** The name of one plan-wide date. */
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
