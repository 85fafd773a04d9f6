// What the service worker (src/service-worker/sw.ts) and the page (offline.ts) agree on. A saved copy
// carries the time it was saved as a Server-Timing entry, a header the page can read about itself
// (PerformanceNavigationTiming.serverTiming): a page from the network has none, so a page that has
// one was served from what was saved. No imports and no DOM: the service worker bundles this too.

/** The Server-Timing entry a saved copy carries; its description is the time it was saved (ISO 8601). */
export const SAVED_TIMING = "app-saved";

/** The header value that marks a copy as saved at `when`. */
export function savedTimingHeader(when: Date): string {
  return `${SAVED_TIMING};desc="${when.toISOString()}"`;
}

/** The prefix of every cache the guide's service worker makes, so a kill switch can find them all. */
export const CACHE_PREFIX = "nhs-login-guide";
