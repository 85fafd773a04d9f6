// Code a page loads only when it is used: reading and merging a file or a shared link, conflicts,
// the calendar and the character count; the messages for unreadable saved data; search, which only
// the search page has; and what changed since the last visit, which only a returning visit shows. Each is built into a file of its own, scripts/lazy/<name>.js
// (lib/plugins/scripts.js), so the bundles every page loads stay within their budgets.

/** The modules loaded on demand, by the name of their built file. */
export interface LazyModules {
  transfer: typeof import("./progress/transfer");
  "merge-preview": typeof import("./progress/merge-preview");
  "plan-share-in": typeof import("./components/plan-share-in");
  "plan-conflicts": typeof import("./components/plan-conflicts");
  calendar: typeof import("./plan/calendar");
  csv: typeof import("./plan/csv");
  xlsx: typeof import("./plan/xlsx");
  "character-count": typeof import("./plan/character-count");
  search: typeof import("./components/search");
  "progress-import": typeof import("./components/progress-import");
  print: typeof import("./plan/print");
  "share-link": typeof import("./plan/share-link");
  "since-last-visit": typeof import("./components/since-last-visit");
  "progress-messages": typeof import("./components/progress-messages");
  requirements: typeof import("./components/requirements");
}

/** Where each is built from, for the build (lib/plugins/scripts.js), relative to this folder. */
export const LAZY_SOURCES: Record<keyof LazyModules, string> = {
  transfer: "progress/transfer.ts",
  "merge-preview": "progress/merge-preview.ts",
  "plan-share-in": "components/plan-share-in.ts",
  "plan-conflicts": "components/plan-conflicts.ts",
  calendar: "plan/calendar.ts",
  csv: "plan/csv.ts",
  xlsx: "plan/xlsx.ts",
  "character-count": "plan/character-count.ts",
  search: "components/search.ts",
  "progress-import": "components/progress-import.ts",
  print: "plan/print.ts",
  "share-link": "plan/share-link.ts",
  "since-last-visit": "components/since-last-visit.ts",
  "progress-messages": "components/progress-messages.ts",
  requirements: "components/requirements.ts",
};

/**
 * Loads one, from beside the bundle that asks (so it works under any path prefix). The address is
 * made at run time, so the bundler leaves the import to the browser instead of inlining the module.
 */
export function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  const url = new URL(`lazy/${name}.js`, import.meta.url).href;
  return import(url) as Promise<LazyModules[K]>;
}
