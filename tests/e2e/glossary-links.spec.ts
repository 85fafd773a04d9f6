// In guidance and document text, the first use of a glossary term on a page links to its definition:
// once a page, never in headings, link text or code. Each action and document lists the terms that
// name it, and only those.
import { expect, test, type Page } from "./shared-page";
import { STEP_PATHS } from "./helpers";
import { abbreviationsOf, actionsInStep, guide } from "./guide-model";

/** The term ids the page's glossary links point at, in page order. */
async function linkedTerms(page: Page): Promise<string[]> {
  return page.locator("a.app-glossary-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
}

const PAGES = [...STEP_PATHS, "documents/scal/", "documents/integration-environment-request-form/"];

for (const path of PAGES) {
  test(`${path} links each glossary term once at most`, async ({ page }) => {
    await page.goto(path);
    const ids = await linkedTerms(page);
    // A step whose actions no glossary term names may well link none.
    const step = guide.steps.find((s) => path === `steps/${s.id}/`);
    if (!step || actionsInStep(step.id).some((action) => action.terms.length > 0)) expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test(`${path} has no glossary link in a heading, in another link or in code`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page.locator(":is(h1, h2, h3, h4, h5, h6, caption, code, pre, a:not(.app-glossary-link)) a.app-glossary-link"),
    ).toHaveCount(0);
  });
}

test("the first use of a term on a step page is the one linked", async ({ page }) => {
  await page.goto("steps/discovery/");
  const first = page.locator("a.app-glossary-link[href$='#vector-of-trust']");
  await expect(first).toHaveCount(1);
  // No mention of the term comes before the link in the guidance.
  const before = await first.evaluate((link) => {
    const body = link.closest("[data-pagefind-body]")!;
    const range = document.createRange();
    range.setStart(body.querySelector("section.app-action")!, 0);
    range.setEndBefore(link);
    return range.toString();
  });
  expect(before.toLowerCase()).not.toContain("vector of trust");
});

test("a glossary link opens the glossary at the term's definition", async ({ page }) => {
  await page.goto("documents/scal/");
  const link = page.locator("a.app-glossary-link").first();
  const id = (await link.evaluate((a) => (a as HTMLAnchorElement).hash)).slice(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test("each action on a step page lists exactly the terms that name it", async ({ page }) => {
  for (const stepPath of STEP_PATHS) {
    await page.goto(stepPath);
    for (const action of guide.actions.filter((a) => stepPath.includes(`/${a.stepId}/`))) {
      const listed = page.locator(`section[data-action-id="${action.id}"] [data-term-links] a`);
      await expect(listed, action.id).toHaveText(action.terms.map((t) => t.term));
    }
  }
});

test("a document page lists exactly the terms that name it", async ({ page }) => {
  for (const doc of guide.documents.slice(0, 8)) {
    await page.goto(`documents/${doc.id}/`);
    await expect(page.locator("[data-term-links] a"), doc.id).toHaveText(doc.terms.map((t) => t.term));
  }
});

test("an action called by an abbreviation says so in its guidance, and no other does", async ({ page }) => {
  for (const step of guide.steps) {
    await page.goto(`steps/${step.id}/`);
    for (const action of actionsInStep(step.id)) {
      const alsoCalled = page.locator(`section[data-action-id='${action.id}'] .app-also-called`);
      const abbreviations = abbreviationsOf(action.id);
      if (abbreviations.length > 0) await expect(alsoCalled, action.id).toHaveText(`Also called: ${abbreviations.join(", ")}`);
      else await expect(alsoCalled, action.id).toHaveCount(0);
    }
  }
});
