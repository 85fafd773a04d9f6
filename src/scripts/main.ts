// Entry point for the browser: start the nhsuk-frontend components the site uses and ours. Each is a
// Component found by its data-module; nhsuk-frontend's createAll starts every element on its own, so
// one failure never stops the others. The page was marked as scripted by head.ts before it was painted.
import { createAll, Header, Scroll, SkipLink } from "nhsuk-frontend";
import { LibraryFilter } from "./components/library-filter";
import { Progress } from "./components/progress";
import { RoleFilter } from "./components/role-filter";
import { lazy, type LazyModules } from "./lazy";
import { pageStore } from "./progress/store";
import { currentVisit } from "./progress/visits";
import { startInTurn } from "./start-in-turn";
import { markStarted, markUnstarted } from "./started";

// nhsuk-frontend's scripts check for support on <body> itself (isSupported), which head.ts cannot
// reach; the class changes no style there, as head.ts already set it on <html>.
if (document.documentElement.classList.contains("nhsuk-frontend-supported")) document.body.classList.add("nhsuk-frontend-supported");

/**
 * Set at build time (lib/plugins/scripts.js). This file is bundled twice: main.js with our components,
 * for pages that have one, and core.js without them, for pages that have none (the glossary, document
 * pages), which then load a third of the JavaScript.
 */
declare const APP_COMPONENTS: boolean;

/** Starts a component that only a page or two has, loading its code only on those pages. */
function startOnDemand<K extends "search" | "since-last-visit">(name: K, pick: (module: LazyModules[K]) => typeof Progress) {
  if (!document.querySelector(`[data-module="app-${name}"]`)) return;
  void lazy(name).then((module) => createAll(pick(module)));
}

// Only the nhsuk-frontend components the site uses, to keep the bundle small; then ours. The header
// starts at once, as it arranges its menu; the rest start one task at a time (see start-in-turn.ts).
createAll(Header);
void startInTurn([
  () => createAll(SkipLink),
  // Lets a wide table in the guidance be scrolled by keyboard, where it overflows.
  () => createAll(Scroll),
  ...(APP_COMPONENTS
    ? [
        // Search first: its results are what the search page is for.
        () => startOnDemand("search", (module) => module.Search),
        // Every page with our components counts as opening the guide (for "since your last visit").
        () => currentVisit(),
        // Only a returning visit has news to show: other page views never load its code.
        () => {
          if (currentVisit().newsPending) startOnDemand("since-last-visit", (module) => module.SinceLastVisit);
        },
        // Where the checklist did not start, it says its ticks are not saved (see started.ts).
        () => markUnstarted(Progress.moduleName, createAll(Progress)),
        () => createAll(LibraryFilter),
        () => createAll(RoleFilter),
        // The technical requirements page, and the count of those met under their action: their code
        // loads on those pages only, and shares this bundle's store.
        () => {
          if (document.querySelector("[data-requirements-progress],[data-module=app-requirements]"))
            void lazy("requirements").then((module) => module.start(pageStore()));
        },
      ]
    : []),
]);
// Last: head.ts takes the page for broken unless this has run by DOMContentLoaded.
markStarted();
