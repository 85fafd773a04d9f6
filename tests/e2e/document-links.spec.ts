// Every document page leads to the document itself: "Where to find it" links the official address
// from _data/documents.yaml, never back to the guide's own page. Runs plain and under /nhslogin/.
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

type DocumentsData = { documents: Array<{ id: string; title: string; url: string; source: string }> };
const { documents } = parse(await readFile("_data/documents.yaml", "utf8")) as DocumentsData;

test("the library has the 35 documents these tests expect", () => {
  expect(documents).toHaveLength(35);
});

test("every document page's 'Where to find it' links the document's official address @prefix", async ({ page }) => {
  test.setTimeout(120_000);
  const wrong: string[] = [];
  for (const doc of documents) {
    await page.goto(`documents/${doc.id}/`);
    const links = page.locator("h2:text-is('Where to find it') + p a");
    await expect(links, doc.id).toHaveCount(1);
    const href = await links.getAttribute("href");
    if (href !== doc.url) wrong.push(`${doc.id}: ${href} instead of ${doc.url}`);
    await expect(links, doc.id).toHaveText(`${doc.source} (external site)`);
  }
  expect(wrong).toEqual([]);
});

test("on every document page, links marked '(external site)' leave the site and links that leave it are marked @prefix", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const ownHost = new URL(baseURL!).host;
  const problems: string[] = [];
  for (const doc of documents) {
    await page.goto(`documents/${doc.id}/`);
    const links = await page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
    for (const link of links) {
      const external = new URL(link.href).host !== ownHost;
      const marked = link.text.includes("(external site)");
      if (marked && !external) problems.push(`${doc.id}: ${link.href} is marked external but is on this site`);
      if (external && !marked) problems.push(`${doc.id}: ${link.href} leaves the site unmarked`);
    }
  }
  expect(problems).toEqual([]);
});
