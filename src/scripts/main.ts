// Entry point for the browser: mark the page as scripted, start nhsuk-frontend's components, then ours.
import { initAll } from "nhsuk-frontend";

// nhsuk-frontend's page template does this with an inline script; we cannot, under a strict CSP.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) document.body.classList.add("nhsuk-frontend-supported");

initAll();
