// Nothing moves while a page loads: controls that need JavaScript take their place before the first
// paint, space that scripts fill is reserved, and the header's navigation keeps its line. Measured as
// the browser's own layout-shift entries (the "cumulative layout shift" of Core Web Vitals).
import { expect, test, type Page } from "./shared-page";
import { LAYOUT_PATHS } from "./helpers";

/** Good is under 0.1 by Core Web Vitals; we hold every page to a tenth of that. */
const LIMIT = 0.01;

const PAGES: Array<[string, string]> = [
  ["the home page", LAYOUT_PATHS.home],
  ["a step page", LAYOUT_PATHS.step],
  ["the checklist", LAYOUT_PATHS.checklist],
  ["the document library", LAYOUT_PATHS.documents],
  ["a document page", LAYOUT_PATHS.document],
  ["the glossary", LAYOUT_PATHS.glossary],
  ["a role page", LAYOUT_PATHS.role],
  ["the search page with results", "search/?q=sandpit"],
  ["the page-not-found page", LAYOUT_PATHS.notFound],
];

/** Waits until the header and our components have started, and search results (if any) are shown. */
async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  // "Since your last visit" starts only on a returning visit with news; these are first visits.
  for (const module of await page
    .locator("[data-module='nhsuk-header'], [data-module^='app-']:not([data-module='app-since-last-visit'])")
    .all()) {
    const name = await module.getAttribute("data-module");
    await expect(module).toHaveAttribute(`data-${name}-init`, "");
  }
  if (page.url().includes("search/?q=")) await expect(page.locator(".app-search-result").first()).toBeVisible();
}

/** The layout shifts so far that the user did not cause, summed as the browser scores them. */
async function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        const entries: Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }> = [];
        const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as typeof entries)));
        observer.observe({ type: "layout-shift", buffered: true });
        // Two frames, so a shift from the last render has been reported.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            entries.push(...(observer.takeRecords() as typeof entries));
            observer.disconnect();
            const counted = entries.filter((entry) => !entry.hadRecentInput);
            const describe = (node?: Node) =>
              node instanceof Element
                ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(" ").join(".")}` : ""}`
                : String(node?.nodeName);
            resolve({
              total: counted.reduce((sum, entry) => sum + entry.value, 0),
              moved: counted.flatMap((entry) =>
                (entry.sources ?? []).map((source) => `${describe(source.node)} (${entry.value.toFixed(3)})`),
              ),
            });
          }),
        );
      }),
  );
}

test.beforeEach(async ({ page }) => {
  // The page's script arrives only after the first paint, as on a slow connection, so whatever it
  // changes on the page would count as a shift rather than happen before anything is shown.
  // main.js or, on pages without our components, core.js.
  await page.route(/\/scripts\/(main|core)\.js$/, async (route) => {
    await page.waitForFunction(() => performance.getEntriesByType("paint").length > 0);
    await route.continue();
  });
});

for (const [width, height] of [
  [390, 844],
  [1280, 800],
]) {
  test.describe(`at ${width} pixels wide`, () => {
    test.use({ viewport: { width: width!, height: height! } });

    for (const [name, path] of PAGES) {
      test(`${name} does not move while it loads`, async ({ page }) => {
        await page.goto(path);
        await waitUntilSettled(page);
        const { total, moved } = await layoutShift(page);
        expect(total, `moved: ${moved.join(", ")}`).toBeLessThan(LIMIT);
      });
    }
  });
}
