// The search page: results as you type, filters, and the query and filters kept in the URL so reload,
// Back and shared links show the same results.
import { loadPagefind, type Pagefind, type PagefindFilters, type PagefindResult } from "../search/pagefind";
import { renderResult } from "../search/render";

const PAGE_SIZE = 10;
const FILTER_NAMES = ["step", "kind", "type"] as const;

/** Starts search inside `root` (data-module="app-search"). */
export function startSearch(root: HTMLElement): void {
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

  const writeUrl = (push: boolean) => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    for (const name of FILTER_NAMES) for (const value of checked(name)) params.append(name, value);
    const url = `${window.location.pathname}${params.size ? `?${params}` : ""}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };

  const readUrl = () => {
    const params = new URLSearchParams(window.location.search);
    input.value = params.get("q") ?? "";
    for (const name of FILTER_NAMES) {
      const values = params.getAll(name);
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name='${name}']`)) box.checked = values.includes(box.value);
    }
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
    status.textContent = results.length === 0 ? `No results${quoted}. Try fewer words, or another spelling.` : `${results.length} ${results.length === 1 ? "result" : "results"}${quoted}`;
  };

  input.addEventListener("input", () => {
    window.clearTimeout(typingTimer);
    // Wait for a pause in typing, so a query is searched (and announced) once.
    typingTimer = window.setTimeout(() => {
      writeUrl(false);
      void search();
    }, 150);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    writeUrl(true);
    void search();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    writeUrl(true);
    void search();
  });
  more.addEventListener("click", () => void showMore(latest));
  window.addEventListener("popstate", () => {
    readUrl();
    void search();
  });

  root.querySelector<HTMLElement>("[data-search-unavailable]")?.setAttribute("hidden", "");
  form.hidden = false;
  readUrl();
  void search();
}
