// The search page: results as you type, filters, and the query and filters kept in the URL so reload,
// Back and shared links show the same results.
import { Component } from "nhsuk-frontend";
import { loadPagefind, type Pagefind, type PagefindFilters, type PagefindResult } from "../search/pagefind";
import { renderResult } from "../search/render";
import { readFormFromUrl, writeFormToUrl } from "./form-url";

const PAGE_SIZE = 10;
const FILTER_NAMES = ["step", "kind", "type"] as const;

/** Search inside an element with data-module="app-search". */
export class Search extends Component {
  static override moduleName = "app-search";

  constructor($root: Element | null) {
    super($root);
    startSearch(this.$root);
  }
}

function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form[data-search-form]");
  const input = form?.querySelector<HTMLInputElement>("input[name='q']");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!form || !input || !status || !list || !more) return;

  let pagefind: Promise<Pagefind> | null = null;
  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;
  let typingTimer: number | undefined;

  const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name='${name}']:checked`)].map((box) => box.value);

  const filters = (): PagefindFilters => {
    const chosen: PagefindFilters = {};
    for (const name of FILTER_NAMES) {
      const values = checked(name);
      if (values.length > 0) chosen[name] = { any: values };
    }
    return chosen;
  };

  const showMore = async (run: number) => {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (run !== latest) return;
    list.append(...batch.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const search = async () => {
    const run = ++latest;
    const term = input.value.trim();
    const chosen = filters();
    if (!term && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    pagefind ??= loadPagefind();
    const found = await (await pagefind).search(term || null, { filters: chosen });
    if (run !== latest || !found) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== latest) return;
    const quoted = term ? ` for ‘${term}’` : "";
    status.textContent =
      results.length === 0
        ? `No results${quoted}. Try fewer words, or another spelling.`
        : `${results.length} ${results.length === 1 ? "result" : "results"}${quoted}`;
  };

  input.addEventListener("input", () => {
    window.clearTimeout(typingTimer);
    // Wait for a pause in typing, so a query is searched (and announced) once.
    typingTimer = window.setTimeout(() => {
      writeFormToUrl(form, false);
      void search();
    }, 150);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    writeFormToUrl(form, true);
    void search();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    writeFormToUrl(form, true);
    void search();
  });
  more.addEventListener("click", () => void showMore(latest));
  window.addEventListener("popstate", () => {
    readFormFromUrl(form);
    void search();
  });

  root.querySelector<HTMLElement>("[data-search-unavailable]")?.setAttribute("hidden", "");
  form.hidden = false;
  readFormFromUrl(form);
  void search();
}
