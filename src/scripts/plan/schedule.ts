// Suggested target dates, what an action waits for, and what is late. A planning aid only: the page
// says so, and the team overrides any date.
import { pageHolidays, type ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";

const DAY = 24 * 60 * 60 * 1000;

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

/** Whether a YYYY-MM-DD date is a working day: not a Saturday, a Sunday or one of `holidays`. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date itself if it is a working day, or else the next working day. */
export function firstWorkingDay(date: string, holidays: ReadonlySet<string>): string {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

/** The working day `count` working days after a date (from its first working day). */
export function addWorkingDays(date: string, count: number, holidays: ReadonlySet<string>): string {
  let day = firstWorkingDay(date, holidays);
  for (let left = Math.round(count); left > 0; left -= 1) day = firstWorkingDay(addDays(day, 1), holidays);
  return day;
}

/** How many working days there are from one date to another, both included (0 when `to` is earlier). */
export function countWorkingDays(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, holidays)) count += 1;
  return count;
}

/** The action whose suggested date is going live: the first action of the last step. */
function goLiveAction(actions: readonly ActionInfo[]): ActionInfo | undefined {
  const lastStep = actions.at(-1)?.stepId;
  return actions.find((a) => a.stepId === lastStep);
}

/**
 * A suggested target date for every action, from the plan's start date, or none without one. Each
 * falls on a working day (no weekends or bank holidays): the action's place in the process, as a
 * share of the plan's working days. With a target go-live date, the plan is stretched so the last
 * step's first action (going live) falls on it, or on the working day before if it is not one;
 * without, the actions spread over the working days of `defaultWeeks`.
 */
export function suggestedDates(
  actions: readonly ActionInfo[],
  plan: PlanData,
  defaultWeeks: number,
  holidays: ReadonlySet<string> = pageHolidays(),
): Map<string, string> {
  const start = plan.dates.start?.value;
  const suggested = new Map<string, string>();
  if (!start) return suggested;
  const position = positions(actions);
  const first = firstWorkingDay(start, holidays);
  const goLiveId = goLiveAction(actions)?.id;
  const goLive = plan.dates.goLive?.value;
  const goLivePosition = goLiveId ? (position.get(goLiveId) ?? 1) : 1;
  // Working days after the first: going live on the last one up to the go-live date, or the last action at the default's end.
  const span =
    goLive && goLive > first
      ? (countWorkingDays(first, goLive, holidays) - 1) / goLivePosition
      : countWorkingDays(first, addDays(start, defaultWeeks * 7), holidays) - 1;
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
  defaultWeeks: number,
  holidays: ReadonlySet<string> = pageHolidays(),
): PlanLength | null {
  const start = plan.dates.start?.value;
  if (!start) return null;
  const goLive = plan.dates.goLive?.value;
  if (goLive && goLive >= start) return { start, end: goLive, endsAt: "go-live", workingDays: countWorkingDays(start, goLive, holidays) };
  const last = [...suggestedDates(actions, plan, defaultWeeks, holidays).values()].sort().at(-1) ?? start;
  return { start, end: last, endsAt: "last-suggested", workingDays: countWorkingDays(start, last, holidays) };
}

/** The date `months` calendar months after a YYYY-MM-DD date (31 January + 1 month is 3 March, as Date counts). */
export function addMonths(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

/**
 * The most actions in one chain of `after` that ends at going live, going live included: each takes
 * at least a working day of its own, so a plan shorter than this cannot hold them in order.
 */
export function longestChainToGoLive(actions: readonly ActionInfo[]): number {
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
  const goLive = goLiveAction(actions);
  return goLive ? chain(goLive.id, new Set()) : 0;
}

/** Why a start or go-live date cannot be saved, in words naming what to fix; null when it can. */
export type DateProblem = { field: "start" | "goLive"; message: string } | null;

/**
 * Checks a start or go-live date as typed against the other: going live before the start is
 * refused, and so is a plan with fewer working days than the longest chain of actions that must
 * come one after another before going live (`longestChainToGoLive`). An empty date is always allowed.
 */
export function dateProblem(
  field: "start" | "goLive",
  value: string,
  other: string,
  minimumWorkingDays: number,
  describe: (date: string) => string,
  holidays: ReadonlySet<string> = pageHolidays(),
): DateProblem {
  if (!value || !other) return null;
  const [start, goLive] = field === "start" ? [value, other] : [other, value];
  if (goLive < start) {
    return field === "goLive"
      ? { field, message: `Target go-live date must be on or after the start date (${describe(start)})` }
      : { field, message: `Start date must be on or before the target go-live date (${describe(goLive)})` };
  }
  const days = countWorkingDays(start, goLive, holidays);
  if (days < minimumWorkingDays) {
    const earliestGoLive = addWorkingDays(start, minimumWorkingDays - 1, holidays);
    return field === "goLive"
      ? {
          field,
          message: `Target go-live date must be ${describe(earliestGoLive)} or later: the plan needs at least ${minimumWorkingDays} working days for the actions that must come one after another before going live`,
        }
      : {
          field,
          message: `Start date must be earlier: the plan needs at least ${minimumWorkingDays} working days before going live on ${describe(goLive)}, for the actions that must come one after another`,
        };
  }
  return null;
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

/** Today in this browser's time zone, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Each action's target date: the team's own, or else the suggested one. */
export function targetDates(
  actions: readonly ActionInfo[],
  plan: PlanData,
  defaultWeeks: number,
  holidays: ReadonlySet<string> = pageHolidays(),
): Map<string, string> {
  const suggested = suggestedDates(actions, plan, defaultWeeks, holidays);
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
