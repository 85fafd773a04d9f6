// Entry point for the team plan page: the nhsuk-frontend components it uses and the plan itself. A
// bundle of its own, so the other pages never load the plan's code.
import { CharacterCount, createAll, Header, SkipLink } from "nhsuk-frontend";
import { Plan } from "./components/plan";
import { currentVisit } from "./progress/store";
import { startInTurn } from "./start-in-turn";
import { markStarted, markUnstarted } from "./started";

// nhsuk-frontend's scripts check for support on <body> itself; head.ts set it on <html> before the first paint.
if (document.documentElement.classList.contains("nhsuk-frontend-supported")) document.body.classList.add("nhsuk-frontend-supported");

createAll(Header);
void startInTurn([
  () => createAll(SkipLink),
  () => createAll(CharacterCount),
  () => currentVisit(),
  () => markUnstarted(Plan.moduleName, createAll(Plan)),
]);
// Last: head.ts takes the page for broken unless this has run by DOMContentLoaded.
markStarted();
