// Ticks of the technical requirements, a field of the plan like any other ({ kind: "requirement" }):
// saved through the store, merged between tabs and carried by links and files. Kept out of store.ts so
// the bundles that only carry ticks along (every page's, the plan's) do not grow with the code that sets them.
import { REQUIREMENT_MET, type PlanData } from "./plan-data";
import type { FieldPath } from "./field-paths";
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

/**
 * Of the requirements in `progress` (each id with what rules it out, "question=answer+answer"), how
 * many apply after the plan's answers, and how many of those are ticked as met.
 */
export function requirementsMet(progress: Record<string, readonly string[]>, plan: Pick<PlanData, "answers" | "requirements">) {
  let applying = 0;
  let met = 0;
  for (const [id, ruledOutBy] of Object.entries(progress)) {
    const ruledOut = ruledOutBy.some((pair) => {
      const [question = "", answers = ""] = pair.split("=");
      return answers.split("+").includes(plan.answers[question]?.value ?? "");
    });
    if (ruledOut) continue;
    applying += 1;
    if (isMet(plan, id)) met += 1;
  }
  return { applying, met };
}

/** "3 of 12 requirements met": the words pages show for a count. */
export function metText({ applying, met }: { applying: number; met: number }): string {
  return `${met} of ${applying} ${applying === 1 ? "requirement" : "requirements"} met`;
}

/** Reads a data-requirements-progress value, "id id:question=answer,question=answer …", into ids and what rules each out. */
export function readProgress(text: string): Record<string, string[]> {
  return Object.fromEntries(
    text
      .split(" ")
      .filter(Boolean)
      .map((token) => {
        const [id = "", ruledOutBy = ""] = token.split(":");
        return [id, ruledOutBy.split(",").filter(Boolean)];
      }),
  );
}
