// Suggested target dates, what an action waits for, and what is late. A planning aid only: the page
// says so, and the team overrides any date.
import type { ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";

const DAY = 24 * 60 * 60 * 1000;

/** Days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY).toISOString().slice(0, 10);
}

/**
 * Where each action falls in the process, from 0 (start) to 1 (end): each step takes its share of
 * the time, its actions spread evenly across it, and no action falls before an action it comes after.
 */
export function positions(actions: readonly ActionInfo[]): Map<string, number> {
  const steps: string[] = [];
  for (const action of actions) if (!steps.includes(action.stepId)) steps.push(action.stepId);
  const shares = steps.map((stepId) => actions.find((a) => a.stepId === stepId)?.stepShare ?? 0);
  const total = shares.reduce((sum, share) => sum + share, 0) || 1;
  const position = new Map<string, number>();
  let stepStart = 0;
  steps.forEach((stepId, s) => {
    const length = (shares[s] ?? 0) / total;
    const inStep = actions.filter((a) => a.stepId === stepId);
    inStep.forEach((action, k) => position.set(action.id, stepStart + ((k + 1) / inStep.length) * length));
    stepStart += length;
  });
  // `after` has no cycles (checked at build time), so as many passes as actions settle every chain.
  for (let pass = 0; pass < actions.length; pass += 1) {
    let moved = false;
    for (const action of actions) {
      const earliest = Math.max(0, ...action.after.map((id) => position.get(id) ?? 0));
      if (earliest > (position.get(action.id) ?? 0)) {
        position.set(action.id, earliest);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return position;
}

/**
 * A suggested target date for every action, from the plan's start date, or none without one. With
 * a target go-live date, the plan is stretched so the last step's first action (going live) falls on
 * it; without, the actions spread over `defaultWeeks`.
 */
export function suggestedDates(actions: readonly ActionInfo[], plan: PlanData, defaultWeeks: number): Map<string, string> {
  const start = plan.dates.start?.value;
  const suggested = new Map<string, string>();
  if (!start) return suggested;
  const position = positions(actions);
  const lastStep = actions.at(-1)?.stepId;
  const goLiveAction = actions.find((a) => a.stepId === lastStep);
  const goLive = plan.dates.goLive?.value;
  const goLivePosition = goLiveAction ? (position.get(goLiveAction.id) ?? 1) : 1;
  const span = goLive && goLive > start ? daysBetween(start, goLive) / goLivePosition : defaultWeeks * 7;
  for (const action of actions) suggested.set(action.id, addDays(start, (position.get(action.id) ?? 1) * span));
  return suggested;
}

/** True when an action needs nothing more: done, or not applicable. */
export function isSettled(records: ProgressRecords, id: string): boolean {
  const status = records[id]?.status;
  return status === "done" || status === "not-applicable";
}

/** The actions an action comes after that are not yet done (or not applicable). */
export function waitingFor(action: ActionInfo, records: ProgressRecords): string[] {
  return action.after.filter((id) => !isSettled(records, id));
}

/** Today in this browser's time zone, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Each action's target date: the team's own, or else the suggested one. */
export function targetDates(actions: readonly ActionInfo[], plan: PlanData, defaultWeeks: number): Map<string, string> {
  const suggested = suggestedDates(actions, plan, defaultWeeks);
  const targets = new Map<string, string>();
  for (const action of actions) {
    const own = plan.actions[action.id]?.target?.value;
    const target = own || suggested.get(action.id);
    if (target) targets.set(action.id, target);
  }
  return targets;
}

/** The ids of actions whose target date has passed and that are not done (or not applicable). */
export function lateActions(actions: readonly ActionInfo[], records: ProgressRecords, targets: Map<string, string>, day: string): string[] {
  return actions.filter((a) => !isSettled(records, a.id) && (targets.get(a.id) ?? "9999") < day).map((a) => a.id);
}
