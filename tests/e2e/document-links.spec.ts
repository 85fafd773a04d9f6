// Every document page leads to the document itself: "Where to find it" links the official address
// from _data/documents.yaml, never back to the guide's own page. Runs plain and under /nhslogin/.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

type DocumentsData = { documents: Array<{ id: string; title: string; url: string; source: string }> };
type Doc = DocumentsData["documents"][number];
const { documents } = parse(await readFile("_data/documents.yaml", "utf8")) as DocumentsData;

// What is checked here is the HTML as built, so the pages load without their scripts and styles
// (site-links.spec.ts checks every page's links again with its scripts run), four at a time.
test.use({ javaScriptEnabled: false });
const TABS = 4;

/** Opens every document page, a few tabs side by side, and runs `check` on each once it has loaded. */
async function forEachDocumentPage(context: BrowserContext, check: (page: Page, doc: Doc) => Promise<void>): Promise<void> {
  await context.route(/\.(css|js)$/, (route) => route.abort());
  const queue = [...documents];
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      const page = await context.newPage();
      for (let doc = queue.shift(); doc !== undefined; doc = queue.shift()) {
        await page.goto(`documents/${doc.id}/`);
        await check(page, doc);
      }
    }),
  );
}

test("the library has the 35 documents these tests expect", () => {
  expect(documents).toHaveLength(35);
});

test("every document page's 'Where to find it' links the document's official address @prefix", async ({ context }) => {
  test.setTimeout(120_000);
  const wrong: string[] = [];
  await forEachDocumentPage(context, async (page, doc) => {
    const links = page.locator("h2:text-is('Where to find it') + p a");
    await expect(links, doc.id).toHaveCount(1);
    const href = await links.getAttribute("href");
    if (href !== doc.url) wrong.push(`${doc.id}: ${href} instead of ${doc.url}`);
    await expect(links, doc.id).toHaveText(`${doc.source} (external site)`);
  });
  expect(wrong).toEqual([]);
});

test("on every document page, links marked '(external site)' leave the site and links that leave it are marked @prefix", async ({
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const ownHost = new URL(baseURL!).host;
  const problems: string[] = [];
  await forEachDocumentPage(context, async (page, doc) => {
    const links = await page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
    for (const link of links) {
      const external = new URL(link.href).host !== ownHost;
      const marked = link.text.includes("(external site)");
      if (marked && !external) problems.push(`${doc.id}: ${link.href} is marked external but is on this site`);
      if (external && !marked) problems.push(`${doc.id}: ${link.href} leaves the site unmarked`);
    }
  });
  expect(problems).toEqual([]);
});
