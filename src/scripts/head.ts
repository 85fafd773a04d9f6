// Runs in <head> as a classic blocking script, before the first paint, so the page is painted once in
// its scripted layout and nothing moves when the main bundle starts. Kept tiny: it delays the paint.
import { NOT_STARTED_CLASS, STARTED_ATTRIBUTE } from "./started";

const root = document.documentElement;
root.classList.add("js-enabled");
// nhsuk-frontend's scripts, and ours, run only where module scripts do. Its CSS selects on this class
// as an ancestor (the header's navigation keeps to one line), so <html> serves as well as <body>.
if ("noModule" in HTMLScriptElement.prototype) {
  root.classList.add("nhsuk-frontend-supported", "app-js");
  // The page's bundle is a module script, and a module script has run, or failed, before
  // DOMContentLoaded: however slow its download, the event waits for it. So if the bundle has not
  // said it started by then, it was blocked, failed to load or threw, and the page says what will not
  // work, as it does without JavaScript. No timer: a slow connection is never taken for a broken one.
  document.addEventListener("DOMContentLoaded", () => {
    if (!root.hasAttribute(STARTED_ATTRIBUTE)) root.classList.add(NOT_STARTED_CLASS);
  });
}
