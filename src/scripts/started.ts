// How a page takes back what head.ts promised. head.ts shows the page as scripted (app-js) before the
// first paint, so nothing moves when the bundle starts; if the bundle, or a component the page relies
// on, never starts after all, these mark it, and the page then says what will not work (the
// app-no-js-only messages) and hides the controls that would do nothing (see src/styles/_app.scss).
// No imports: head.ts, which holds up the first paint, takes its two names from here.

/** Set on <html> by an entry bundle once its start-up code has run; head.ts looks for it. */
export const STARTED_ATTRIBUTE = "data-app-started";

/** On <html> when the page's bundle never started, or on a component's element when that component did not. */
export const NOT_STARTED_CLASS = "app-js-failed";

/** Tells head.ts that this page's bundle ran: the last line of an entry's start-up code. */
export function markStarted(): void {
  document.documentElement.setAttribute(STARTED_ATTRIBUTE, "");
}

/**
 * Marks each element of a component the page relies on (the checklist, the plan) that did not start,
 * given what createAll returned: it leaves out every element whose component threw as it started.
 */
export function markUnstarted(moduleName: string, started: ReadonlyArray<{ $root: Element }>): void {
  const roots = new Set(started.map((instance) => instance.$root));
  for (const element of document.querySelectorAll(`[data-module="${moduleName}"]`)) {
    if (!roots.has(element)) element.classList.add(NOT_STARTED_CLASS);
  }
}

/**
 * Whether this page was opened afresh, not by Back, Forward or reload: only then is a box that differs
 * from the page's markup the reader's own doing, not a value the browser restored from an earlier view.
 */
export function openedAfresh(): boolean {
  const navigation = performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === "navigate";
}
