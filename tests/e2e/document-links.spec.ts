// Every document page leads to the document itself: "Where to find it" links the official address
// from _data/documents.yaml, never back to the guide's own page. Runs plain and under /nhslogin/.
import { expect, test, type Browser } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { GUIDE_DATA_DIR } from "./guide-model";
import { documentsSchema } from "../../lib/data/schemas.js";

const { documents } = documentsSchema.parse(parse(await readFile(`${GUIDE_DATA_DIR}/documents.yaml`, "utf8")));

/** What a document page's HTML links to: its "Where to find it" links, and every link on it. */
interface PageLinks {
  id: string;
  whereToFind: Array<{ href: string | null; text: string }>;
  all: Array<{ href: string; text: string }>;
  /** The links in the page's main content, the part Pagefind indexes, leaving out the header and footer. */
  main: string[];
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
              main: [...document.querySelectorAll<HTMLAnchorElement>("main [data-pagefind-body] a[href]")].map((a) => a.href),
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

/**
 * The hosts that publish NHS login's and NHS England's own pages, and the standards they cite. A form
 * hosted elsewhere (Microsoft Forms) does not count: its page must also link the official page giving its address.
 */
const OFFICIAL_HOSTS = [
  "nhsconnect.github.io",
  "github.com",
  "digital.nhs.uk",
  "standards.nhs.uk",
  "www.england.nhs.uk",
  "www.dsptoolkit.nhs.uk",
];
const isOfficial = (href: string) => {
  const url = new URL(href);
  return OFFICIAL_HOSTS.includes(url.host) && (url.host !== "github.com" || url.pathname.startsWith("/nhsconnect/"));
};

test("the library has documents for these tests to check", () => {
  expect(documents.length).toBeGreaterThan(0);
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

test("every document page's main content links an official NHS login or NHS England page @prefix", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const pages = await documentPageLinks(browser, baseURL!);
  expect(pages).toHaveLength(documents.length);
  const without = pages.filter(({ main }) => !main.some(isOfficial)).map(({ id, main }) => `${id}: ${main.join(", ")}`);
  expect(without).toEqual([]);
  // The test can fail: a page that links only a Microsoft Form would not pass.
  expect(isOfficial("https://forms.office.com/e/HaKHCGFBxP")).toBe(false);
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
