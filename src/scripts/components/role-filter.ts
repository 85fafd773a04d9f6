// Narrows the checklist to the actions of one role in the team, without reloading. The choice lives in
// the URL (?role=), so reload, Back and a shared link show the same list; a role the page does not
// know shows everyone's. Only what is shown changes: progress counts stay for the whole process.

import { Component } from "nhsuk-frontend";
import { readFormFromUrl, writeFormToUrl } from "./form-url";

/** The role filter inside an element with data-module="app-role-filter". */
export class RoleFilter extends Component {
  static override moduleName = "app-role-filter";

  constructor($root: Element | null) {
    super($root);
    startRoleFilter(this.$root);
  }
}

function startRoleFilter(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form[data-role-filter]");
  const select = form?.querySelector<HTMLSelectElement>("select[name='role']");
  if (!form || !select) return;
  const status = root.querySelector<HTMLElement>("[data-role-filter-status]");
  const empty = root.querySelector<HTMLElement>("[data-role-filter-empty]");
  // Each action's checkboxes (done, and not applicable) carry the ids of its roles.
  const boxes = [...root.querySelectorAll<HTMLInputElement>("input[data-roles]")];
  const total = new Set(boxes.map((box) => box.value)).size;

  const apply = () => {
    const role = select.value;
    const shown = new Set<string>();
    for (const box of boxes) {
      const matches = !role || (box.dataset["roles"] ?? "").split(" ").includes(role);
      const item = box.closest<HTMLElement>(".nhsuk-checkboxes__item");
      if (item) item.hidden = !matches;
      if (matches) shown.add(box.value);
    }
    // A step with none of the role's actions is left out, heading and all.
    for (const group of new Set(boxes.map((box) => box.closest<HTMLElement>(".nhsuk-form-group")))) {
      if (group) group.hidden = !group.querySelector(".nhsuk-checkboxes__item:not([hidden])");
    }
    if (empty) empty.hidden = shown.size > 0;
    if (status) {
      const name = select.selectedOptions[0]?.text ?? role;
      status.textContent = role
        ? `Showing ${shown.size} of ${total} actions: those for ${name}. Progress counts are still for the whole process.`
        : "";
    }
  };

  // Each choice is a history entry, so Back returns to the role shown before.
  form.addEventListener("change", () => {
    apply();
    writeFormToUrl(form, true);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
    writeFormToUrl(form, true);
  });
  window.addEventListener("popstate", () => {
    readFormFromUrl(form);
    apply();
  });
  readFormFromUrl(form);
  // An unknown role in the URL has fallen back to everyone: take it out of the URL too.
  writeFormToUrl(form, false);
  apply();
}
