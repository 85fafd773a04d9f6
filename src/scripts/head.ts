// Runs in <head> as a classic blocking script, before the first paint, so the page is painted once in
// its scripted layout and nothing moves when the main bundle starts. Kept tiny: it delays the paint.

const root = document.documentElement;
root.classList.add("js-enabled");
// nhsuk-frontend's scripts, and ours, run only where module scripts do. Its CSS selects on this class
// as an ancestor (the header's navigation keeps to one line), so <html> serves as well as <body>.
if ("noModule" in HTMLScriptElement.prototype) root.classList.add("nhsuk-frontend-supported", "app-js");
