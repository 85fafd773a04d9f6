// Shared helpers for the end-to-end tests.
import type { Page } from "@playwright/test";

/** Every layout of the site, as paths relative to the base URL (which may carry a prefix). */
export const LAYOUT_PATHS = {
  home: "",
  step: "steps/integrate/",
  checklist: "checklist/",
  documents: "documents/",
  document: "documents/scal/",
  notFound: "no-such-page/",
} as const;

export const STEP_PATHS = ["steps/apply/", "steps/discovery/", "steps/integrate/", "steps/go-live/"];

/** Records every request the page makes to a host other than the one serving the site. */
export function recordForeignRequests(page: Page, baseURL: string): string[] {
  const ownHost = new URL(baseURL).host;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.host !== ownHost) foreign.push(request.url());
  });
  return foreign;
}
