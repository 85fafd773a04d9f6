// Entry point for the browser: mark the page as scripted, start the nhsuk-frontend components the
// site uses, then ours. Each component is found by data-module and starts on its own.
import { createAll as createAllNhsuk, Header, SkipLink } from "nhsuk-frontend";
import { createAll } from "./components/create-all";
import { startLibraryFilter } from "./components/library-filter";
import { startProgress } from "./components/progress";
import { startSearch } from "./components/search";

// nhsuk-frontend's page template does this with an inline script, which a strict CSP forbids.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) document.body.classList.add("nhsuk-frontend-supported");

// Only the nhsuk-frontend components the site uses, to keep the bundle small.
createAllNhsuk(Header);
createAllNhsuk(SkipLink);

createAll("app-progress", (element) => startProgress(element));
createAll("app-library-filter", startLibraryFilter);
createAll("app-search", startSearch);
