// Search as people type: questions find their subject, "what is X" puts X's definition first, common
// questions are answered in the result itself, misspelt names find their page, the guide's own pages are
// found by what they are, and a search that finds nothing is never a dead end. Real index, real Chromium.
import { expect, test, type Page } from "./shared-page";
import { guide } from "./guide-model";
import { axeViolations } from "./helpers";
import { searchFor, searchStatus } from "./search-helpers";

const model = guide as typeof guide & {
  glossary: { terms: Array<{ id: string; term: string; abbreviations: string[] }> };
  search: {
    misspellings: Array<{ say: string[]; search: string }>;
    questions: Array<{ id: string; question: string; sources: Array<{ url: string }> }>;
  };
};

const results = (page: Page) => page.locator(".app-search-result");
const help = (page: Page) => page.locator("[data-search-help]");

test.beforeEach(async ({ page }) => {
  await page.goto("search/");
});

test.describe("a question finds what its subject finds", () => {
  test('"what is <abbreviation>" puts the glossary entry for it first, for every abbreviation in the glossary', async ({ page }) => {
    test.setTimeout(120_000);
    const wrong: string[] = [];
    for (const term of model.glossary.terms)
      for (const abbreviation of term.abbreviations) {
        const [first] = await searchFor(page, `what is ${abbreviation}`);
        if (first?.href !== `/glossary/#${term.id}`) wrong.push(`what is ${abbreviation} → ${first?.href ?? "nothing"}`);
      }
    expect(wrong).toEqual([]);
  });

  test('"what are vectors of trust" puts the entry for vector of trust first, not a longer term that holds the words', async ({ page }) => {
    const [first] = await searchFor(page, "what are vectors of trust");
    expect(first?.href).toBe("/glossary/#vector-of-trust");
  });

  test("the question words do not find pages on their own: 'what is IM1' finds what 'IM1' finds", async ({ page }) => {
    const plain = (await searchFor(page, "IM1")).map((r) => r.href);
    const asked = (await searchFor(page, "what is IM1")).map((r) => r.href);
    expect(new Set(asked)).toEqual(new Set(plain));
  });

  test("'who signs' finds who signs the agreements, not single sign-on", async ({ page }) => {
    const top = await searchFor(page, "who signs");
    expect(top[0]?.href).toBe("/questions/#who-signs");
    expect(top.map((r) => r.href)).not.toContain("/glossary/#sso");
  });
});

test.describe("common questions are answered in the result", () => {
  test("how long it takes: the first result gives both published estimates", async ({ page }) => {
    await searchFor(page, "how long does it take");
    const first = results(page).first();
    await expect(first.locator("h2 a")).toHaveAttribute("href", /\/questions\/#how-long$/);
    await expect(first).toContainText("2 to 3 months");
    await expect(first).toContainText("3 to 4 months");
  });

  test("what it costs: the first result says it is not published", async ({ page }) => {
    await searchFor(page, "how much does it cost?");
    const first = results(page).first();
    await expect(first.locator("h2 a")).toHaveText("What does NHS login cost a partner?");
    await expect(first).toContainText("Not published");
  });

  test("each common question is found by its own words, first, as a question", async ({ page }) => {
    for (const question of model.search.questions) {
      const [first] = await searchFor(page, question.question);
      expect(first, question.question).toMatchObject({ href: `/questions/#${question.id}`, kind: "Question" });
    }
  });

  test("a question's result opens the common questions page at its answer, which links its sources", async ({ page }) => {
    await searchFor(page, "who do I contact");
    await results(page).first().locator("h2 a").click();
    await expect(page).toHaveURL(/\/questions\/#contact$/);
    await expect(page.locator("#contact")).toBeInViewport();
    const section = page.locator("section", { has: page.locator("#contact") });
    const contact = model.search.questions.find((q) => q.id === "contact")!;
    for (const source of contact.sources) await expect(section.locator(`a[href="${source.url}"]`)).toHaveCount(1);
  });

  test("the Common question filter shows only common questions", async ({ page }) => {
    await page.goto("search/?q=first&kind=Question");
    await expect(results(page).first()).toBeVisible();
    expect(new Set(await results(page).locator(".app-search-result__kind").allTextContents())).toEqual(new Set(["Question"]));
  });

  test("the common questions page has no axe violations", async ({ page }) => {
    await page.goto("questions/");
    await expect(page.locator("main section > h2")).toHaveText(model.search.questions.map((q) => q.question));
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("misspelt names", () => {
  test("every listed misspelling finds, in the top three, what its right spelling finds first, and says which spelling it searched", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const wrong: string[] = [];
    for (const rule of model.search.misspellings) {
      const [right] = await searchFor(page, rule.search);
      for (const said of rule.say) {
        const top = (await searchFor(page, said)).slice(0, 3).map((r) => r.href);
        if (!right || !top.includes(right.href)) wrong.push(`${said} → ${top.join(" | ")} (wanted ${right?.href})`);
        await expect(searchStatus(page)).toContainText(`for ‘${rule.search}’. You searched for ‘${said}’.`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("a misspelling no list names, which finds nothing as typed, finds the nearest name the guide uses, and says so @prefix", async ({
    page,
  }) => {
    // "hazzard" is in no list; as typed it finds nothing, so the nearest name the guide uses is tried.
    const top = await searchFor(page, "hazzard");
    expect(top[0]?.href).toBe("/glossary/#hazard-log");
    await expect(searchStatus(page)).toContainText("for ‘hazard’. You searched for ‘hazzard’.");
    await expect(help(page)).toBeHidden();
  });
});

test.describe("no dead ends", () => {
  test("a search that finds nothing says so and offers the glossary A to Z, the document library and the common questions @prefix", async ({
    page,
  }) => {
    await searchFor(page, "xylophonezebra");
    await expect(searchStatus(page)).toHaveText("No results for ‘xylophonezebra’. Try fewer words, or another spelling.");
    await expect(results(page)).toHaveCount(0);
    await expect(help(page)).toBeVisible();
    await expect(help(page).getByRole("link", { name: /glossary/i })).toHaveAttribute("href", /\/glossary\/$/);
    await expect(help(page).getByRole("link", { name: /document library/i })).toHaveAttribute("href", /\/documents\/a-z\/$/);
    await expect(help(page).getByRole("link", { name: "Common questions" })).toHaveAttribute("href", /\/questions\/$/);
    expect(await axeViolations(page)).toEqual([]);
    await help(page)
      .getByRole("link", { name: /glossary/i })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
  });

  test("the offer goes once a search finds something", async ({ page }) => {
    await searchFor(page, "xylophonezebra");
    await expect(help(page)).toBeVisible();
    await searchFor(page, "sandpit");
    await expect(help(page)).toBeHidden();
  });
});

test.describe("the guide's own pages are found by what they are, each with its kind", () => {
  const PAGES: Array<[query: string, href: string, kind: string]> = [
    ["team plan", "/plan/", "Team plan"],
    ["checklist", "/checklist/", "Checklist"],
    ["progress", "/checklist/", "Checklist"],
    ["who does what", "/roles/", "Role"],
    ["what's new", "/changes/", "What's new"],
    ["overview", "/", "Overview"],
  ];
  for (const [query, href, kind] of PAGES) {
    test(`"${query}" finds ${href} in the top three, as ${kind}, and the ${kind} filter keeps it`, async ({ page }) => {
      const top = (await searchFor(page, query)).slice(0, 3);
      expect(top, JSON.stringify(top)).toContainEqual(expect.objectContaining({ href, kind }));
      await page.goto(`search/?q=${encodeURIComponent(query)}&kind=${encodeURIComponent(kind)}`);
      await expect(results(page).first()).toBeVisible();
      expect(new Set(await results(page).locator(".app-search-result__kind").allTextContents())).toEqual(new Set([kind]));
    });
  }

  test("each role's page is found first by the role's name with 'role', as a Role", async ({ page }) => {
    for (const role of guide.roles) {
      const [first] = await searchFor(page, `${role.title} role`);
      expect(first, role.title).toMatchObject({ href: `/roles/${role.id}/`, kind: "Role" });
    }
  });
});

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page links to the common questions", async ({ page }) => {
    await expect(page.locator("[data-search-unavailable]").getByRole("link", { name: "Common questions" })).toHaveAttribute(
      "href",
      /\/questions\/$/,
    );
    await expect(help(page)).toBeHidden();
  });
});
