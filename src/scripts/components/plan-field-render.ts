// Drawing the plan's fields from the saved plan: values, suggested dates and the plan's dates, never
// touching a field being edited (it says instead that its saved value changed meanwhile), and the
// problem shown beside an action's fields.
import type { ActionField, PlanDateField } from "../progress/plan-data";
import { formatDay } from "../progress/wording";
import type { View } from "./plan-view";

/** A field of the plan the team types or chooses in. */
export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Says, next to a field being edited, that its saved value changed meanwhile (or clears that). */
export function showChangedMeanwhile(element: Element, changed: boolean): void {
  const group = element.closest<HTMLElement>(".nhsuk-form-group") ?? element.parentElement;
  let note = group?.querySelector<HTMLElement>("[data-plan-changed-meanwhile]") ?? null;
  if (!changed) {
    note?.remove();
    return;
  }
  if (note || !group) return;
  const template = element.closest("[data-plan-root]")?.querySelector<HTMLTemplateElement>("template[data-plan-changed-template]");
  note = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | null;
  if (!note) return;
  group.insertBefore(note, element);
}

/** Shows (or with "" clears) a problem with one action's fields, next to them. */
export function showFieldProblem(root: HTMLElement, id: string, text: string): void {
  const slot = root.querySelector<HTMLElement>(`[data-plan-problem="${id}"]`);
  const slotText = slot?.querySelector<HTMLElement>("[data-plan-problem-text]");
  if (!slot || !slotText) return;
  slotText.textContent = text;
  slot.hidden = text === "";
}

/** Brings every field up to date, except the one being typed in. */
export function renderFields(
  root: HTMLElement,
  { plan, records, suggested }: View,
  editing: ReadonlyMap<Element, { shown: string }>,
): void {
  for (const element of root.querySelectorAll<FieldElement>("[data-plan-field]")) {
    const id = element.dataset["planFor"] ?? "";
    const field = element.dataset["planField"] as ActionField;
    const edit = editing.get(element);
    const stored = field === "status" ? (plan.actions[id]?.status?.value ?? "todo") : (plan.actions[id]?.[field]?.value ?? "");
    if (edit) {
      // Never overwritten under the cursor; the person is told it changed.
      showChangedMeanwhile(element, stored !== edit.shown);
      continue;
    }
    if (field === "status") {
      const record = records[id];
      element.value = record?.status ?? "todo";
      // Ruled out by an answer (the state says which): changed by changing the answer.
      element.disabled = Boolean(record?.reason);
      continue;
    }
    const value = stored;
    if (element.value !== value) {
      element.value = value;
      // nhsuk-frontend's character count updates its message on input.
      if (element instanceof HTMLTextAreaElement) element.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  for (const hint of root.querySelectorAll<HTMLElement>("[data-plan-suggested]")) {
    const day = suggested.get(hint.dataset["planSuggested"] ?? "");
    // Without a start date there is nothing to suggest: the plan's length says so once, not per row.
    hint.textContent = day ? `Suggested: ${formatDay(day)}` : "";
    if (hint.parentElement) hint.parentElement.hidden = !day;
  }
  for (const input of root.querySelectorAll<HTMLInputElement>("[data-plan-date]")) {
    if (document.activeElement !== input) input.value = plan.dates[input.dataset["planDate"] as PlanDateField]?.value ?? "";
  }
}
