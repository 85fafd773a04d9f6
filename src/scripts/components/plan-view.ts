// What the plan page shows, worked out once per render from the saved plan, and how it is drawn
// outside the fields themselves: each action's state, the answers, the documents that depend on
// them, the owner filter's choices, which rows the filters show, and the summary.
import type { ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { Conflict } from "../progress/plan-state";
import { plural } from "../progress/records";
import { pageRecords, updatedSinceTicked } from "../progress/status-view";
import type { ProgressStore } from "../progress/store";
import { describeSummary, summarise } from "../progress/summary";
import { formatDay } from "../progress/wording";
import { lateActions, suggestedDates, targetDates, waitingFor } from "../plan/schedule";
import { today } from "../plan/working-days";
import type { ScheduleSettings } from "../progress/schedule-settings";
import { stateNodes } from "../plan/state-text";
import { showUpdatedSinceTicked } from "./progress-view";

/** Everything the page shows, worked out once per render from the stored plan. */
export interface View {
  plan: PlanData;
  /** The name this browser's changes are recorded under, for "My actions". */
  me: string;
  records: ReturnType<typeof pageRecords>;
  suggested: Map<string, string>;
  targets: Map<string, string>;
  late: Set<string>;
  conflicts: Conflict[];
}

/** The view of the plan as saved now. */
export function currentView(store: ProgressStore, actions: readonly ActionInfo[], schedule: ScheduleSettings): View {
  const plan = store.data();
  const records = pageRecords(plan, actions);
  const targets = targetDates(actions, plan, schedule);
  return {
    plan,
    records,
    suggested: suggestedDates(actions, plan, schedule),
    targets,
    late: new Set(lateActions(actions, records, targets, today())),
    me: store.name(),
    conflicts: store.conflicts(),
  };
}

/** The plan's summary beside its heading: how far the team has got, and what needs a look. */
export function renderSummary(summary: HTMLElement | null, actions: readonly ActionInfo[], current: View): void {
  if (!summary) return;
  const counts = summarise(
    actions.map((a) => a.id),
    current.records,
  );
  const late = current.late.size > 0 ? ` ${plural(current.late.size, "action is", "actions are")} late.` : "";
  const conflicts =
    current.conflicts.length > 0
      ? ` ${plural(current.conflicts.length, "field has", "fields have")} conflicting changes to choose between.`
      : "";
  summary.textContent = `${describeSummary(counts)}.${late}${conflicts}`;
}

/** Each action's state in words: who did it and when, why it does not apply, what it waits for, and whether it is late. */
export function renderStates(root: HTMLElement, actions: readonly ActionInfo[], { records, targets, late }: View): void {
  const byId = new Map(actions.map((a) => [a.id, a]));
  for (const element of root.querySelectorAll<HTMLElement>("[data-plan-state]")) {
    const id = element.dataset["planState"] ?? "";
    const action = byId.get(id);
    if (!action) continue;
    const record = records[id];
    const started = record?.status !== undefined && record.status !== "todo";
    const waiting = started ? [] : waitingFor(action, records).map((w) => byId.get(w)?.number ?? w);
    const notStarted = waiting.length > 0 ? `Cannot start yet: waits for ${waiting.join(", ")}` : "Not started";
    element.replaceChildren(...stateNodes(record, notStarted));
    if (late.has(id)) {
      const tag = document.createElement("strong");
      tag.className = "nhsuk-tag nhsuk-tag--red app-plan-late";
      tag.textContent = "Late";
      element.append(" ", tag, ` (target date ${formatDay(targets.get(id) ?? "")})`);
    }
    showUpdatedSinceTicked(element, action, updatedSinceTicked(action, records, id));
  }
}

export function renderAnswers(root: HTMLElement, plan: PlanData): void {
  for (const group of root.querySelectorAll<HTMLElement>("[data-plan-question]")) {
    const answer = plan.answers[group.dataset["planQuestion"] ?? ""]?.value ?? "";
    for (const radio of group.querySelectorAll<HTMLInputElement>("input[type=radio]")) radio.checked = radio.value === answer;
  }
}

/** Says, for each document whose need depends on an answer, whether this team needs it, and why not. */
export function renderDocuments(root: HTMLElement, plan: PlanData): void {
  for (const item of root.querySelectorAll<HTMLElement>("li[data-exclusions]")) {
    const exclusions = JSON.parse(item.dataset["exclusions"] ?? "[]") as { question: string; answer: string; reason: string }[];
    const ruledOut = exclusions.find(({ question, answer }) => plan.answers[question]?.value === answer);
    item.dataset["needed"] = ruledOut ? "no" : "yes";
    const state = item.querySelector<HTMLElement>("[data-plan-document-state]");
    if (state) state.textContent = ruledOut ? `not needed, as ${ruledOut.reason}` : "needed unless your answers rule it out";
  }
}

/** Offers each owner named in the plan, keeping the current choice. */
export function renderOwnerFilter(root: HTMLElement, plan: PlanData): void {
  const select = root.querySelector<HTMLSelectElement>("[data-plan-filter='owner']");
  if (!select) return;
  const owners = [
    ...new Set(
      Object.values(plan.actions)
        .map((r) => r.owner?.value ?? "")
        .filter(Boolean),
    ),
  ].sort((a, b) => a.localeCompare(b, "en"));
  const chosen = select.value;
  const options = [new Option("Anyone", ""), ...owners.map((owner) => new Option(owner, owner))];
  select.replaceChildren(...options);
  select.value = owners.includes(chosen) ? chosen : "";
}

/** Shows only the actions the filters choose; the saved plan and the counts keep every action. */
export function applyFilters(root: HTMLElement, { plan, late, conflicts, me }: View): void {
  const owner = root.querySelector<HTMLSelectElement>("[data-plan-filter='owner']")?.value ?? "";
  const role = root.querySelector<HTMLSelectElement>("[data-plan-filter='role']")?.value ?? "";
  const onlyLate = root.querySelector<HTMLInputElement>("[data-plan-filter='late']")?.checked ?? false;
  const onlyMine = root.querySelector<HTMLInputElement>("[data-plan-filter='mine']")?.checked ?? false;
  const isMine = (owner: string | undefined) =>
    Boolean(me) && owner?.trim().toLocaleLowerCase("en-GB") === me.trim().toLocaleLowerCase("en-GB");
  const onlyConflicts = root.querySelector<HTMLInputElement>("[data-plan-filter='conflicts']")?.checked ?? false;
  const conflicted = new Set(conflicts.flatMap((c) => (c.path.kind === "action" ? [c.path.id] : [])));
  let shown = 0;
  const groups = [...root.querySelectorAll<HTMLElement>("[data-plan-action]")];
  for (const group of groups) {
    const id = group.dataset["planAction"] ?? "";
    const visible =
      (!owner || plan.actions[id]?.owner?.value === owner) &&
      (!role || (group.dataset["roles"] ?? "").split(" ").includes(role)) &&
      (!onlyLate || late.has(id)) &&
      (!onlyMine || isMine(plan.actions[id]?.owner?.value)) &&
      (!onlyConflicts || conflicted.has(id));
    // The row being edited stays until focus leaves it, so a change that takes it out of the filter
    // (a status changed with the arrow keys) never drops focus to the page.
    const editingHere = group.contains(document.activeElement);
    group.hidden = !visible && !editingHere;
    if (visible) shown += 1;
  }
  // A step with none of the chosen actions is left out, heading and all.
  for (const step of root.querySelectorAll<HTMLElement>("section[data-plan-step]")) {
    step.hidden = !step.querySelector("[data-plan-action]:not([hidden])");
  }
  const status = root.querySelector<HTMLElement>("[data-plan-filter-status]");
  if (status)
    status.textContent =
      shown === groups.length ? `Showing all ${groups.length} actions.` : `Showing ${shown} of ${groups.length} actions.`;
}
