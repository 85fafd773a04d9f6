// Shared helpers for the end-to-end tests.
import AxeBuilder from "@axe-core/playwright";
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

/** The storage key the checklist saves under (see src/scripts/progress/store.ts). */
export const PROGRESS_KEY = "nhs-login-guide:progress:v1";

/** Progress as the store saves it. */
export interface SavedProgress {
  version: number;
  actions: Record<string, { status: string; updatedAt: string }>;
}

/** The saved progress, parsed, or null. */
export async function savedProgress(page: Page): Promise<SavedProgress | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw === null ? null : (JSON.parse(raw) as SavedProgress);
}

/** Saves progress as if from an earlier visit: ticks for the given ids. */
export async function seedProgress(page: Page, actions: Record<string, string>): Promise<void> {
  const records = Object.fromEntries(
    Object.entries(actions).map(([id, status]) => [id, { status, updatedAt: "2026-11-01T09:00:00.000Z" }]),
  );
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, JSON.stringify({ version: 1, actions: records })],
  );
}

/** Where playwright.config.ts serves the site built from tests/fixtures/content-changes. */
export const FIXTURE_PORT = 4175;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;

/** WCAG 2.2 A and AA rules, as axe-core tags them. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Scans the page as it is now; returns each violation as "rule: elements", so a failure names them. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
