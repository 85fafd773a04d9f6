// What the pages show of a plan: each action's status, with replaced actions carried over and the
// team's answers applied. An action the answers rule out shows as not applicable, with the reason,
// unless the team has marked it done.
import type { ActionInfo } from "./actions";
import type { PlanData } from "./plan-data";
import { emptyRecords, type ProgressRecords } from "./records";
import { effectiveRecords } from "./summary";

/** The first reason the team's answers give for an action not applying, or null. */
export function exclusionReason(action: Pick<ActionInfo, "exclusions">, plan: PlanData): string | null {
  for (const { question, answer, reason } of action.exclusions ?? []) if (plan.answers[question]?.value === answer) return reason;
  return null;
}

/** Every recorded status, by action id, ids the guide no longer has included (they may be replaced). */
export function statusRecords(plan: PlanData): ProgressRecords {
  const records = emptyRecords();
  for (const [id, record] of Object.entries(plan.actions)) {
    const status = record.status;
    const read = record.read?.value ? { readChange: record.read.value } : {};
    if (status) records[id] = { status: status.value, updatedAt: status.at, ...(status.by ? { by: status.by } : {}), ...read };
  }
  return records;
}

/** The status of each of today's actions, as every page shows it. */
export function pageRecords(plan: PlanData, actions: readonly ActionInfo[]): ProgressRecords {
  const records = effectiveRecords(statusRecords(plan), actions);
  for (const action of actions) {
    const reason = exclusionReason(action, plan);
    if (reason === null || records[action.id]?.status === "done") continue;
    const answer = plan.answers[action.exclusions.find((e) => e.reason === reason)?.question ?? ""];
    records[action.id] = { status: "not-applicable", updatedAt: answer?.at ?? "", reason };
  }
  return records;
}

/** True when the action was ticked done before its guidance last changed, and nobody has marked that change as read. */
export function updatedSinceTicked(action: Pick<ActionInfo, "change">, records: ProgressRecords, id: string): boolean {
  const record = records[id];
  if (record?.status !== "done" || !action.change || action.change.date <= record.updatedAt.slice(0, 10)) return false;
  // Marked as read by someone on the team once they had checked the change.
  return !(record.readChange && record.readChange >= action.change.date);
}
