// The Technical requirements page: every requirement in _data/technical-requirements.yaml, each with who
// it applies to and its sources; tailored by the plan's answers (the same saved answers as the plan's),
// what does not apply shown with its reason; found by its subject in search; listed on the technical
// role's page and linked from action 3.3.
import { expect, test } from "./shared-page";
import type { Page } from "@playwright/test";
import { axeViolations } from "./helpers";
import { guide } from "./guide-model";

type Exclusion = { question: string; answer: string; reason: string };
type Requirement = {
  id: string;
  title: string;
  url: string;
  appliesText: string;
  subject: string[];
  exclusions: Exclusion[];
  roles: Array<{ id: string }>;
};
const { requirements } = (guide as unknown as { technicalRequirements: { requirements: Requirement[] } }).technicalRequirements;

/** The requirements that apply after `answers` ({ question: answer }), worked out from the data. */
const applying = (answers: Record<string, string>) =>
  requirements.filter((r) => !r.exclusions.some((e) => answers[e.question] === e.answer));

/** Answers a question on the page the way a user does: by choosing its radio. */
async function answer(page: Page, question: string, value: string) {
  await page.locator(`[data-requirements-question="${question}"] input[value="${value}"]`).check();
}

test("the page lists every requirement in the data, each under a heading that is its anchor, with its sources", async ({ page }) => {
  await page.goto("technical-requirements/");
  const sections = page.locator("[data-requirement-id]");
  await expect(sections).toHaveCount(requirements.length);
  for (const [i, requirement] of requirements.entries()) {
    const section = sections.nth(i);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(requirement.title);
    await expect(section.getByRole("heading", { level: 2 })).toHaveAttribute("id", requirement.id);
    await expect(section).toContainText(requirement.appliesText);
    await expect(section.locator(".app-sources a").first()).toHaveAttribute("href", /^https:\/\//);
  }
});

test("a P0 website and a P9 app see different requirements, each not applicable one with its reason", async ({ page }) => {
  await page.goto("technical-requirements/");
  const summary = page.locator("[data-requirements-summary]");
  const cases = [
    { "verification-level": "p0", channel: "website" },
    { "verification-level": "p9", channel: "app" },
  ];
  const counts: number[] = [];
  for (const answers of cases) {
    for (const [question, value] of Object.entries(answers)) await answer(page, question, value);
    const expected = applying(answers);
    counts.push(expected.length);
    await expect(summary).toHaveText(`${expected.length} of ${requirements.length} requirements apply to your service.`);
    for (const requirement of requirements) {
      const section = page.locator(`[data-requirement-id="${requirement.id}"]`);
      const reason = requirement.exclusions.find((e) => answers[e.question as keyof typeof answers] === e.answer)?.reason;
      await expect(section.locator("[data-requirement-state]")).toHaveText(
        reason ? `Not applicable to your service: ${reason}.` : "Applies to your service.",
      );
    }
  }
  expect(counts[0]).not.toBe(counts[1]);
});

test("answers given on the page are the plan's: they survive a reload and show on the team plan", async ({ page }) => {
  await page.goto("technical-requirements/");
  await answer(page, "verification-level", "p5");
  await answer(page, "channel", "app");
  await page.reload();
  await expect(page.locator('[data-requirements-question="verification-level"] input[value="p5"]')).toBeChecked();
  await expect(page.locator("[data-requirements-summary]")).toHaveText(
    `${applying({ "verification-level": "p5", channel: "app" }).length} of ${requirements.length} requirements apply to your service.`,
  );
  await page.goto("plan/");
  await expect(page.locator('[data-plan-question="verification-level"] input[value="p5"]')).toBeChecked();
  await expect(page.locator('[data-plan-question="channel"] input[value="app"]')).toBeChecked();
});

test("the page has no accessibility violations, with answers given", async ({ page }) => {
  await page.goto("technical-requirements/");
  await answer(page, "channel", "website");
  expect(await axeViolations(page)).toEqual([]);
});

test("the technical role's page lists the requirements that concern it, each linked to its section", async ({ page }) => {
  const technical = requirements.filter((r) => r.roles.some((role) => role.id === "technical"));
  await page.goto("roles/technical/");
  const links = page.locator(".app-role-requirements a");
  await expect(links).toHaveText(technical.map((r) => r.title));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(technical.map((r) => r.url));
});

test("action 3.3, Start integration, links the technical requirements, and so does the footer", async ({ page }) => {
  const start = guide.actions.find((a) => a.id === "start-integration")!;
  await page.goto(`steps/${start.stepId}/`);
  await expect(page.locator(`section[data-action-id="${start.id}"]`).getByRole("link", { name: "technical requirements" })).toHaveAttribute(
    "href",
    "/technical-requirements/",
  );
  await expect(page.locator("footer").getByRole("link", { name: "Technical requirements" })).toHaveAttribute(
    "href",
    "/technical-requirements/",
  );
});

/** The searches the issue names, each with the requirement it must find. */
const SEARCHES: Array<[string, string]> = [
  ["logout", "session-management"],
  ["session timeout", "session-timeout"],
  ["webview", "avoid-webviews"],
  ["no consent", "no-consent-screen"],
  ["redirect uri", "redirect-uris"],
  ["settings page", "settings-page-link"],
  ["p9 test scenarios", "test-scenarios-p9"],
];

test("each requirement is found by searching for its subject @prefix", async ({ page }) => {
  test.setTimeout(60_000);
  for (const [query, id] of SEARCHES) {
    expect(requirements.map((r) => r.id)).toContain(id);
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator(".app-search-result").first()).toBeVisible();
    const hrefs = await page
      .locator(".app-search-result a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + (a as HTMLAnchorElement).hash));
    expect(
      hrefs.some((href) => href.endsWith(`/technical-requirements/#${id}`)),
      `"${query}" finds ${id}: ${hrefs.join(", ")}`,
    ).toBe(true);
  }
});

test.describe("when JavaScript is unavailable", () => {
  test.use({ javaScriptEnabled: false });

  test("every requirement is still there, saying who it applies to, and the questions are hidden", async ({ page }) => {
    await page.goto("technical-requirements/");
    await expect(page.locator("[data-requirement-id]")).toHaveCount(requirements.length);
    for (const requirement of requirements)
      await expect(page.locator(`[data-requirement-id="${requirement.id}"]`)).toContainText(requirement.appliesText);
    await expect(page.locator('[data-requirements-question="channel"]')).toBeHidden();
    await expect(page.locator("[data-requirements-summary]")).toHaveText(
      `${requirements.length} requirements. Each says who it applies to.`,
    );
  });
});
