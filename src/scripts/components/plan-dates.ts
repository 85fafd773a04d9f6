// The plan's start and go-live dates: checked where they are typed, saved when they make sense, and
// the plan's length in working days. A refused date is not saved and stays in its field, with an
// nhsuk error message beside it and in the error summary (both rendered by the page, filled here).
import type { Estimate } from "../../../lib/contract.js";
import type { ActionInfo } from "../progress/actions";
import { isPlainObject } from "../progress/records";
import type { PlanDateField } from "../progress/plan-data";
import type { ProgressStore } from "../progress/store";
import { formatDay } from "../progress/wording";
import { dateProblem } from "../plan/date-checks";
import { longestChainToGoLive, planLength, targetDates, targetsBeforePrerequisites } from "../plan/schedule";
import { addMonths } from "../plan/working-days";
import { readScheduleSettings, type ScheduleSettings } from "../progress/schedule-settings";

/** A published estimate of the process's length, as the build writes it (data-estimates), or not one. */
const isEstimate = (value: unknown): value is Estimate =>
  isPlainObject(value) && typeof value["source"] == "string" && typeof value["text"] == "string" && typeof value["fromMonths"] == "number";

/** The estimates the page carries, keeping those of the build's shape. */
function readEstimates(json: string | undefined): Estimate[] {
  const parsed: unknown = JSON.parse(json || "[]");
  return Array.isArray(parsed) ? parsed.filter(isEstimate) : [];
}

/** What the dates module offers the plan: drawing its part again (the plan's own render may call it). */
export interface PlanDates {
  render(): void;
}

/**
 * Takes over the [data-plan-date] fields inside `root`: a date that cannot be saved is refused in the
 * capture phase (so the plan's own handler never sees it); one that can is saved here. `render`
 * redraws the whole plan after a save.
 */
export function startPlanDates(root: HTMLElement, store: ProgressStore, actions: readonly ActionInfo[], render: () => void): PlanDates {
  const schedule = readScheduleSettings(document);
  const minimumWorkingDays = longestChainToGoLive(actions, schedule);
  const byId = new Map(actions.map((a) => [a.id, a]));
  // What was typed and refused, per field: kept in the field until the person changes it.
  const refused = new Map<PlanDateField, string>();
  const field = (name: PlanDateField) => root.querySelector<HTMLInputElement>(`[data-plan-date="${name}"]`);

  root.addEventListener(
    "change",
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.matches("[data-plan-date]")) return;
      const name = input.dataset["planDate"] as PlanDateField;
      const other = name === "start" ? "goLive" : "start";
      const problem = dateProblem(name, input.value, store.data().dates[other]?.value ?? "", minimumWorkingDays, formatDay);
      if (problem) {
        event.stopImmediatePropagation();
        refused.set(name, input.value);
        showError(root, input, problem.message);
        return;
      }
      refused.delete(name);
      showError(root, input, "");
      if ((store.data().dates[name]?.value ?? "") !== input.value) store.setDate(name, input.value);
      else render();
    },
    true,
  );

  const draw = () => {
    // Runs after the plan's own render, which fills each date field from the store when not focused.
    for (const [name, value] of refused) {
      const input = field(name);
      if (input && input.value !== value) input.value = value;
    }
    drawLength(root, store, actions, schedule);
    drawOrder(root, byId, targetsBeforePrerequisites(actions, targetDates(actions, store.data(), schedule)));
  };
  store.subscribe(() => queueMicrotask(draw));
  queueMicrotask(draw);
  return { render: draw };
}

/** Shows (or with "" clears) a date's error beside its field and in the error summary. */
function showError(root: HTMLElement, input: HTMLInputElement, message: string): void {
  const group = input.closest<HTMLElement>(".nhsuk-form-group");
  const errorId = `${input.id}-error`;
  let error = group?.querySelector<HTMLElement>("[data-plan-date-error]") ?? null;
  if (message && !error && group) {
    const template = root.querySelector<HTMLTemplateElement>("template[data-plan-date-error-template]");
    error = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | null;
    if (error) {
      error.id = errorId;
      group.insertBefore(error, input.closest(".nhsuk-input-wrapper") ?? input);
    }
  }
  const text = error?.querySelector<HTMLElement>("[data-plan-date-error-text]");
  if (text) text.textContent = message;
  if (error) error.hidden = !message;
  group?.classList.toggle("nhsuk-form-group--error", Boolean(message));
  input.classList.toggle("nhsuk-input--error", Boolean(message));
  const described = (input.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== errorId);
  input.setAttribute("aria-describedby", [...described, ...(message ? [errorId] : [])].join(" "));

  const summary = root.querySelector<HTMLElement>("[data-plan-date-summary]");
  const link = summary?.querySelector<HTMLAnchorElement>(`a[href="#${input.id}"]`);
  if (!summary || !link) return;
  link.textContent = message;
  if (link.parentElement) link.parentElement.hidden = !message;
  summary.hidden = [...summary.querySelectorAll("li")].every((item) => item.hidden);
}

/** The plan's length in working days, and how it compares with the published estimates. */
function drawLength(root: HTMLElement, store: ProgressStore, actions: readonly ActionInfo[], schedule: ScheduleSettings): void {
  const element = root.querySelector<HTMLElement>("[data-plan-length]");
  if (!element) return;
  const length = planLength(actions, store.data(), schedule);
  if (!length) {
    element.textContent = "Set a start date for a suggested target date on each action and your plan's working days.";
    return;
  }
  const days = `${length.workingDays} working ${length.workingDays === 1 ? "day" : "days"}`;
  const end = length.endsAt === "go-live" ? `going live on ${formatDay(length.end)}` : `the last suggested date, ${formatDay(length.end)}`;
  const estimates = readEstimates(element.dataset["estimates"]);
  const named = (list: Estimate[]) => list.map((e) => `${e.text} (${e.source})`).join(" and ");
  const shorter = estimates.filter((e) => length.end < addMonths(length.start, e.fromMonths));
  const rest = estimates.filter((e) => !shorter.includes(e));
  const comparison =
    estimates.length === 0
      ? ""
      : shorter.length === estimates.length
        ? ` That is shorter than ${estimates.length > 1 ? "both published estimates" : "the published estimate"}: ${named(estimates)}.`
        : shorter.length === 0
          ? ` That is not shorter than the published ${estimates.length > 1 ? "estimates" : "estimate"}: ${named(estimates)}.`
          : ` That is shorter than ${named(shorter)}, though not than ${named(rest)}.`;
  element.textContent =
    `Your plan has ${days} from ${formatDay(length.start)} to ${end}, leaving out weekends and bank holidays in England and Wales.` +
    `${comparison} Like the suggested dates, this is our own planning aid.`;
}

/** Says on an action when its target date is before the target of an action it comes after. */
function drawOrder(
  root: HTMLElement,
  byId: ReadonlyMap<string, ActionInfo>,
  early: ReadonlyMap<string, { before: string; date: string }>,
): void {
  for (const note of root.querySelectorAll<HTMLElement>("[data-plan-date-order]")) {
    if (!early.has(note.dataset["planDateOrder"] ?? "")) note.remove();
  }
  for (const [id, { before, date }] of early) {
    const state = root.querySelector<HTMLElement>(`[data-plan-state="${id}"]`);
    if (!state) continue;
    let note = root.querySelector<HTMLElement>(`[data-plan-date-order="${id}"]`);
    if (!note) {
      note = document.createElement("p");
      note.className = "app-plan-action__state";
      note.dataset["planDateOrder"] = id;
      state.after(note);
    }
    note.textContent = `Target date is before ${byId.get(before)?.number ?? before}'s (${formatDay(date)}), which this action waits for.`;
  }
}
