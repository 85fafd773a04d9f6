// Counting progress: which actions are done, which no longer count, and what that makes a step's status.
import type { ActionInfo } from "./actions";
import { isNewerField } from "./plan-data";
import { emptyRecords, type ActionRecord, type ProgressRecords } from "./records";

/** True when status `a` is newer than `b`, by the same rule, tie-break included, as every merge. */
function isNewer(a: ActionRecord, b: ActionRecord): boolean {
  const field = (r: ActionRecord) => ({ value: r.status, at: r.updatedAt, ...(r.by ? { by: r.by } : {}) });
  return isNewerField(field(a), field(b));
}

/** A step's (or the whole process's) status, as the task list pattern shows it. */
export type ProgressStatus = "not-started" | "in-progress" | "completed";

/** How far a set of actions has got. */
export interface ProgressSummary {
  done: number;
  total: number;
  status: ProgressStatus;
}

/**
 * The records as they apply to today's actions: an action with no record of its own takes the
 * newest record of an action it replaces, so a tick survives content changes.
 */
export function effectiveRecords(records: ProgressRecords, actions: readonly ActionInfo[]): ProgressRecords {
  const effective = emptyRecords();
  for (const action of actions) {
    const own = records[action.id];
    const inherited = action.replaces
      .map((id) => records[id])
      .filter((r) => r !== undefined)
      .reduce<ProgressRecords[string] | undefined>((newest, r) => (!newest || isNewer(r, newest) ? r : newest), undefined);
    const record = own ?? inherited;
    if (record) effective[action.id] = record;
  }
  return effective;
}

/** Counts done actions out of those that apply; actions marked not applicable leave the total. */
export function summarise(actionIds: readonly string[], records: ProgressRecords): ProgressSummary {
  const applicable = actionIds.filter((id) => records[id]?.status !== "not-applicable");
  const done = applicable.filter((id) => records[id]?.status === "done").length;
  const total = applicable.length;
  const status: ProgressStatus = done === 0 && total > 0 ? "not-started" : done === total ? "completed" : "in-progress";
  return { done, total, status };
}

/** "3 of 25 actions completed" */
export function describeSummary({ done, total }: ProgressSummary): string {
  return `${done} of ${total} ${total === 1 ? "action" : "actions"} completed`;
}
