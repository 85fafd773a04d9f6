// The guide's actions as the page describes them (a JSON manifest rendered at build time).

/** An answer to one of the plan's questions that rules an action out, and the reason shown. */
export interface Exclusion {
  question: string;
  answer: string;
  reason: string;
}

/** One action of the process, as the browser needs it. */
export interface ActionInfo {
  id: string;
  title: string;
  number: string;
  stepId: string;
  stepTitle: string;
  /** The step's share of the whole process's time, in percent. */
  stepShare: number;
  /** The action's guidance, a root-relative address. */
  url: string;
  roles: string[];
  conditional: boolean;
  replaces: string[];
  /** The actions that come before this one. */
  after: string[];
  exclusions: Exclusion[];
  /** Its newest entry in the change log (date YYYY-MM-DD, root-relative address), if any. */
  change?: { date: string; url: string } | null;
}

/** Reads the manifest the page carries; an empty list when the page has none. */
export function readActionManifest(doc: Document): ActionInfo[] {
  const element = doc.getElementById("app-actions-manifest");
  if (!element?.textContent) return [];
  const parsed: unknown = JSON.parse(element.textContent);
  return Array.isArray(parsed) ? (parsed as ActionInfo[]) : [];
}

/**
 * The full address of a root-relative address in the manifest ("/steps/apply/#x"), under the
 * site's path prefix, if any.
 */
export function siteAddress(doc: Document, rootRelative: string): string {
  const root = doc.getElementById("app-actions-manifest")?.dataset["siteRoot"] ?? "/";
  return new URL(rootRelative.replace(/^\//, ""), new URL(root, doc.baseURI)).href;
}

/** The ids this guide knows: actions (with the ids they replace) and the plan's questions. */
export function knownIds(doc: Document, actions: readonly ActionInfo[]): { actions: Set<string>; questions: Set<string> } {
  const questions = (doc.getElementById("app-actions-manifest")?.dataset["questionIds"] ?? "").split(" ").filter(Boolean);
  return { actions: new Set(actions.flatMap((a) => [a.id, ...a.replaces])), questions: new Set(questions) };
}

/** The bank holidays (YYYY-MM-DD) the page lists, which suggested dates skip; none without a manifest. */
export function readHolidays(doc: Document): Set<string> {
  const days = doc.getElementById("app-actions-manifest")?.dataset["holidays"] ?? "";
  return new Set(days.split(" ").filter(Boolean));
}

let pageHolidaysRead: Set<string> | null = null;

/** This page's bank holidays, read once; none outside a browser, so unit tests pass their own. */
export function pageHolidays(): ReadonlySet<string> {
  if (typeof document === "undefined") return new Set();
  pageHolidaysRead ??= readHolidays(document);
  return pageHolidaysRead;
}
