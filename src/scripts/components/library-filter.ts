// Narrows the document library by step and type as the reader chooses, without reloading. The
// choice lives in the URL (?step=&type=), so reload, Back and shared links show the same list.

import { Component } from "nhsuk-frontend";
import { readFormFromUrl, writeFormToUrl } from "./form-url";

/** The library filter inside an element with data-module="app-library-filter". */
export class LibraryFilter extends Component {
  static override moduleName = "app-library-filter";

  constructor($root: Element | null) {
    super($root);
    startLibraryFilter(this.$root);
  }
}

function startLibraryFilter(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form.app-library-filter");
  const step = form?.querySelector<HTMLSelectElement>("select[name='step']");
  const type = form?.querySelector<HTMLSelectElement>("select[name='type']");
  const count = root.querySelector<HTMLElement>("[data-library-count]");
  if (!form || !step || !type) return;
  const cells = [...root.querySelectorAll<HTMLElement>("[data-library-row]")];
  const total = new Set(cells.map((cell) => cell.querySelector("a")?.getAttribute("href"))).size;

  const apply = () => {
    const shown = new Set<string | null>();
    for (const cell of cells) {
      const row = cell.closest("tr");
      // Rows sit in a step's group (a document used in two steps is in both); the group decides the step.
      const groupStep = cell.closest<HTMLElement>("[data-library-group]")?.dataset["libraryGroup"];
      const matches = (!step.value || groupStep === step.value) && (!type.value || cell.dataset["type"] === type.value);
      if (row) row.hidden = !matches;
      if (matches) shown.add(cell.querySelector("a")?.getAttribute("href") ?? null);
    }
    for (const group of root.querySelectorAll<HTMLElement>("[data-library-group]")) {
      group.hidden = !group.querySelector("tr:not([hidden]) [data-library-row]");
    }
    const empty = root.querySelector<HTMLElement>("[data-library-empty]");
    if (empty) empty.hidden = shown.size > 0;
    if (count) count.textContent = step.value || type.value ? `Showing ${shown.size} of ${total} documents` : `${total} documents`;
  };

  form.addEventListener("change", () => {
    apply();
    writeFormToUrl(form, false);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
    writeFormToUrl(form, false);
  });
  window.addEventListener("popstate", () => {
    readFormFromUrl(form);
    apply();
  });
  readFormFromUrl(form);
  apply();
}
