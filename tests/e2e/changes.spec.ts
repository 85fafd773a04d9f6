// What's new: the change log at /changes/, its per-step pages, the Atom feed at /changes.xml and the
// latest change shown on steps, actions, documents and glossary terms. Tests tagged @prefix run under
// /nhslogin/ too.
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./shared-page";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { axeViolations, FIXTURE_URL, LAYOUT_PATHS } from "./helpers";
import { actionsInStep, changeLog, changeSteps, guide, GUIDE_DATA_DIR, itemWithLatestChange, latestChanges } from "./guide-model";
import { changesSchema } from "../../lib/data/schemas.js";

const { changes } = changesSchema.parse(parse(readFileSync(`${GUIDE_DATA_DIR}/changes.yaml`, "utf8")));

const ATOM = "http://www.w3.org/2005/Atom";
/** RFC 3339 date-time, as Atom requires for <updated> and <published>. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The feed as the test reads it, parsed by the browser's XML parser. */
interface ParsedFeed {
  parseError: string | null;
  rootName: string;
  rootNamespace: string | null;
  feed: { id: string[]; title: string[]; updated: string[]; authorNames: string[]; links: Array<{ rel: string; href: string }> };
  entries: Array<{
    id: string[];
    title: string[];
    updated: string[];
    published: string[];
    links: Array<{ rel: string; href: string }>;
    contentLinks: string[];
  }>;
}

/** Fetches `url` and checks it answers 200 and, when it has a #fragment, holds an element with that id. */
async function resolves(request: APIRequestContext, url: string): Promise<string | null> {
  const target = new URL(url);
  const response = await request.get(target.href);
  if (response.status() !== 200) return `${response.status()} ${url}`;
  if (!target.hash) return null;
  const id = decodeURIComponent(target.hash.slice(1));
  return (await response.text()).includes(`id="${id}"`) ? null : `no #${id} on ${target.pathname}`;
}

test.describe("the change log", () => {
  test("lists every change newest first, and every link in it leads to what it names", async ({ page, request, baseURL }) => {
    await page.goto("changes/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's new");
    const dates = await page.locator(".app-change h2 time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
    expect(dates).toHaveLength(changes.length);
    // Dates known only to the month or year are written 2023-12 or 2020; padded, they sort as their first day.
    const padded = dates.map((d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d));
    expect(padded).toEqual([...padded].sort().reverse());

    // Each link in an entry goes to the page and anchor it names: an action's heading, a document's page, a term.
    const links = await page
      .locator(".app-change a:not(.app-external-link)")
      .evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent?.trim() ?? "" })));
    expect(links.length).toBeGreaterThanOrEqual(changeLog.reduce((sum, change) => sum + change.actions.length, 0));
    const problems: string[] = [];
    for (const { href, text } of links) {
      const target = new URL(href);
      expect(target.pathname.startsWith(new URL(baseURL!).pathname), href).toBe(true);
      const problem = await resolves(request, href);
      if (problem) problems.push(`${text}: ${problem}`);
    }
    expect(problems).toEqual([]);

    // Following an action's link lands on that action.
    const change = changeLog.find((c) => c.actions.length > 0);
    const named = change?.actions[0];
    if (change && named) {
      await page
        .locator(`[data-change-id="${change.id}"]`)
        .getByRole("link", { name: `${named.number} ${named.title}`, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/steps/${named.stepId}/#${named.id}$`));
      await expect(page.locator(`#${named.id}`)).toBeInViewport();
    }
  });

  test("a third party's report is marked as not confirmed and its sources are not called official; an official change's are", async ({
    page,
  }) => {
    await page.goto("changes/");
    for (const change of changeLog) {
      const entry = page.locator(`[data-change-id="${change.id}"]`);
      const plural = change.sources.length === 1 ? "" : "s";
      if (change.confidence === "third-party") {
        await expect(entry.getByText("Not confirmed by NHS login"), change.id).toBeVisible();
        await expect(entry.locator(".app-sources__heading"), change.id).toHaveText(`Source${plural}`);
      } else {
        await expect(entry.getByText("Not confirmed by NHS login"), change.id).toHaveCount(0);
        await expect(entry.locator(".app-sources__heading"), change.id).toHaveText(`Official source${plural}`);
      }
    }
  });

  test.describe("when JavaScript is unavailable", () => {
    test.use({ javaScriptEnabled: false });

    test("the step filter shows only the changes that concern that step", async ({ page }) => {
      await page.goto("changes/");
      const all = await page.locator("[data-change-id]").count();
      const filter = page.getByRole("navigation", { name: "Show changes for" });
      // A step that some changes concern, but not all.
      const step = changeSteps.find((s) => s.changes.length > 0 && s.changes.length < changeLog.length)!;
      const link = filter.getByRole("link", { name: new RegExp(`^Step ${step.number}: ${step.title} \\((\\d+)\\)$`) });
      const expected = Number(/\((\d+)\)/.exec((await link.textContent()) ?? "")?.[1]);
      await link.click();

      await expect(page).toHaveURL(new RegExp(`/changes/step/${step.id}/$`));
      await expect(filter.locator('[aria-current="page"]')).toContainText(`Step ${step.number}: ${step.title}`);
      const shown = await page.locator("[data-change-id]").evaluateAll((els) => els.map((el) => el.getAttribute("data-change-id")));
      expect(shown).toHaveLength(expected);
      expect(shown.length).toBeLessThan(all);
      // Exactly the changes that concern the step, as the data says.
      expect([...shown].sort()).toEqual(step.changes.map((c) => c.id).sort());

      await filter.getByRole("link", { name: /^All changes/ }).click();
      await expect(page.locator("[data-change-id]")).toHaveCount(all);
    });
  });

  const busiest = [...changeSteps].sort((a, b) => b.changes.length - a.changes.length)[0];
  for (const path of ["changes/", ...(busiest ? [`changes/step/${busiest.id}/`] : [])]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      // An axe scan of a long page takes a while on a busy machine.
      test.setTimeout(90_000);
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe("the latest change on steps, actions, documents and terms", () => {
  /** The change ids the "Updated …" notes `notes` point to, in page order. */
  const changeIds = (notes: Locator) => notes.evaluateAll((els) => els.map((el) => el.getAttribute("data-latest-change")));
  /** The change ids of the notes inside `scope`. */
  const notesIn = (scope: Locator) => changeIds(scope.locator(".app-latest-change"));

  /** Follows an item's "Updated …" note to its entry in the log. */
  async function followsToItsEntry(page: Page, note: Locator, changeId: string) {
    await note.getByRole("link", { name: /^Updated / }).click();
    await expect(page).toHaveURL(new RegExp(`/changes/#${changeId}$`));
    await expect(page.locator(`#${changeId}`)).toBeInViewport();
  }

  test("each step page shows the step's latest change under its summary and each action's beside it, as the log says, and nothing for the rest", async ({
    page,
  }) => {
    const steps = latestChanges("steps");
    const actions = latestChanges("actions");
    for (const step of guide.steps) {
      await page.goto(`steps/${step.id}/`);
      const stepChange = steps.find((s) => s.id === step.id)?.latestChange;
      expect(await changeIds(page.locator(".nhsuk-lede-text + .app-latest-change")), step.id).toEqual(stepChange ? [stepChange.id] : []);
      for (const action of actionsInStep(step.id)) {
        const change = actions.find((a) => a.id === action.id)?.latestChange;
        expect(await notesIn(page.locator(`[data-action-id="${action.id}"]`)), action.id).toEqual(change ? [change.id] : []);
      }
    }
    // Where the log names any, an action's note reads as its date and summary, and notes lead to their entries.
    const action = itemWithLatestChange("actions");
    if (action?.latestChange) {
      const change = action.latestChange;
      await page.goto(`steps/${guide.actions.find((a) => a.id === action.id)!.stepId}/`);
      const note = page.locator(`[data-action-id="${action.id}"] .app-latest-change`);
      await expect(note).toContainText(`Updated ${change.dateText}: ${change.summary.slice(0, 40)}`);
      await followsToItsEntry(page, note, change.id);
    }
    const step = itemWithLatestChange("steps");
    if (step?.latestChange) {
      await page.goto(`steps/${step.id}/`);
      await followsToItsEntry(page, page.locator(".nhsuk-lede-text + .app-latest-change"), step.latestChange.id);
    }
  });

  test("each document page shows its latest change, as the log says, or none, and it leads to its entry", async ({ page }) => {
    for (const document of latestChanges("documents")) {
      await page.goto(`documents/${document.id}/`);
      expect(await notesIn(page.locator("main")), document.id).toEqual(document.latestChange ? [document.latestChange.id] : []);
    }
    const document = itemWithLatestChange("documents");
    if (!document?.latestChange) return;
    await page.goto(`documents/${document.id}/`);
    await followsToItsEntry(page, page.locator("main .app-latest-change"), document.latestChange.id);
  });

  test("each glossary term shows its latest change after its definition, as the log says, or none, and it leads to its entry", async ({
    page,
  }) => {
    await page.goto("glossary/");
    for (const term of latestChanges("terms")) {
      const entry = page.locator(".app-glossary-term", { has: page.locator(`#${term.id}`) });
      expect(await notesIn(entry), term.id).toEqual(term.latestChange ? [term.latestChange.id] : []);
    }
    const term = itemWithLatestChange("terms");
    if (!term?.latestChange) return;
    await page.goto(`glossary/#${term.id}`);
    const note = page.locator(".app-glossary-term", { has: page.locator(`#${term.id}`) }).locator(".app-latest-change");
    await followsToItsEntry(page, note, term.latestChange.id);
  });
});

test.describe("the feed", () => {
  test("parses as Atom 1.0, with unique entry ids, RFC 3339 dates and links that all resolve @prefix", async ({
    page,
    request,
    baseURL,
  }) => {
    const response = await request.get("changes.xml");
    expect(response.status(), "the feed is built only with a public address: build with SITE_URL set, as npm test does").toBe(200);
    const xml = await response.text();

    await page.goto("changes/");
    const parsed = await page.evaluate(
      ([source, atom]) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const error = doc.querySelector("parsererror");
        const root = doc.documentElement;
        const own = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name && c.namespaceURI === atom);
        const texts = (el: Element, name: string) => own(el, name).map((c) => c.textContent ?? "");
        const links = (el: Element) =>
          own(el, "link").map((l) => ({ rel: l.getAttribute("rel") ?? "alternate", href: l.getAttribute("href") ?? "" }));
        return {
          parseError: error ? error.textContent : null,
          rootName: root.localName,
          rootNamespace: root.namespaceURI,
          feed: {
            id: texts(root, "id"),
            title: texts(root, "title"),
            updated: texts(root, "updated"),
            authorNames: own(root, "author").flatMap((a) => texts(a, "name")),
            links: links(root),
          },
          entries: own(root, "entry").map((entry) => {
            const content = own(entry, "content")[0];
            const html = new DOMParser().parseFromString(content?.textContent ?? "", "text/html");
            return {
              id: texts(entry, "id"),
              title: texts(entry, "title"),
              updated: texts(entry, "updated"),
              published: texts(entry, "published"),
              links: links(entry),
              contentLinks: [...html.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
            };
          }),
        } satisfies ParsedFeed;
      },
      [xml, ATOM] as const,
    );

    expect(parsed.parseError).toBeNull();
    expect(parsed.rootName).toBe("feed");
    expect(parsed.rootNamespace).toBe(ATOM);
    // RFC 4287: one id, title and updated; an author; a self link.
    expect(parsed.feed.id).toHaveLength(1);
    expect(parsed.feed.title).toHaveLength(1);
    expect(parsed.feed.updated).toHaveLength(1);
    expect(parsed.feed.updated[0]).toMatch(RFC_3339);
    expect(parsed.feed.authorNames).toEqual(["NHS login integration guide"]);

    // The log's entries, in the same order as the page.
    const pageIds = await page.locator("[data-change-id]").evaluateAll((els) => els.map((el) => el.getAttribute("data-change-id")));
    expect(parsed.entries.map((e) => new URL(e.id[0]!).hash.slice(1))).toEqual(pageIds);
    const ids = parsed.entries.map((e) => e.id[0]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of parsed.entries) {
      expect(entry.id).toHaveLength(1);
      expect(entry.title).toHaveLength(1);
      expect(entry.updated).toHaveLength(1);
      expect(entry.updated[0]).toMatch(RFC_3339);
      expect(entry.published[0]).toMatch(RFC_3339);
      expect(entry.links.filter((l) => l.rel === "alternate")).toHaveLength(1);
    }
    // The newest entry dates the feed.
    expect(parsed.feed.updated[0]).toBe(
      parsed.entries
        .map((e) => e.updated[0]!)
        .sort()
        .reverse()[0],
    );

    // Every link into the site is absolute, under the site's path, and resolves here: the public
    // address (site.yaml's url) stands for the test server's.
    const base = new URL(baseURL!);
    const self = parsed.feed.links.find((l) => l.rel === "self");
    expect(self).toBeDefined();
    const publicOrigin = new URL(self!.href).origin;
    expect(new URL(self!.href).pathname).toBe(`${base.pathname}changes.xml`);
    const own = [
      ...parsed.feed.links.map((l) => l.href),
      ...parsed.entries.flatMap((e) => [...e.links.map((l) => l.href), ...e.contentLinks]),
    ].filter((href) => new URL(href).origin === publicOrigin);
    expect(own.length).toBeGreaterThan(parsed.entries.length * 2);
    const problems: string[] = [];
    for (const href of new Set(own)) {
      const url = new URL(href);
      if (!url.pathname.startsWith(base.pathname)) problems.push(`outside the site's path: ${href}`);
      const problem = await resolves(request, `${base.origin}${url.pathname}${url.hash}`);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  });

  test("every page advertises the feed @prefix", async ({ page, baseURL }) => {
    for (const path of ["", LAYOUT_PATHS.step, LAYOUT_PATHS.document, "glossary/", "changes/"]) {
      await page.goto(path);
      const href = await page
        .locator('head link[rel="alternate"][type="application/atom+xml"]')
        .evaluate((l) => (l as HTMLLinkElement).href);
      expect(href, path).toBe(new URL("changes.xml", baseURL).href);
    }
  });

  test("a guide with no change log has an empty What's new page and no feed", async ({ page, request }) => {
    expect((await request.get(new URL("changes.xml", FIXTURE_URL).href)).status()).toBe(404);
    await page.goto(new URL("changes/", FIXTURE_URL).href);
    await expect(page.locator("[data-no-changes]")).toHaveText("No changes have been recorded yet.");
    await expect(page.locator('head link[rel="alternate"]')).toHaveCount(0);
  });
});
