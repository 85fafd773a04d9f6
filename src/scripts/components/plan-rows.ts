// The plan's rows: one per action, cloned from the row template in plan.njk (nhsuk-frontend's macros,
// rendered once) and filled from the actions manifest the page already carries. A page with one form
// per action grew by a form's markup for every action a content designer added.
import type { ActionInfo } from "../progress/actions";
import { siteAddress } from "../progress/actions";

const PLACEHOLDER = "__ID__";

/** Puts an id wherever a template says __ID__ (ids, labels' for, names, data attributes). */
export function fillIds(fragment: DocumentFragment, id: string): void {
  for (const element of fragment.querySelectorAll("*")) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes(PLACEHOLDER)) element.setAttribute(attribute.name, attribute.value.split(PLACEHOLDER).join(id));
    }
  }
}

/** Draws a row for every action, in its step's place; returns false when the page has no template. */
export function drawPlanRows(root: HTMLElement, actions: readonly ActionInfo[]): boolean {
  const template = root.querySelector<HTMLTemplateElement>("template[data-plan-row-template]");
  if (!template) return false;
  for (const action of actions) {
    const place = root.querySelector<HTMLElement>(`[data-plan-rows="${CSS.escape(action.stepId)}"]`);
    if (!place) continue;
    const row = template.content.cloneNode(true) as DocumentFragment;
    fillIds(row, action.id);
    for (const number of row.querySelectorAll("[data-plan-row-number]")) number.textContent = action.number;
    for (const title of row.querySelectorAll("[data-plan-row-title]")) title.textContent = action.title;
    const guidance = row.querySelector<HTMLAnchorElement>("[data-plan-row-guidance]");
    if (guidance) guidance.href = siteAddress(document, action.url);
    const group = row.querySelector<HTMLElement>("[data-plan-action]");
    if (group) group.dataset["roles"] = action.roles.join(" ");
    place.append(row);
  }
  // The count of technical requirements met, under the action they belong to (its template is
  // rendered once, for that action alone).
  for (const extra of root.querySelectorAll<HTMLTemplateElement>("template[data-plan-requirements-template]")) {
    const state = root.querySelector(`[data-plan-state="${CSS.escape(extra.dataset["planFor"] ?? "")}"]`);
    state?.after(extra.content.cloneNode(true));
  }
  return true;
}
