// Counting progress: which actions are done, which no longer count, and what that makes a step's status.
import type { ActionInfo } from "./actions";
import { emptyRecords, type ActionRecord, type ProgressRecords } from "./records";

const STATUS_RANK = { todo: 0, "in-progress": 1, "not-applicable": 2, done: 3 } as const;

/** True when status `a` is newer than `b`; on a tie, the same choice every time. */
function isNewer(a: ActionRecord, b: ActionRecord): boolean {
  const difference = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  return difference !== 0 ? difference > 0 : STATUS_RANK[a.status] > STATUS_RANK[b.status];
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
