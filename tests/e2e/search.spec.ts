// Searching the real Pagefind index: the right page comes first or second, results deep-link to
// actions, filters narrow, and the query and filters live in the URL. Tests tagged @prefix run under /nhslogin/ too.
import { expect, test, type Page } from "./shared-page";
import { axeViolations, holdScript } from "./helpers";

const results = (page: Page) => page.locator(".app-search-result");

/** The titles of the first `n` results once they have appeared. */
async function topTitles(page: Page, n = 2): Promise<string[]> {
  await expect(results(page).first()).toBeVisible();
  return (await results(page).locator("h2 a").allTextContents()).slice(0, n);
}

const EXPECTED: Array<[string, RegExp]> = [
  ["Connection Agreement", /^Connection Agreement$/],
  ["SCAL", /^Supplier Conformance Assessment List \(SCAL\)$/],
  // The glossary's definition of the sandpit is as right an answer as the form or the step.
  ["sandpit", /^Sandpit environment request form$|^Step 2: Discovery$|^Sandpit$/],
  ["Integration Environment Request", /^Integration Environment Request form$/],
];

for (const [query, expected] of EXPECTED) {
  test(`searching "${query}" finds the right page first or second`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const titles = await topTitles(page);
    expect(
      titles.some((title) => expected.test(title)),
      `top results: ${titles.join(" | ")}`,
    ).toBe(true);
  });
}

test("typing in the search box shows results as you type, with highlighted excerpts", async ({ page }) => {
  await page.goto("search/");
  await page.getByLabel("Search the guide and document library").fill("sandpit");
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator("mark").first()).toHaveText(/sandpit/i);
  await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ results? for ‘sandpit’$/);
  await expect(page).toHaveURL(/\?q=sandpit$/);
});

test("the header search box takes you to the results @prefix", async ({ page }) => {
  await page.goto("");
  await page.getByRole("search").getByRole("searchbox").fill("Connection Agreement");
  await page.getByRole("search").getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/search\/\?q=Connection\+Agreement$/);
  await expect(results(page).first()).toBeVisible();
});

test("a result deep-links to the matching action on a guidance page", async ({ page }) => {
  await page.goto("search/?q=Preparation%20Call&kind=Guidance");
  const section = results(page).locator(".app-search-result__sections a", { hasText: "Attend a Preparation Call" }).first();
  await expect(section).toHaveAttribute("href", /steps\/integrate\/#attend-preparation-call$/);
  await section.click();
  await expect(page.locator("#attend-preparation-call")).toBeInViewport();
});

test("a filter narrows the results, and the filters are in the URL", async ({ page }) => {
  await page.goto("search/?q=form");
  await expect(results(page).first()).toBeVisible();
  const before = await results(page).count();
  await page.getByRole("group", { name: "Kind of page" }).getByLabel("Guidance").check();
  await expect(page).toHaveURL(/kind=Guidance/);
  await expect.poll(async () => results(page).count()).toBeLessThan(before);
  for (const kind of await results(page).locator(".app-search-result__kind").allTextContents())
    expect(kind).toMatch(/^Guidance · Step \d: /);
  await page.getByRole("group", { name: "Step" }).getByLabel("Go live").check();
  await expect(page).toHaveURL(/kind=Guidance&step=Go\+live|step=Go\+live.*kind=Guidance/);
  await expect(results(page).locator("h2 a")).toHaveText(["Step 4: Go live"]);
});

test("a document-type filter shows only documents of that type", async ({ page }) => {
  await page.goto("search/?q=request&type=Form");
  await expect(results(page).first()).toBeVisible();
  for (const kind of await results(page).locator(".app-search-result__kind").allTextContents()) expect(kind).toMatch(/^Form( · |$)/);
});

test("a query typed before the search code has loaded is searched, and put in the address, once it loads", async ({ page }) => {
  const release = await holdScript(page, /\/scripts\/lazy\/search\.js$/);
  await page.goto("search/");
  await page.getByLabel("Search the guide and document library").fill("SCAL");
  release();
  await expect(page).toHaveURL(/\?q=SCAL$/);
  await expect(results(page).first()).toBeVisible();
});

test("the query and filters are restored on reload and Back @prefix", async ({ page }) => {
  await page.goto("search/");
  // Once the search has started (its code loads after the page), as a reader would see it ready.
  await expect(page.locator("[data-module='app-search']")).toHaveAttribute("data-app-search-init", "");
  await page.getByLabel("Search the guide and document library").fill("SCAL");
  await expect(page).toHaveURL(/\?q=SCAL$/);
  await page.getByRole("group", { name: "Kind of page" }).getByLabel("Document").check();
  await expect(page).toHaveURL(/q=SCAL&kind=Document$/);
  await page.reload();
  await expect(page.getByLabel("Search the guide and document library")).toHaveValue("SCAL");
  await expect(page.getByRole("group", { name: "Kind of page" }).getByLabel("Document")).toBeChecked();
  const first = await topTitles(page, 1);
  await results(page).locator("h2 a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first[0]!);
  await page.goBack();
  await expect(page.getByLabel("Search the guide and document library")).toHaveValue("SCAL");
  await expect(results(page).first().locator("h2 a")).toHaveText(first[0]!);
  // Back again undoes the filter.
  await page.goBack();
  await expect(page).toHaveURL(/\?q=SCAL$/);
  await expect(page.getByRole("group", { name: "Kind of page" }).getByLabel("Document")).not.toBeChecked();
});

test("a search for nothing that exists says so", async ({ page }) => {
  await page.goto("search/?q=xylophonezebra");
  await expect(page.locator("[data-search-status]")).toHaveText("No results for ‘xylophonezebra’. Try fewer words, or another spelling.");
});

test.describe("quoting the query back", () => {
  const status = (page: Page) => page.locator("[data-search-status]");

  test("a long query is quoted back shortened to its first 50 characters", async ({ page }) => {
    const query = `sandpit ${"environment ".repeat(900)}`.trim(); // over 10,000 characters
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toHaveText(/ for ‘/);
    const shortened = `${query.slice(0, 50)}…`;
    await expect(status(page).locator("bdi")).toHaveText(shortened);
    expect(((await status(page).textContent()) ?? "").length).toBeLessThan(120);
    await expect(page.getByLabel("Search the guide and document library")).toHaveValue(query);
  });

  test("a right-to-left override in the query stays inside the quotes and does not reverse the sentence", async ({ page }) => {
    const query = "\u202Esandpit";
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toHaveText(/^(\d+ results?|No results) for ‘\u202Esandpit’(\. Try fewer words, or another spelling\.)?$/);
    // The quoted query sits in an element that isolates its direction from the sentence around it.
    const quoted = status(page).locator("bdi");
    await expect(quoted).toHaveText(query);
    expect(await quoted.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe("isolate");
  });

  test("markup in the query is quoted as text, never inserted as HTML", async ({ page }) => {
    const query = '<img src="x"><b>sandpit</b>';
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(status(page).locator("bdi")).toHaveText(query);
    await expect(status(page).locator("img, b")).toHaveCount(0);
  });
});

test("a filter in the link that the search does not have is taken out of the URL, and the page says so", async ({ page }) => {
  await page.goto("search/?q=sandpit&kind=Nonsense&kind=Guidance");
  await expect(results(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=sandpit&kind=Guidance$/);
  await expect(page.locator("[data-search-notice]")).toHaveText(
    "The filter Kind of page ‘Nonsense’ in this link is not one the search has, so it has been left out.",
  );
  await expect(page.getByRole("group", { name: "Kind of page" }).getByLabel("Guidance")).toBeChecked();
  for (const kind of await results(page).locator(".app-search-result__kind").allTextContents()) expect(kind).toMatch(/^Guidance · /);
});

test("a link with only known filters shows no such message", async ({ page }) => {
  await page.goto("search/?q=sandpit&kind=Guidance");
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator("[data-search-notice]")).toBeHidden();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters are folded, so the first result is on the first screen", async ({ page }) => {
    await page.goto("search/?q=sandpit");
    await expect(results(page).first()).toBeInViewport();
    const guidance = page.getByRole("group", { name: "Kind of page" }).getByLabel("Guidance");
    await expect(guidance).toBeHidden();
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Infinity;
    await page.locator(".app-search__filters-details summary").click();
    await expect(guidance).toBeVisible();
    expect(await top(".app-search-result")).toBeGreaterThan(await top(".app-search__filters-details"));
    await guidance.check();
    await expect(page).toHaveURL(/kind=Guidance/);
    await expect(page.locator(".app-search__filters-details summary")).toHaveText("Filter results (1 selected)");
  });
});

test("on a wide screen the filters are laid open beside the results", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("search/?q=sandpit");
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Filter results" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Kind of page" }).getByLabel("Guidance")).toBeVisible();
});

test("the search page with results showing has no axe violations", async ({ page }) => {
  await page.goto("search/?q=SCAL");
  await expect(results(page).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says search needs JavaScript and links to the A to Z list and the steps", async ({ page }) => {
    await page.goto("search/?q=SCAL");
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    await expect(page.getByRole("link", { name: "All documents A to Z" })).toBeVisible();
    for (const step of ["Apply", "Discovery", "Integrate", "Go live"])
      await expect(page.getByRole("link", { name: new RegExp(`Step \\d: ${step}$`) })).toBeVisible();
    await expect(page.getByLabel("Search the guide and document library")).toBeHidden();
  });
});
