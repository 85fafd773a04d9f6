// Every source link says when it was last checked ("checked 7 December 2026"), the date read from
// the `checked` field in _data/, so a reader can judge how fresh a statement is.
import { expect, test } from "./shared-page";
import type { Locator } from "@playwright/test";
import { guide } from "./guide-model";
import { readableDate } from "../../lib/filters/readable-date.js";

const model = guide;

/** Each source link in `where` with the words that follow it, as "address → words". */
async function linksWithDates(where: Locator): Promise<string[]> {
  return (
    where
      .locator("a.app-external-link")
      // The date is the text right after the link (in a list of sources, up to the ";" before the next).
      .evaluateAll((links) =>
        links.map((a) => `${a.getAttribute("href")} → ${(a.nextSibling?.textContent ?? "").trim().replace(/;$/, "")}`),
      )
  );
}
const expected = (sources: Array<{ url: string; checked: string }>) =>
  sources.map((s) => `${s.url} → , checked ${readableDate(s.checked)}`);

test("every glossary term's sources show the day each was checked", async ({ page }) => {
  await page.goto("glossary/");
  for (const term of model.glossary.terms) {
    const sources = page
      .locator(".app-glossary-term")
      .filter({ has: page.locator(`[id="${term.id}"]`) })
      .locator(".app-sources");
    expect(await linksWithDates(sources), term.id).toEqual(expected(term.sources));
  }
});

test("every step's and action's sources show the day each was checked", async ({ page }) => {
  for (const step of model.steps) {
    await page.goto(`steps/${step.id}/`);
    for (const action of step.actions) {
      const sources = page.locator(`section[data-action-id="${action.id}"] .app-sources`);
      expect(await linksWithDates(sources), action.id).toEqual(expected(action.sources));
    }
    await expect(page.locator(".app-sources").first()).toContainText(`checked ${readableDate(step.source.checked)}`);
  }
});

test("a document page shows when its address and its other official pages were checked", async ({ page }) => {
  const doc = model.documents.find((d) => d.alsoSee.length > 0)!;
  await page.goto(`documents/${doc.id}/`);
  const where = page.locator("h2:text('Where to find it') + p");
  expect(await linksWithDates(where)).toEqual(expected([{ url: doc.officialUrl, checked: doc.checked }]));
  expect(await linksWithDates(page.locator("[data-also-see]"))).toEqual(expected(doc.alsoSee));
});
