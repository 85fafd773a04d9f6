// Suggested target dates, what an action waits for, and what is late. A planning aid only: the page
// says so, and the team overrides any date.
import { pageHolidays, type ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";
import type { ScheduleSettings } from "../progress/schedule-settings";
import { addDays, addWorkingDays, countWorkingDays, firstWorkingDay } from "./working-days";

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

/** The action whose suggested date is going live: the one plan.yaml names, or else the plan's last. */
function goLiveAction(actions: readonly ActionInfo[], settings: ScheduleSettings): ActionInfo | undefined {
  return actions.find((a) => a.id === settings.goLiveAction) ?? actions.at(-1);
}

/**
 * A suggested target date for every action, from the plan's start date, or none without one. Each
 * falls on a working day (no weekends or bank holidays): the action's place in the process, as a
 * share of the plan's working days. With a target go-live date, the plan is stretched so the go-live
 * action (settings.goLiveAction) falls on it, or on the working day before if it is not one; without,
 * the actions spread over the working days of settings.defaultWeeks (none are suggested if that is unknown).
 */
export function suggestedDates(
  actions: readonly ActionInfo[],
  plan: PlanData,
  settings: ScheduleSettings,
  holidays: ReadonlySet<string> = pageHolidays(),
): Map<string, string> {
  const start = plan.dates.start?.value;
  const suggested = new Map<string, string>();
  if (!start) return suggested;
  const first = firstWorkingDay(start, holidays);
  const goLive = plan.dates.goLive?.value;
  if (!(goLive && goLive > first) && !(settings.defaultWeeks > 0)) return suggested;
  const position = positions(actions);
  const goLiveId = goLiveAction(actions, settings)?.id;
  const goLivePosition = goLiveId ? (position.get(goLiveId) ?? 1) : 1;
  // Working days after the first: going live on the last one up to the go-live date, or the last action at the default's end.
  const span =
    goLive && goLive > first
      ? (countWorkingDays(first, goLive, holidays) - 1) / goLivePosition
      : countWorkingDays(first, addDays(start, settings.defaultWeeks * 7), holidays) - 1;
  for (const action of actions) suggested.set(action.id, addWorkingDays(first, (position.get(action.id) ?? 1) * span, holidays));
  return suggested;
}

/** How long a plan is: its working days from the start to going live (or else to the last suggested date). */
export interface PlanLength {
  start: string;
  end: string;
  /** Whether `end` is the team's go-live date, or the last suggested date. */
  endsAt: "go-live" | "last-suggested";
  workingDays: number;
}

/** The plan's working days from its start date to the go-live date, or to the last suggested date; null without a start. */
export function planLength(
  actions: readonly ActionInfo[],
  plan: PlanData,
  settings: ScheduleSettings,
  holidays: ReadonlySet<string> = pageHolidays(),
): PlanLength | null {
  const start = plan.dates.start?.value;
  if (!start) return null;
  const goLive = plan.dates.goLive?.value;
  if (goLive && goLive >= start) return { start, end: goLive, endsAt: "go-live", workingDays: countWorkingDays(start, goLive, holidays) };
  const last = [...suggestedDates(actions, plan, settings, holidays).values()].sort().at(-1) ?? start;
  return { start, end: last, endsAt: "last-suggested", workingDays: countWorkingDays(start, last, holidays) };
}

/**
 * The most actions in one chain of `after` that ends at going live, going live included: each takes
 * at least a working day of its own, so a plan shorter than this cannot hold them in order.
 */
export function longestChainToGoLive(actions: readonly ActionInfo[], settings: ScheduleSettings): number {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const depth = new Map<string, number>();
  // `after` has no cycles (checked at build time); `seen` only guards against a bad manifest.
  const chain = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const before = (byId.get(id)?.after ?? []).filter((b) => byId.has(b));
    const length = 1 + Math.max(0, ...before.map((b) => chain(b, seen)));
    depth.set(id, length);
    return length;
  };
  const goLive = goLiveAction(actions, settings);
  return goLive ? chain(goLive.id, new Set()) : 0;
}

/**
 * The actions whose target date is earlier than the target of an action they come after, each
 * with the first such action and its target date, for saying so on the action.
 */
export function targetsBeforePrerequisites(
  actions: readonly ActionInfo[],
  targets: ReadonlyMap<string, string>,
): Map<string, { before: string; date: string }> {
  const found = new Map<string, { before: string; date: string }>();
  for (const action of actions) {
    const target = targets.get(action.id);
    if (!target) continue;
    for (const id of action.after) {
      const date = targets.get(id);
      if (date && target < date) {
        found.set(action.id, { before: id, date });
        break;
      }
    }
  }
  return found;
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

/** Each action's target date: the team's own, or else the suggested one. */
export function targetDates(
  actions: readonly ActionInfo[],
  plan: PlanData,
  settings: ScheduleSettings,
  holidays: ReadonlySet<string> = pageHolidays(),
): Map<string, string> {
  const suggested = suggestedDates(actions, plan, settings, holidays);
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
