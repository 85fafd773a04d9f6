// Conflicting changes on the team plan: where two people changed one field without seeing each
// other's change, both values are shown where the field is, each with who wrote it and when, and a
// button to keep it. Keeping one (or writing a new value in the field) is an edit like any other, so
// the choice travels with the next link or file. The markup comes from templates in plan.njk.
import { readMember } from "../progress/members";
import type { FieldPath } from "../progress/field-paths";
import type { Conflict } from "../progress/plan-state";
import type { ProgressStore } from "../progress/store";
import type { Seen } from "../progress/register";
import { formatDay, formatTime, STATUS_LABELS } from "../progress/wording";

const FIELD_NAMES: Record<string, string> = {
  status: "The status",
  owner: "The owner",
  target: "The target date",
  notes: "The notes",
  start: "The start date",
  goLive: "The target go-live date",
  serviceName: "The service name",
};

/** A value as a person reads it: a status's label, a date in words, an answer's label, or "(empty)". */
function readable(root: HTMLElement, path: FieldPath, value: string): string {
  if (path.kind === "requirement") return value === "" ? "Not met" : "Met";
  if (value === "") return path.kind === "member" ? "(removed)" : "(empty)";
  if (path.kind === "member") {
    const member = readMember(value);
    return member ? member.name : value;
  }
  if (path.kind === "action" && path.field === "status") return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  if ((path.kind === "action" && path.field === "target") || path.kind === "date") return formatDay(value);
  if (path.kind === "answer") {
    const radio = root.querySelector<HTMLInputElement>(`[data-plan-question="${path.id}"] input[value="${CSS.escape(value)}"]`);
    return radio?.labels?.[0]?.textContent?.trim() ?? value;
  }
  return value;
}

/**
 * Where a conflict is shown: under the action's state (a place made the first time one is shown, so
 * the page does not carry an empty one per action), or the plan's settings slot.
 */
function slotFor(root: HTMLElement, path: FieldPath): HTMLElement | null {
  if (path.kind !== "action") return root.querySelector<HTMLElement>('[data-plan-conflicts="settings"]');
  const existing = root.querySelector<HTMLElement>(`[data-plan-conflicts="${CSS.escape(path.id)}"]`);
  if (existing) return existing;
  const state = root.querySelector<HTMLElement>(`[data-plan-state="${CSS.escape(path.id)}"]`);
  if (!state) return null;
  const slot = document.createElement("div");
  slot.dataset["planConflicts"] = path.id;
  // After the block that holds the state: in the row's grid it then spans the row, below the fields.
  (state.closest(".app-plan-action__title") ?? state).after(slot);
  return slot;
}

function fieldName(root: HTMLElement, path: FieldPath): string {
  if (path.kind === "answer") {
    const legend = root.querySelector(`[data-plan-question="${path.id}"] legend`)?.textContent?.trim();
    return legend ? `The answer to “${legend}”` : "An answer";
  }
  if (path.kind === "member") return "A member of the team";
  if (path.kind === "requirement") return `Whether the technical requirement “${path.id}” is met`;
  return FIELD_NAMES[path.field] ?? "A field";
}

/** Draws every conflict in its place, and clears the places that have none. Keeping a value writes it over what was shown. */
export function renderConflicts(
  root: HTMLElement,
  store: ProgressStore,
  conflicts: readonly Conflict[],
  label: (id: string) => string,
): void {
  const callout = root.querySelector<HTMLTemplateElement>("template[data-plan-conflict-template]");
  const valueTemplate = root.querySelector<HTMLTemplateElement>("template[data-plan-conflict-value-template]");
  const slots = new Map<HTMLElement, Node[]>();
  for (const slot of root.querySelectorAll<HTMLElement>("[data-plan-conflicts]")) slots.set(slot, []);
  if (!callout || !valueTemplate) return;
  for (const conflict of conflicts) {
    const slot = slotFor(root, conflict.path);
    if (!slot) continue;
    if (!slots.has(slot)) slots.set(slot, []);
    const basis: Seen = store.seen(conflict.path);
    const box = callout.content.cloneNode(true) as DocumentFragment;
    const intro = box.querySelector<HTMLElement>("[data-conflict-intro]");
    const where = conflict.path.kind === "action" ? ` of ${label(conflict.path.id)}` : "";
    if (intro)
      intro.textContent = `${fieldName(root, conflict.path)}${where} ${conflict.path.kind === "action" && conflict.path.field === "notes" ? "were" : "was"} changed in ${conflict.entries.length} places, by people who had not seen each other's change. Every value is kept until you choose one:`;
    const list = box.querySelector<HTMLElement>("[data-conflict-values]");
    for (const entry of conflict.entries) {
      const item = valueTemplate.content.cloneNode(true) as DocumentFragment;
      const value = item.querySelector<HTMLElement>("[data-conflict-value]");
      if (value) value.textContent = readable(root, conflict.path, entry.value);
      const who = item.querySelector<HTMLElement>("[data-conflict-who]");
      if (who) {
        const name = document.createElement("bdi");
        name.textContent = entry.by ?? "someone who gave no name";
        who.replaceChildren("by ", name, `, ${formatTime(entry.at)} (their computer's clock)`);
      }
      const context = item.querySelector<HTMLElement>("[data-conflict-keep-context]");
      if (context) context.textContent = ` value: ${readable(root, conflict.path, entry.value).slice(0, 80)}`;
      item.querySelector("[data-conflict-keep]")?.addEventListener("click", () => {
        store.setAt(conflict.path, entry.value, basis);
        const field =
          conflict.path.kind === "action"
            ? root.querySelector<HTMLElement>(`[data-plan-for="${conflict.path.id}"][data-plan-field="${conflict.path.field}"]`)
            : null;
        (field ?? slot.closest<HTMLElement>("[data-plan-action]") ?? root).focus();
      });
      list?.append(item);
    }
    slots.get(slot)?.push(box);
  }
  for (const [slot, boxes] of slots) {
    slot.replaceChildren(...boxes);
    slot.hidden = boxes.length === 0;
  }
}
