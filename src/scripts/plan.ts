// Entry point for the team plan page: the nhsuk-frontend components it uses and the plan itself. A
// bundle of its own, so the other pages never load the plan's code.
import { createAll, Header, SkipLink } from "nhsuk-frontend";
import { Plan } from "./components/plan";
import { currentVisit } from "./progress/visits";
import { startInTurn } from "./start-in-turn";
import { markStarted, markUnstarted } from "./started";
import { lazy } from "./lazy";

// nhsuk-frontend's scripts check for support on <body> itself; head.ts set it on <html> before the first paint.
if (document.documentElement.classList.contains("nhsuk-frontend-supported")) document.body.classList.add("nhsuk-frontend-supported");

createAll(Header);
void startInTurn([
  () => createAll(SkipLink),
  // The character count starts when a note is first focused: until then the hint under each note
  // (rendered with the page) says how long it may be.
  () => {
    const start = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLTextAreaElement)) return;
      document.removeEventListener("focusin", start, true);
      void lazy("character-count").then(({ CharacterCount }) => createAll(CharacterCount));
    };
    document.addEventListener("focusin", start, true);
  },
  // Opening the plan counts as opening the guide, and a new visit that starts here lists what changed.
  () => currentVisit(),
  // Only a returning visit has news to show: other page views never load its code.
  () => {
    if (currentVisit().newsPending && document.querySelector('[data-module="app-since-last-visit"]'))
      void lazy("since-last-visit").then(({ SinceLastVisit }) => createAll(SinceLastVisit));
  },
  () => markUnstarted(Plan.moduleName, createAll(Plan)),
]);
// Last: head.ts takes the page for broken unless this has run by DOMContentLoaded.
markStarted();
