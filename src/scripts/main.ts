// Entry point for the browser: mark the page as scripted, then start the nhsuk-frontend components
// the site uses and ours. Each is a Component found by its data-module; nhsuk-frontend's createAll
// starts every element on its own, so one failure never stops the others.
import { createAll, Header, SkipLink } from "nhsuk-frontend";
import { LibraryFilter } from "./components/library-filter";
import { Progress } from "./components/progress";
import { Search } from "./components/search";

// nhsuk-frontend's page template does this with an inline script, which a strict CSP forbids.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) document.body.classList.add("nhsuk-frontend-supported");

// Only the nhsuk-frontend components the site uses, to keep the bundle small; then ours.
createAll(Header);
createAll(SkipLink);
createAll(Progress);
createAll(LibraryFilter);
createAll(Search);
