// Ticks of the technical requirements, a field of the plan like any other ({ kind: "requirement" }):
// saved through the store, merged between tabs and carried by links and files. Kept out of store.ts so
// the bundles that only carry ticks along (every page's, the plan's) do not grow with the code that sets them.
import { REQUIREMENT_MET, type PlanData } from "./plan-data";
import type { FieldPath } from "./plan-state";
import type { Seen } from "./register";
import type { ProgressStore } from "./store";

/** Where one requirement's tick lives in the plan. */
export function requirementPath(id: string): FieldPath {
  return { kind: "requirement", id, field: "met" };
}

/** Ticks (met) or unticks a technical requirement for the whole team; returns whether it was saved. */
export function setRequirement(store: ProgressStore, id: string, met: boolean, basis?: Seen): boolean {
  return store.setAt(requirementPath(id), met ? REQUIREMENT_MET : "", basis);
}

/** Whether the team has ticked a requirement as met, in the plan as pages show it (store.data()). */
export function isMet(plan: Pick<PlanData, "requirements">, id: string): boolean {
  return plan.requirements[id]?.value === REQUIREMENT_MET;
}
