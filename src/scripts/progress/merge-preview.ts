// What merging a shared link or a file would do, worked out before anything is merged: how many
// actions and plan settings it would change, how many fields it would leave in conflict, and whether
// the sender's clock looks wrong (which changes nothing in the merge, but explains odd dates).
import { allFields, pathKey, registerAt, type FieldPath } from "./field-paths";
import { conflictsIn, joinPlans } from "./plan-state";
import type { PlanState } from "./state-shape";
import { parseDateTime, plural } from "./records";
import { currentEntries, hasSeen } from "./register";

/** How far a clock may be off before the prompt says so. */
export const CLOCK_WARNING_MS = 24 * 60 * 60 * 1000;

/** Conflicts a merge would make, counted by the kind of field. */
export type ConflictCounts = Record<"status" | "owner" | "target" | "notes" | "setting" | "requirement", number>;

/** What a merge would change. */
export interface MergePreview {
  /** Actions whose shown values would change. */
  actions: number;
  /** Plan dates, answers and the service name whose shown values would change. */
  settings: number;
  /** Technical requirements that would be ticked as met, or unticked. */
  requirements: number;
  /** Members of the team who would be added, renamed or given another role. */
  members: number;
  /** Fields that would be left holding two or more values to choose between, which are not now. */
  conflicts: ConflictCounts;
  /** Whether the sender's clock looks more than a day fast or slow. */
  clock: "ahead" | "behind" | null;
}

function kindOf(path: FieldPath): keyof ConflictCounts {
  if (path.kind === "requirement") return "requirement";
  return path.kind === "action" && path.field !== "read" ? path.field : "setting";
}

/** Compares the plan here with the plan after merging `incoming`. */
export function previewMerge(
  current: PlanState,
  incoming: PlanState,
  sharedAt: string | null,
  now: number,
  ownWriters: ReadonlySet<string> = new Set(),
): MergePreview {
  const merged = joinPlans(current, incoming);
  // A field changes when the values it holds change, whichever of them a page shows first.
  const values = (state: PlanState, path: FieldPath) => {
    const register = registerAt(state, path);
    return register
      ? currentEntries(register)
          .map((e) => e.value)
          .sort()
          .join("\u0000")
      : "";
  };
  const changedActions = new Set<string>();
  let settings = 0;
  let members = 0;
  let requirements = 0;
  for (const [path] of allFields(merged)) {
    if (values(current, path) === values(merged, path)) continue;
    if (path.kind === "action") changedActions.add(path.id);
    else if (path.kind === "member") members += 1;
    else if (path.kind === "requirement") requirements += 1;
    else settings += 1;
  }
  const actions = changedActions.size;
  const conflicts: ConflictCounts = { status: 0, owner: 0, target: 0, notes: 0, setting: 0, requirement: 0 };
  const already = new Set(conflictsIn(current).map((c) => `${pathKey(c.path)}|${c.entries.map((e) => e.value).join("|")}`));
  for (const conflict of conflictsIn(merged)) {
    const key = `${pathKey(conflict.path)}|${conflict.entries.map((e) => e.value).join("|")}`;
    if (!already.has(key)) conflicts[kindOf(conflict.path)] += 1;
  }
  return { actions, settings, requirements, members, conflicts, clock: clockProblem(incoming, sharedAt, now, ownWriters, current) };
}

/**
 * Whether the sender's clock looks wrong. Fast: the link says it was made more than a day from now.
 * Slow: the sender had seen a change this browser made (dated by this browser's clock, `ownWriters`)
 * more than a day after the moment their clock says they shared it. Other writers' dates prove
 * nothing about the sender's clock (those writers' clocks may be wrong), and an old link is not a slow clock.
 */
function clockProblem(
  incoming: PlanState,
  sharedAt: string | null,
  now: number,
  ownWriters: ReadonlySet<string>,
  current: PlanState,
): "ahead" | "behind" | null {
  const shared = sharedAt ? parseDateTime(sharedAt) : null;
  if (shared === null) return null;
  if (shared > now + CLOCK_WARNING_MS) return "ahead";
  for (const [path, theirs] of allFields(incoming)) {
    const ours = registerAt(current, path);
    for (const mine of ours?.entries ?? []) {
      if (!ownWriters.has(mine.dot[0]) || !hasSeen(theirs.seen, mine.dot)) continue;
      if ((parseDateTime(mine.at) ?? -Infinity) > shared + CLOCK_WARNING_MS) return "behind";
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
  requirement: ["technical requirement tick", "technical requirement ticks"],
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
