// What merging a shared link or a file would do, worked out before anything is merged: how many
// actions and plan settings it would change, how many fields it would leave in conflict, and whether
// the sender's clock looks wrong (which changes nothing in the merge, but explains odd dates).
import { conflictsIn, joinPlans, pathKey, planView, type FieldPath, type PlanState } from "./plan-state";
import { ACTION_FIELDS } from "./plan-data";
import { parseDateTime, plural } from "./records";
import { hasSeen } from "./register";

/** How far a clock may be off before the prompt says so. */
export const CLOCK_WARNING_MS = 24 * 60 * 60 * 1000;

/** Conflicts a merge would make, counted by the kind of field. */
export type ConflictCounts = Record<"status" | "owner" | "target" | "notes" | "setting", number>;

/** What a merge would change. */
export interface MergePreview {
  /** Actions whose shown values would change. */
  actions: number;
  /** Plan dates and answers whose shown values would change. */
  settings: number;
  /** Fields that would be left holding two or more values to choose between, which are not now. */
  conflicts: ConflictCounts;
  /** Whether the sender's clock looks more than a day fast or slow. */
  clock: "ahead" | "behind" | null;
}

function kindOf(path: FieldPath): keyof ConflictCounts {
  return path.kind === "action" ? path.field : "setting";
}

/** Compares the plan here with the plan after merging `incoming`. */
export function previewMerge(current: PlanState, incoming: PlanState, sharedAt: string | null, now: number): MergePreview {
  const merged = joinPlans(current, incoming);
  const [before, after] = [planView(current), planView(merged)];
  let actions = 0;
  for (const id of new Set([...Object.keys(before.actions), ...Object.keys(after.actions)])) {
    const changed = ACTION_FIELDS.some((name) => before.actions[id]?.[name]?.value !== after.actions[id]?.[name]?.value);
    if (changed) actions += 1;
  }
  let settings = 0;
  for (const name of ["start", "goLive"] as const) if (before.dates[name]?.value !== after.dates[name]?.value) settings += 1;
  for (const id of new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]))
    if (before.answers[id]?.value !== after.answers[id]?.value) settings += 1;
  const conflicts: ConflictCounts = { status: 0, owner: 0, target: 0, notes: 0, setting: 0 };
  const already = new Set(conflictsIn(current).map((c) => `${pathKey(c.path)}|${c.entries.map((e) => e.value).join("|")}`));
  for (const conflict of conflictsIn(merged)) {
    const key = `${pathKey(conflict.path)}|${conflict.entries.map((e) => e.value).join("|")}`;
    if (!already.has(key)) conflicts[kindOf(conflict.path)] += 1;
  }
  // A change of a field counts as such even when its shown value stays (a conflict hides it).
  return { actions, settings, conflicts, clock: clockProblem(current, incoming, sharedAt, now) };
}

/**
 * Whether the sender's clock looks wrong: the link was made "in the future", or its sender had
 * already seen a change dated more than a day after their own clock said they shared it, or replaced
 * one of our values with an edit dated more than a day before it.
 */
function clockProblem(current: PlanState, incoming: PlanState, sharedAt: string | null, now: number): "ahead" | "behind" | null {
  const shared = sharedAt ? parseDateTime(sharedAt) : null;
  if (shared !== null && shared > now + CLOCK_WARNING_MS) return "ahead";
  let latest = -Infinity;
  for (const action of Object.values(incoming.actions))
    for (const register of Object.values(action))
      for (const entry of register?.entries ?? []) latest = Math.max(latest, parseDateTime(entry.at) ?? -Infinity);
  if (shared !== null && latest > shared + CLOCK_WARNING_MS) return "behind";
  // An edit that replaced one of ours, dated more than a day before the value it replaced.
  for (const [id, action] of Object.entries(incoming.actions)) {
    for (const name of ACTION_FIELDS) {
      const theirs = action[name];
      const ours = current.actions[id]?.[name];
      if (!theirs || !ours) continue;
      for (const mine of ours.entries) {
        if (!hasSeen(theirs.seen, mine.dot) || theirs.entries.some((e) => e.dot[0] === mine.dot[0] && e.dot[1] === mine.dot[1])) continue;
        const mineAt = parseDateTime(mine.at) ?? -Infinity;
        if (theirs.entries.some((e) => (parseDateTime(e.at) ?? Infinity) < mineAt - CLOCK_WARNING_MS)) return "behind";
      }
    }
  }
  return null;
}

const CONFLICT_NOUNS: Record<keyof ConflictCounts, [string, string]> = {
  notes: ["note", "notes"],
  owner: ["owner", "owners"],
  target: ["target date", "target dates"],
  status: ["status", "statuses"],
  setting: ["plan date or answer", "plan dates or answers"],
};

/** "2 notes were changed in both places: you choose which to keep." or "" when a merge makes no conflict. */
export function describeConflicts(conflicts: ConflictCounts): string {
  const parts = (Object.keys(CONFLICT_NOUNS) as (keyof ConflictCounts)[])
    .filter((kind) => conflicts[kind] > 0)
    .map((kind) => plural(conflicts[kind], ...CONFLICT_NOUNS[kind]));
  if (parts.length === 0) return "";
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}` : (parts[0] ?? "");
  return `${list} ${conflictTotal(conflicts) === 1 ? "was" : "were"} changed in both places: you choose which to keep.`;
}

/** Total conflicts a merge would make. */
export function conflictTotal(conflicts: ConflictCounts): number {
  return Object.values(conflicts).reduce((sum, n) => sum + n, 0);
}
