// Every document page leads to the document itself: "Where to find it" links the official address
// from _data/documents.yaml, never back to the guide's own page. Runs plain and under /nhslogin/.
import { expect, test, type Browser } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

type DocumentsData = { documents: Array<{ id: string; title: string; url: string; source: string }> };
const { documents } = parse(await readFile("_data/documents.yaml", "utf8")) as DocumentsData;

/** What a document page's HTML links to: its "Where to find it" links, and every link on it. */
interface PageLinks {
  id: string;
  whereToFind: Array<{ href: string | null; text: string }>;
  all: Array<{ href: string; text: string }>;
}

// Both tests read the same pages, so they run in order in one worker, and the pages are read once.
test.describe.configure({ mode: "default" });
const crawls = new Map<string, Promise<PageLinks[]>>();
const TABS = 4;

/**
 * Reads every document page as built: without its scripts and styles (site-links.spec.ts checks every
 * page's links again with its scripts run), a few tabs side by side.
 */
function documentPageLinks(browser: Browser, baseURL: string): Promise<PageLinks[]> {
  const read = async () => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await context.route(/\.(css|js)$/, (route) => route.abort());
    const queue = [...documents];
    const found: PageLinks[] = [];
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await context.newPage();
        for (let doc = queue.shift(); doc !== undefined; doc = queue.shift()) {
          await page.goto(`documents/${doc.id}/`);
          found.push({
            id: doc.id,
            ...(await page.evaluate(() => ({
              whereToFind: [...document.querySelectorAll("h2")]
                .filter((h) => h.textContent?.trim() === "Where to find it")
                .flatMap((h) => [...(h.nextElementSibling?.matches("p") ? h.nextElementSibling.querySelectorAll("a") : [])])
                .map((a) => ({ href: a.getAttribute("href"), text: (a.textContent ?? "").replace(/\s+/g, " ").trim() })),
              all: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => ({ href: a.href, text: a.textContent ?? "" })),
            }))),
          });
        }
      }),
    );
    await context.close();
    return found;
  };
  if (!crawls.has(baseURL)) crawls.set(baseURL, read());
  return crawls.get(baseURL)!;
}

test("the library has the 35 documents these tests expect", () => {
  expect(documents).toHaveLength(35);
});

test("every document page's 'Where to find it' links the document's official address @prefix", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const pages = await documentPageLinks(browser, baseURL!);
  expect(pages.map((p) => p.id).sort()).toEqual(documents.map((d) => d.id).sort());
  const wrong = pages.flatMap(({ id, whereToFind }) => {
    const doc = documents.find((d) => d.id === id)!;
    const expected = [{ href: doc.url, text: `${doc.source} (external site)` }];
    return JSON.stringify(whereToFind) === JSON.stringify(expected)
      ? []
      : [`${id}: ${JSON.stringify(whereToFind)} instead of ${JSON.stringify(expected)}`];
  });
  expect(wrong).toEqual([]);
});

test("on every document page, links marked '(external site)' leave the site and links that leave it are marked @prefix", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const ownHost = new URL(baseURL!).host;
  const pages = await documentPageLinks(browser, baseURL!);
  expect(pages).toHaveLength(documents.length);
  const problems = pages.flatMap(({ id, all }) =>
    all.flatMap((link) => {
      const external = new URL(link.href).host !== ownHost;
      const marked = link.text.includes("(external site)");
      if (marked && !external) return [`${id}: ${link.href} is marked external but is on this site`];
      if (external && !marked) return [`${id}: ${link.href} leaves the site unmarked`];
      return [];
    }),
  );
  expect(problems).toEqual([]);
});
