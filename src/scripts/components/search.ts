// The search page: results as you type, filters, and the query and filters kept in the URL so reload,
// Back and shared links show the same results.
import { Component } from "nhsuk-frontend";
import { find } from "../search/find";
import { loadPagefind, siteBase, type Pagefind, type PagefindFilters, type PagefindResult } from "../search/pagefind";
import type { SearchRules } from "../search/query";
import { echo, renderResult, statusSentence } from "../search/render";
import { readFormFromUrl, writeFormToUrl } from "./form-url";

const PAGE_SIZE = 10;
/** Rules that read a query as typed, should the page's own be missing. */
const NO_RULES: SearchRules = { questionWords: [], definitionStarts: [], misspellings: [], synonyms: [] };
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
  const notice = root.querySelector<HTMLElement>("[data-search-notice]");
  const filterCount = root.querySelector<HTMLElement>("[data-search-filter-count]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]");
  const help = root.querySelector<HTMLElement>("[data-search-help]");
  if (!form || !input || !status || !list || !more) return;

  let pagefind: Promise<Pagefind> | null = null;
  // How a query is read (_data/search.yaml), carried by the page so the first search waits for nothing more.
  const rules = JSON.parse(root.querySelector("[data-search-rules]")?.textContent ?? "null") as SearchRules | null;
  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;
  let typingTimer: number | undefined;

  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type='checkbox'][name='${name}']`)];
  const checked = (name: string) =>
    boxes(name)
      .filter((box) => box.checked)
      .map((box) => box.value);

  const filters = (): PagefindFilters => {
    const chosen: PagefindFilters = {};
    for (const name of FILTER_NAMES) {
      const values = checked(name);
      if (values.length > 0) chosen[name] = { any: values };
    }
    return chosen;
  };

  // The fold over the filters on small screens says how many are chosen, as they are out of sight.
  const countFilters = () => {
    const count = FILTER_NAMES.reduce((sum, name) => sum + checked(name).length, 0);
    if (filterCount) filterCount.textContent = count > 0 ? ` (${count} selected)` : "";
  };

  /** Filter values in the URL that no checkbox offers (an old or mistyped link), each with its group's name. */
  const unrecognised = (): Array<[string, string]> => {
    const params = new URLSearchParams(window.location.search);
    return FILTER_NAMES.flatMap((name) => {
      const offered = boxes(name);
      const group = offered[0]?.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? name;
      return params
        .getAll(name)
        .filter((value) => !offered.some((box) => box.value === value))
        .map((value): [string, string] => [group, value]);
    });
  };

  // Fills the form from the URL. Filters the page does not offer are taken out of the URL, and the
  // reader is told, rather than left with results narrowed (or not) by something they cannot see.
  const restoreFromUrl = () => {
    readFormFromUrl(form);
    countFilters();
    const unknown = unrecognised();
    if (notice) notice.hidden = unknown.length === 0;
    if (unknown.length === 0) return;
    writeFormToUrl(form, false);
    const one = unknown.length === 1;
    notice?.replaceChildren(
      `The ${one ? "filter" : "filters"} `,
      ...unknown.flatMap(([group, value], i) => [i === 0 ? "" : i === unknown.length - 1 ? " and " : ", ", `${group} ‘`, echo(value), "’"]),
      ` in this link ${one ? "is not one" : "are not ones"} the search has, so ${one ? "it has" : "they have"} been left out.`,
    );
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
      status.replaceChildren();
      if (help) help.hidden = true;
      return;
    }
    let corrected: string | null;
    try {
      pagefind ??= loadPagefind();
      const found = await find(await pagefind, rules ?? NO_RULES, siteBase(), term, chosen);
      if (run !== latest) return;
      results = found.results;
      corrected = found.corrected;
      shown = 0;
      list.replaceChildren();
      await showMore(run);
    } catch {
      // The index could not be loaded (offline, or a failed deploy): say so rather than show nothing.
      pagefind = null;
      if (run === latest) status.textContent = "Search is not working at the moment. Try again, or browse the documents A to Z.";
      return;
    }
    if (run !== latest) return;
    status.replaceChildren(...statusSentence(results.length, term, corrected));
    // No dead end: with nothing found, the ways to browse everything are offered under the message.
    if (help) help.hidden = results.length > 0;
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
    countFilters();
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
    restoreFromUrl();
    void search();
  });

  // Search starts once its code has loaded (see lazy.ts): a query typed before then is kept, and put
  // in the address as typing would have put it (the box has autocomplete="off", so it is never a
  // value the browser restored).
  const typed = input.value;
  restoreFromUrl();
  if (!input.value && typed) {
    input.value = typed;
    writeFormToUrl(form, false);
  }
  void search();
}
