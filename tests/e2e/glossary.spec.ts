// The glossary lists every term A to Z, each at its own anchor, with an A to Z jump list, its other
// names, how sure the guide is of it, where it comes up and its sources.
import { expect, test } from "./shared-page";
import { guide } from "./guide-model";

const terms = guide.glossary.terms;

test.beforeEach(async ({ page }) => {
  await page.goto("glossary/");
});

test("lists every term A to Z, each at #<term-id>", async ({ page }) => {
  const headings = page.locator(".app-glossary-term__heading");
  await expect(headings).toHaveCount(terms.length);
  const shown = await headings.evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent?.trim() ?? "" })));
  expect(shown.map((h) => h.id).sort()).toEqual(terms.map((t) => t.id).sort());
  const names = shown.map((h) => h.text);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
});

test("the A to Z links each letter that has terms and shows the others without a link", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "Glossary A to Z" });
  const letters = [...new Set(terms.map((t) => t.term.charAt(0).toUpperCase()))];
  for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
    if (letters.includes(letter))
      await expect(nav.getByRole("link", { name: letter, exact: true })).toHaveAttribute("href", `#letter-${letter.toLowerCase()}`);
    else {
      await expect(nav.getByRole("link", { name: letter, exact: true })).toHaveCount(0);
      await expect(nav.locator(".app-a-to-z__empty", { hasText: new RegExp(`^${letter}`) })).toBeVisible();
    }
  }
});

test("a letter in the A to Z jumps to its terms", async ({ page }) => {
  await page.getByRole("navigation", { name: "Glossary A to Z" }).getByRole("link", { name: "V", exact: true }).click();
  await expect(page).toHaveURL(/#letter-v$/);
  await expect(page.locator("#letter-v")).toBeInViewport();
});

test("a term shows its abbreviations and other names, its definition and its sources as external links", async ({ page }) => {
  const entry = page.locator(".app-glossary-term", { has: page.locator("#ods-code") });
  await expect(entry.locator(".app-glossary-term__names")).toContainText("ODS");
  await expect(entry.locator("p").nth(1)).not.toBeEmpty();
  const sources = entry.locator(".app-sources a");
  await expect(sources.first()).toHaveClass(/app-external-link/);
  await expect(sources.first()).toHaveAttribute("href", /^https:\/\//);
});

test("a term links to the actions and documents it concerns", async ({ page }) => {
  for (const term of terms.filter((t) => t.actions.length + t.documents.length > 0)) {
    const links = page.locator(".app-glossary-term", { has: page.locator(`[id="${term.id}"]`) }).locator(".app-glossary-term__uses a");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs, term.id).toEqual([...term.actions.map((a) => a.url), ...term.documents.map((d) => d.pageUrl)]);
  }
});

test("a term only a third party reports is marked Not confirmed by NHS login; an official one is not", async ({ page }) => {
  const reported = terms.find((t) => t.confidence === "third-party");
  const official = terms.find((t) => t.confidence === "official");
  // The data has both kinds; if it ever loses one, this should fail loudly rather than pass unchecked.
  expect(reported, "a third-party term in the glossary").toBeDefined();
  expect(official, "an official term in the glossary").toBeDefined();
  const entry = (id: string) => page.locator(".app-glossary-term", { has: page.locator(`[id="${id}"]`) });
  await expect(entry(reported!.id).locator("[data-confidence='third-party']")).toContainText("Not confirmed by NHS login");
  await expect(entry(official!.id)).not.toContainText("Not confirmed by NHS login");
});

test("the glossary links no term to itself: its text is never auto-linked", async ({ page }) => {
  await expect(page.locator("a.app-glossary-link")).toHaveCount(0);
});
