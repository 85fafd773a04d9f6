// Every page reachable from the home page resolves, with no broken internal link, anchor or asset;
// no page asks any host but its own; every page holds to a strict Content Security Policy; and links
// to other sites are marked as such, and only those. Runs plain and under the /nhslogin/ prefix.
import { expect, test, type Page } from "@playwright/test";
import { recordForeignRequests } from "./helpers";

/** Pages open at once: each waits mostly on its own load, so a few side by side crawl faster on any machine. */
const TABS = 4;

/** What the crawl reads from one page, gathered in one call into the browser. */
interface PageFacts {
  policy: string | null;
  referrer: string | null;
  violations: string[];
  links: Array<{ href: string; text: string; target: string | null }>;
}

test("every page, link, anchor and asset reachable from the home page resolves @prefix", async ({ context, baseURL, request }) => {
  // About 120 pages, each with its scripts run: under a minute on a quiet machine, more on a busy one.
  test.setTimeout(300_000);
  const base = new URL(baseURL!);
  const foreign: string[] = [];
  const failedAssets: string[] = [];
  const policyProblems: string[] = [];
  const unmarkedExternal = new Set<string>();
  const markedInternal = new Set<string>();
  const previewLinks = new Set<string>();
  // Collects any Content Security Policy violation the browser reports, on every page.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const tabs: Page[] = [];
  const foreignByTab: string[][] = [];
  for (let i = 0; i < TABS; i += 1) {
    const page = await context.newPage();
    foreignByTab.push(recordForeignRequests(page, baseURL!));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyProblems.push(`${page.url()}: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (new URL(response.url()).host === base.host && response.status() >= 400 && !response.url().includes("no-such"))
        failedAssets.push(`${response.status()} ${response.url()}`);
    });
    tabs.push(page);
  }

  // The search page is reached through the header's search form, not a link: crawl it with a query,
  // so Pagefind's WebAssembly runs under the policy too.
  const queue = [base.href, new URL("search/?q=SCAL", base).href];
  const visited = new Set<string>();
  const idsByPage = new Map<string, Set<string>>();
  const anchors: Array<{ from: string; url: string }> = [];
  const broken: string[] = [];

  /** Loads one page in a tab (scripts, styles and all), checks it and queues the pages it links to. */
  async function visit(page: Page, url: string): Promise<void> {
    const response = await page.goto(url);
    if (!response || response.status() !== 200) {
      broken.push(`${response?.status()} ${url}`);
      return;
    }
    idsByPage.set(url, new Set(await page.locator("[id]").evaluateAll((els) => els.map((el) => el.id))));
    if (url.includes("search/?q=")) await page.locator(".app-search-result").first().waitFor();
    const facts: PageFacts = await page.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null,
      referrer: document.querySelector('meta[name="referrer"]')?.getAttribute("content") ?? null,
      violations: (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      // Every link, not only those written with http: a protocol-relative //host/ link leaves the site too.
      links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => ({
        href: a.href,
        text: a.textContent ?? "",
        target: a.getAttribute("target"),
      })),
    }));
    const { policy } = facts;
    if (!policy?.includes("default-src 'self'") || /'unsafe-inline'|'unsafe-eval'/.test(policy))
      policyProblems.push(`${url}: weak or missing policy: ${policy}`);
    if (policy?.includes("wasm-unsafe-eval") && !url.includes("/search/"))
      policyProblems.push(`${url}: allows WebAssembly outside the search page`);
    if (facts.referrer !== "strict-origin-when-cross-origin") policyProblems.push(`${url}: no referrer policy`);
    policyProblems.push(...facts.violations.map((v) => `${url}: violation ${v}`));
    for (const link of facts.links) {
      const target = new URL(link.href);
      const external = target.host !== base.host;
      const marked = link.text.includes("(external site)");
      if (external && (!marked || link.target)) unmarkedExternal.add(`${url} → ${link.href}`);
      if (marked && !external) markedInternal.add(`${url} → ${link.href}`);
      // NHS England's preview host is unpublished and undated: no page may send a reader there.
      if (target.host.endsWith("nhsd.io")) previewLinks.add(`${url} → ${link.href}`);
      if (external) continue;
      // Only pages under the base path belong to the site.
      if (!target.pathname.startsWith(base.pathname)) {
        broken.push(`${url} links outside the site's path: ${link.href}`);
        continue;
      }
      if (target.hash) anchors.push({ from: url, url: link.href });
      target.hash = "";
      target.search = "";
      if (!visited.has(target.href)) queue.push(target.href);
    }
  }

  // Breadth first, a wave at a time: the tabs share out every page not yet visited that the last wave found.
  while (queue.length > 0) {
    const wave = [...new Set(queue.splice(0))].filter((url) => !visited.has(url));
    for (const url of wave) visited.add(url);
    await Promise.all(
      tabs.map(async (page) => {
        for (let url = wave.shift(); url !== undefined; url = wave.shift()) await visit(page, url);
      }),
    );
  }
  foreign.push(...foreignByTab.flat());

  for (const { from, url } of anchors) {
    const target = new URL(url);
    const id = decodeURIComponent(target.hash.slice(1));
    target.hash = "";
    if (!idsByPage.get(target.href)?.has(id)) broken.push(`${from} links to a missing anchor: ${url}`);
  }

  // Also fetch the files pages refer to that are not links (icons, manifest).
  const manifest = await request.get(new URL("assets/manifest.json", base).href);
  expect(manifest.status()).toBe(200);

  expect(visited.size, "pages crawled").toBeGreaterThanOrEqual(4 + 35 + 3);
  expect(broken).toEqual([]);
  expect(policyProblems).toEqual([]);
  expect([...unmarkedExternal], "links to other sites not marked '(external site)', or opening a new tab").toEqual([]);
  expect([...markedInternal], "links marked '(external site)' that stay on this site").toEqual([]);
  expect([...previewLinks], "links to the preview host production-like.nhsd.io").toEqual([]);
  expect(failedAssets).toEqual([]);
  expect(foreign).toEqual([]);
});

test("an unknown address shows the NHS-styled not found page with status 404 @prefix", async ({ page }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("banner")).toContainText("NHS login integration guide");
  // The stylesheet loaded (under a prefix too): the header is NHS blue.
  await expect(page.locator(".nhsuk-header")).toHaveCSS("background-color", "rgb(0, 94, 184)");
});
