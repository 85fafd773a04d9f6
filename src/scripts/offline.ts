// Keeps the guide for offline use: registers the service worker (built into <base>sw.js by
// lib/plugins/service-worker.js) and, on a page served from what it saved, says when that was, as
// "Saved for offline use on 7 December 2026" at the foot of the page. Its own small module, so the main
// bundles do not grow; a browser without service workers runs nothing and the site is as it was.
import { SAVED_TIMING } from "./offline-saved";

/** When the page now shown was saved, if it came from the saved copies rather than the network. */
function savedAt(): Date | null {
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  const entry = navigation?.serverTiming?.find((timing) => timing.name === SAVED_TIMING);
  const when = entry ? new Date(entry.description) : null;
  return when && !Number.isNaN(when.getTime()) ? when : null;
}

/**
 * Adds the saved date as the last line of the footer: nothing is below it, so nothing moves. The page
 * that says a page is not available offline has no date to give (data-offline-fallback).
 */
function showSavedDate(): void {
  const when = savedAt();
  const footer = document.querySelector(".nhsuk-footer__meta");
  if (!when || !footer || document.querySelector("[data-offline-fallback]")) return;
  const note = document.createElement("p");
  note.className = "nhsuk-body-s";
  note.setAttribute("data-offline-saved", when.toISOString());
  note.textContent = `Saved for offline use on ${when.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}`;
  footer.append(note);
}

if ("serviceWorker" in navigator) {
  showSavedDate();
  // After the page has loaded, so saving the guide never competes with the page being read. The
  // worker sits at the site's root (under any path prefix), one folder above this script.
  const register = () => void navigator.serviceWorker.register(new URL("../sw.js", import.meta.url)).catch(() => undefined);
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
