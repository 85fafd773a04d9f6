// Every page reachable from the home page resolves, with no broken internal link, anchor or asset,
// and no page asks any host but its own. Runs plain and under the /nhslogin/ prefix.
import { expect, test } from "@playwright/test";
import { recordForeignRequests } from "./helpers";

test("every page, link, anchor and asset reachable from the home page resolves @prefix", async ({ page, baseURL, request }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL!);
  const foreign = recordForeignRequests(page, baseURL!);
  const failedAssets: string[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).host === base.host && response.status() >= 400 && !response.url().includes("no-such")) failedAssets.push(`${response.status()} ${response.url()}`);
  });

  const queue = [base.href];
  const visited = new Set<string>();
  const idsByPage = new Map<string, Set<string>>();
  const anchors: Array<{ from: string; url: string }> = [];
  const broken: string[] = [];

  while (queue.length > 0) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    const response = await page.goto(url);
    if (!response || response.status() !== 200) {
      broken.push(`${response?.status()} ${url}`);
      continue;
    }
    idsByPage.set(url, new Set(await page.locator("[id]").evaluateAll((els) => els.map((el) => el.id))));
    // Only pages under the base path belong to the site.
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.host !== base.host) continue;
      if (!target.pathname.startsWith(base.pathname)) {
        broken.push(`${url} links outside the site's path: ${href}`);
        continue;
      }
      if (target.hash) anchors.push({ from: url, url: href });
      target.hash = "";
      target.search = "";
      if (!visited.has(target.href)) queue.push(target.href);
    }
  }

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
