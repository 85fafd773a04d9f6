// Finding your way: the team plan is in the header of every page, the overview, checklist, plan,
// roles and what's new are found by search for what they are (each with a kind of its own to filter
// on), and no link in a page's content leads back to the page it is on.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./shared-page";
import { guide } from "./guide-model";
import { STEP_PATHS } from "./helpers";

const results = (page: Page) => page.locator(".app-search-result");

/** The titles of the first `n` results once they have appeared. */
async function topTitles(page: Page, n: number): Promise<string[]> {
  await expect(results(page).first()).toBeVisible();
  return (await results(page).locator("h2 a").allTextContents()).slice(0, n);
}

/** Every page of the built site, as a path relative to its root ("", "checklist/", "404.html"). */
function builtPages(dir = "_site", under = ""): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(under, entry.name);
    if (entry.isDirectory()) return relative === "pagefind" ? [] : builtPages(dir, relative);
    if (!entry.name.endsWith(".html")) return [];
    return [relative.endsWith("index.html") ? relative.slice(0, -"index.html".length) : relative];
  });
}

test.describe("the header", () => {
  for (const [name, url] of [
    ["the home page", ""],
    ["a step page", STEP_PATHS[0]!],
    ["the glossary", "glossary/"],
  ] as const) {
    test(`the header of ${name} links to the team plan @prefix`, async ({ page }) => {
      await page.goto(url);
      const link = page.locator(".nhsuk-header").getByRole("link", { name: "Team plan" });
      await expect(link).toHaveAttribute("href", /\/plan\/$/);
      await expect(link).not.toHaveAttribute("aria-current", "page");
      await link.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team plan");
    });
  }

  test("on the team plan, the header marks the team plan as the current page", async ({ page }) => {
    await page.goto("plan/");
    await expect(page.locator(".nhsuk-header [aria-current='page']")).toHaveText("Team plan");
  });
});

test.describe("search finds the guide's tools for what they are", () => {
  const EXPECTED: Array<[string, string]> = [
    ["team plan", "Team plan"],
    ["plan", "Team plan"],
    ["checklist", "Integration checklist"],
    ["progress", "Integration checklist"],
    ["who does what", "Roles in your team"],
    ["roles", "Roles in your team"],
    ["what's new", "What's new"],
    ["overview", "Overview: the NHS login integration process"],
  ];
  for (const [query, title] of EXPECTED) {
    test(`searching "${query}" finds ${title} in the top three`, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      const titles = await topTitles(page, 3);
      expect(titles, `top results: ${titles.join(" | ")}`).toContain(title);
    });
  }

  test("each role's page is found by the role's name, as a role", async ({ page }) => {
    for (const role of guide.roles) {
      await page.goto(`search/?q=${encodeURIComponent(role.title)}&kind=Role`);
      const titles = await topTitles(page, 3);
      expect(titles, `top results for ${role.title}: ${titles.join(" | ")}`).toContain(`Role: ${role.title}`);
    }
  });

  test("each tool has a kind of page of its own to filter on @prefix", async ({ page }) => {
    for (const [kind, title] of [
      ["Team plan", "Team plan"],
      ["Checklist", "Integration checklist"],
      ["Overview", "Overview: the NHS login integration process"],
      ["What's new", "What's new"],
    ]) {
      await page.goto(`search/?q=${encodeURIComponent(title!.split(" ")[0]!)}`);
      await page.getByRole("group", { name: "Kind of page" }).getByLabel(kind!, { exact: true }).check();
      await expect(results(page).locator("h2 a")).toHaveText([title!]);
      await expect(results(page).locator(".app-search-result__kind")).toHaveText([kind!]);
    }
  });

  test("the checklist's boxes are not in the index", async ({ page }) => {
    // An action's title is on the checklist as a box: search finds it on its step page only.
    const action = guide.actions[0]!;
    await page.goto(`search/?q=${encodeURIComponent(action.title)}`);
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).locator("h2 a", { hasText: "Integration checklist" })).toHaveCount(0);
  });
});

test("no link in any page's content leads to the page it is on", async ({ page }) => {
  test.setTimeout(180_000);
  const pages = builtPages();
  expect(pages).toEqual(expect.arrayContaining(["", "checklist/", "plan/", "roles/", "changes/"]));
  const selfLinks: string[] = [];
  for (const url of pages) {
    await page.goto(url);
    const found = await page.locator("main a[href]").evaluateAll((links) => {
      const here = new URL(location.href);
      here.hash = "";
      return links
        .map((link) => (link as HTMLAnchorElement).href)
        .filter((href) => {
          const target = new URL(href);
          // A link to a part of this page (#section) is how a page points within itself.
          if (target.hash.length > 1) return false;
          target.hash = "";
          return target.href === here.href;
        });
    });
    selfLinks.push(...found.map((href) => `${url || "/"} → ${href}`));
  }
  expect(selfLinks).toEqual([]);
});
