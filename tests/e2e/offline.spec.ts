// After one visit the guide works offline: its pages, the team plan and search come from what the
// service worker saved, each page saying when it was saved; a page it has no copy of says so and links
// to one it has; and online every page is the deployed one, with no step for the reader to take.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { writeServiceWorker } from "../../lib/plugins/service-worker.js";
import { serveStatic } from "../../scripts/serve-static.js";
import { axeViolations, savedPlan, STEP_PATHS } from "./helpers";
import { guide } from "./guide-model";
import { actionGroup } from "./plan-helpers";

// playwright.config.ts blocks service workers for every other test.
test.use({ serviceWorkers: "allow" });

/** Today as the pages write a saved date, e.g. "7 December 2026". */
const today = () => new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** The line a page served from its saved copy shows at its foot. */
const savedNote = (page: Page) => page.locator("[data-offline-saved]");

/** The folder the site at `baseURL` is built in: the prefixed project serves the prefixed build. */
const builtSite = (baseURL: string) => (new URL(baseURL).pathname === "/" ? "_site" : "_site-prefixed");

/** A built page's main heading, as its text reads. */
function builtHeading(baseURL: string, pagePath: string): string {
  const html = readFileSync(path.join(builtSite(baseURL), pagePath, "index.html"), "utf8");
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
  return heading
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The names of the caches the guide's worker made (see src/service-worker/cache-names.ts). */
const ourCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("nhs-login-guide")));

/** Visits one page online and waits until the service worker has saved the guide (it is active only then). */
async function visitOnce(page: Page, pagePath = "") {
  await page.goto(pagePath);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test.describe("after one visit, offline @prefix", () => {
  test.beforeEach(async ({ page, context }) => {
    await visitOnce(page, "glossary/");
    await context.setOffline(true);
  });

  test("every kind of page opens, and says when it was saved", async ({ page, baseURL }) => {
    const pages = [STEP_PATHS[2]!, `documents/${guide.documents[0]!.id}/`, "", "checklist/", "changes/", "glossary/", "roles/"];
    for (const pagePath of pages) {
      await page.goto(pagePath);
      await expect(page.locator("h1").first(), `/${pagePath}`).toHaveText(builtHeading(baseURL!, pagePath));
      await expect(savedNote(page), `/${pagePath}`).toHaveText(`Saved for offline use on ${today()}`);
    }
  });

  test("the team plan takes an edit, and the edit is there after a reload", async ({ page }) => {
    const action = guide.actions[0]!;
    const owner = actionGroup(page, `${action.stepNumber}.${action.number}`).getByLabel("Owner", { exact: true });
    await page.goto("plan/");
    await owner.fill("Amira, offline");
    await owner.blur();
    await expect.poll(async () => (await savedPlan(page))?.actions[action.id]?.owner?.value).toBe("Amira, offline");
    await page.reload();
    await expect(owner).toHaveValue("Amira, offline");
    await expect(savedNote(page)).toBeVisible();
  });

  test("search finds results in the full index", async ({ page }) => {
    await page.goto("search/?q=sandpit");
    await expect(page.locator(".app-search-result").first()).toBeVisible();
    await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ results? for ‘sandpit’$/);
    await expect(page.locator(".app-search-result a").first()).toHaveText(/sandpit/i);
  });

  test("a page with no saved copy says it is not available offline and links to pages that are", async ({ page }) => {
    await page.goto("no-such-page/");
    await expect(page.locator("h1")).toHaveText("This page is not available offline");
    await expect(savedNote(page)).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "The checklist" }).click();
    await expect(page.locator("h1").first()).toHaveText(/checklist/i);
    await expect(savedNote(page)).toBeVisible();
  });
});

test("online, pages come from the network and say nothing of a saved copy @prefix", async ({ page }) => {
  await visitOnce(page);
  await page.goto(STEP_PATHS[0]!);
  // Controlled by the worker by now: the page came through it, from the network.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(savedNote(page)).toHaveCount(0);
});

test("in a browser without service workers nothing is registered and the page works as before", async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  const asked: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(STEP_PATHS[0]!);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => "serviceWorker" in navigator)).toBe(false);
  await expect(page.locator("html")).toHaveAttribute("data-app-started", "");
  expect(asked.filter((p) => p.endsWith("/sw.js"))).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe("a new deploy @prefix", () => {
  let site = "";
  let server: Server | undefined;

  /** Serves a copy of the built site for this test alone, so it can deploy changes to it; returns its base URL. */
  async function serveCopy(baseURL: string): Promise<string> {
    const prefix = new URL(baseURL).pathname;
    site = mkdtempSync(path.join(tmpdir(), "offline-deploy-"));
    cpSync(builtSite(baseURL), site, { recursive: true });
    server = (await serveStatic({ dir: site, port: 0, prefix })) as Server;
    return `http://127.0.0.1:${(server.address() as { port: number }).port}${prefix}`;
  }

  test.afterEach(() => {
    server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  test("shows on the next page load, with no step to take, and becomes the saved copy", async ({ page, context, baseURL }) => {
    const base = await serveCopy(baseURL!);
    const stepPath = STEP_PATHS[0]!;
    const heading = page.locator("h1").first();

    await visitOnce(page, `${base}${stepPath}`);
    await context.setOffline(true);
    await page.goto(`${base}${stepPath}`);
    await expect(heading).not.toContainText("(changed)");
    await expect(savedNote(page)).toBeVisible();

    // Deploy: the page changes, and so does the worker's list of files, as a build would write them.
    const file = path.join(site, stepPath, "index.html");
    writeFileSync(file, readFileSync(file, "utf8").replace("</h1>", " (changed)</h1>"));
    await writeServiceWorker(site);

    await context.setOffline(false);
    await page.goto(`${base}${stepPath}`);
    await expect(heading).toContainText("(changed)");
    await expect(savedNote(page)).toHaveCount(0);

    // Offline again, the saved copy is the new page.
    await context.setOffline(true);
    await page.goto(`${base}${stepPath}`);
    await expect(heading).toContainText("(changed)");
    await expect(savedNote(page)).toBeVisible();
  });

  test("a page read online replaces its saved copy, even before its deploy's worker arrives", async ({ page, context, baseURL }) => {
    const base = await serveCopy(baseURL!);
    const stepPath = STEP_PATHS[1]!;
    await visitOnce(page, `${base}${stepPath}`);
    // The page changes on the server, and sw.js does not: only reading the page can update its copy.
    const file = path.join(site, stepPath, "index.html");
    writeFileSync(file, readFileSync(file, "utf8").replace("</h1>", " (read online)</h1>"));
    await page.goto(`${base}${stepPath}`);
    await expect(page.locator("h1").first()).toContainText("(read online)");
    await context.setOffline(true);
    await page.goto(`${base}${stepPath}`);
    await expect(page.locator("h1").first()).toContainText("(read online)");
    await expect(savedNote(page)).toBeVisible();
  });

  test("of the kill switch (OFFLINE=off) removes the worker and all it saved on the next visit", async ({ page, baseURL }) => {
    const base = await serveCopy(baseURL!);
    await visitOnce(page, base);
    expect(await ourCaches(page)).not.toEqual([]);

    // What a build with OFFLINE=off deploys: the kill switch as sw.js, and pages without the registration.
    await writeServiceWorker(site, { enabled: false });
    const home = path.join(site, "index.html");
    writeFileSync(home, readFileSync(home, "utf8").replace(/<script type="module" src="[^"]*offline\.js"><\/script>/, ""));

    await page.goto(base);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await ourCaches(page)).toEqual([]);
  });
});
