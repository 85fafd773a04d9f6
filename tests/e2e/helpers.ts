// Shared helpers for the end-to-end tests.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { Field, PlanData } from "../../src/scripts/progress/plan-data";
import { readState } from "../../src/scripts/progress/plan-read";
import { planView } from "../../src/scripts/progress/plan-state";
import { actionsInStep, guide } from "./guide-model";

/** The step with the most actions: the longest step page, where layout and axe problems show first. */
const longestStep = [...guide.steps].sort((a, b) => actionsInStep(b.id).length - actionsInStep(a.id).length)[0];

/** Every layout of the site, as paths relative to the base URL (which may carry a prefix), from the data. */
export const LAYOUT_PATHS = {
  home: "",
  step: `steps/${longestStep?.id}/`,
  checklist: "checklist/",
  documents: "documents/",
  document: `documents/${guide.documents[0]?.id}/`,
  glossary: "glossary/",
  roles: "roles/",
  role: `roles/${guide.roles[0]?.id}/`,
  notFound: "no-such-page/",
} as const;

/** Every step's page, in process order. */
export const STEP_PATHS = guide.steps.map((step) => `steps/${step.id}/`);

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

/** One field as pages show it: its one shown value, when and by whom. */
export type SavedField = Field;

/** The plan as pages show it (one value per field), read from what the store saved. */
export type SavedPlan = PlanData;

/** What the store saved, parsed as it is (version 3: every field a register), or null. */
export async function savedState(page: Page): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
}

/** The saved plan as pages show it, read through the site's own reader and view, or null. */
export async function savedPlan(page: Page): Promise<SavedPlan | null> {
  const raw = await savedState(page);
  if (raw === null) return null;
  const read = readState(raw);
  if (!read.ok) throw new Error(`The saved plan cannot be read: ${read.reason}`);
  return planView(read.state);
}

/** Each action's saved status and its date, as the checklist tests read them, with the saved version. */
export interface SavedProgress {
  version: number;
  actions: Record<string, { status: string; updatedAt: string }>;
}

/** The saved statuses (read from the saved plan), or null when nothing is saved. */
export async function savedProgress(page: Page): Promise<SavedProgress | null> {
  const raw = await savedState(page);
  const plan = await savedPlan(page);
  if (!plan || !raw) return null;
  const actions: SavedProgress["actions"] = {};
  for (const [id, record] of Object.entries(plan.actions)) {
    if (record.status) actions[id] = { status: record.status.value, updatedAt: record.status.at };
  }
  return { version: raw["version"] as number, actions };
}

/** Saves progress as if from an earlier visit in version 1 of the guide: ticks for the given ids. */
export async function seedProgress(page: Page, actions: Record<string, string>): Promise<void> {
  const records = Object.fromEntries(
    Object.entries(actions).map(([id, status]) => [id, { status, updatedAt: "2026-11-01T09:00:00.000Z" }]),
  );
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, JSON.stringify({ version: 1, actions: records })],
  );
}

/** The first of the three ports the test servers use; E2E_PORT_BASE moves them, so two runs on one machine never share a server. */
export const PORT_BASE = Number(process.env["E2E_PORT_BASE"] ?? 4173);

/** Where playwright.config.ts serves the site built from tests/fixtures/content-changes. */
export const FIXTURE_PORT = PORT_BASE + 2;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;

/** WCAG 2.2 A and AA rules, as axe-core tags them. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Scans the page as it is now; returns each violation as "rule: elements", so a failure names them. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The banner where the checklist reports a problem or a success: at the top of the page, or next to the import or reset control. */
export function messageBanner(
  page: Page,
  scope: "page" | "import" | "reset" | "share" | "link" | "plan-reset",
  kind: "problem" | "success",
) {
  return page.locator(`[data-message-scope='${scope}'][data-progress-message='${kind}']`);
}

/** Every value the store has set aside as unreadable. */
export async function setAsideValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("nhs-login-guide:progress:unreadable:"))
      .map((key) => localStorage.getItem(key) ?? ""),
  );
}

/** Saves a raw string as the checklist's progress, as another version or a damaged browser profile might. */
export async function saveRawProgress(page: Page, raw: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, raw]);
}

/**
 * Starts counting, in `page`, the writes other tabs make to the saved plan (storage events), and
 * returns a function that reads the count so far.
 */
export async function countPlanWrites(page: Page): Promise<() => Promise<number>> {
  await page.evaluate((key) => {
    const w = window as unknown as { planWrites: number };
    w.planWrites = 0;
    window.addEventListener("storage", (event) => {
      if (event.key === key) w.planWrites += 1;
    });
  }, PROGRESS_KEY);
  return () => page.evaluate(() => (window as unknown as { planWrites: number }).planWrites);
}

/**
 * Holds back every response for a script matching `pattern` (a slow connection), until the returned
 * function is called: what a reader does before the script runs can then be tested.
 */
export async function holdScript(page: Page, pattern: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Returns once each of two tabs has handled every storage write the other made before the call: a
 * key of the test's own, written in one tab, is heard in the other, both ways. Storage events arrive
 * in the order they were written, so any write-back either tab made meanwhile has been handled too,
 * and "nothing more was written" is then proved after the code had its chance, with no sleep.
 */
export async function storageRoundTrip(first: Page, second: Page): Promise<void> {
  for (const [from, to] of [
    [first, second],
    [second, first],
  ] as const) {
    const key = `e2e-round-trip:${Math.random()}`;
    await to.evaluate((k) => {
      window.addEventListener("storage", (event) => {
        if (event.key === k) document.documentElement.dataset["e2eHeard"] = k;
      });
    }, key);
    await from.evaluate((k) => localStorage.setItem(k, "1"), key);
    await to.waitForFunction((k) => document.documentElement.dataset["e2eHeard"] === k, key);
  }
}

/**
 * A page in a browser context of its own whose clock the test drives (`page.clock.runFor`): every
 * timer the page sets can be run out before a test reads what it left. Its own context, as a clock
 * installed on the shared tab would carry over into the next tests.
 */
export async function pageWithOwnClock(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseURL ?? "" });
  await context.clock.install();
  return { context, page: await context.newPage() };
}
