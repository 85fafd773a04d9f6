// Narrows the document library by step and type as the reader chooses, without reloading. The
// choice lives in the URL (?step=&type=), so reload, Back and shared links show the same list.

/** Starts the library filter inside `root` (data-module="app-library-filter"). */
export function startLibraryFilter(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form.app-library-filter");
  const step = form?.querySelector<HTMLSelectElement>("select[name='step']");
  const type = form?.querySelector<HTMLSelectElement>("select[name='type']");
  const count = root.querySelector<HTMLElement>("[data-library-count]");
  if (!form || !step || !type) return;
  const cells = [...root.querySelectorAll<HTMLElement>("[data-library-row]")];
  const total = new Set(cells.map((cell) => cell.querySelector("a")?.getAttribute("href"))).size;

  const readUrl = () => {
    const params = new URLSearchParams(window.location.search);
    step.value = [...step.options].some((o) => o.value === params.get("step")) ? (params.get("step") ?? "") : "";
    type.value = [...type.options].some((o) => o.value === params.get("type")) ? (params.get("type") ?? "") : "";
  };

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

  const writeUrl = () => {
    const params = new URLSearchParams();
    if (step.value) params.set("step", step.value);
    if (type.value) params.set("type", type.value);
    const query = params.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  };

  form.addEventListener("change", () => {
    apply();
    writeUrl();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
    writeUrl();
  });
  window.addEventListener("popstate", () => {
    readUrl();
    apply();
  });
  form.hidden = false;
  readUrl();
  apply();
}
