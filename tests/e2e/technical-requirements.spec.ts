// The Technical requirements page: every requirement in _data/technical-requirements.yaml, each with who
// it applies to and its sources; tailored by the plan's answers (the same saved answers as the plan's),
// what does not apply shown with its reason; found by its subject in search; listed on the technical
// role's page and linked from action 3.3.
import { expect, test } from "./shared-page";
import type { Page } from "@playwright/test";
import { axeViolations, holdScript, messageBanner, savedPlan } from "./helpers";
import { actionGroup, planInLink } from "./plan-helpers";
import { parseCsv } from "./csv";
import { readFileSync } from "node:fs";
import { guide, GUIDE_DATA_DIR } from "./guide-model";

if (!guide.technicalRequirements) throw new Error(`${GUIDE_DATA_DIR} has no technical-requirements.yaml to test`);
const { requirements, action: requirementsAction } = guide.technicalRequirements;

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
    await expect(summary).toHaveText(
      `${expected.length} of ${requirements.length} requirements apply to your service. 0 of ${expected.length} requirements met.`,
    );
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
  await expect(page.locator("[data-requirements-summary]")).toContainText(
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

test("the action the requirements belong to links them, and so does the footer", async ({ page }) => {
  const start = guide.actions.find((a) => a.id === requirementsAction)!;
  await page.goto(`steps/${start.stepId}/`);
  // From the count of requirements met under it.
  const links = page.locator(`section[data-action-id="${start.id}"]`).getByRole("link", { name: "technical requirements" });
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["/technical-requirements/"]);
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

test.describe("ticking requirements as met", () => {
  /** Ticks one requirement as met, as a user does. */
  const tick = (page: Page, id: string) =>
    page.locator(`[data-requirement-id="${id}"]`).getByRole("checkbox", { name: "We meet this requirement" }).check();

  test("a requirement ticked while the page's script is still loading is saved once it starts", async ({ page }) => {
    const [first] = requirements;
    const release = await holdScript(page, /\/scripts\/main\.js$/);
    await page.goto("technical-requirements/", { waitUntil: "commit" });
    await tick(page, first!.id);
    release();
    await expect.poll(async () => (await savedPlan(page))?.requirements[first!.id]?.value).toBe("met");
  });

  test("a tick is saved with the plan and survives a reload", async ({ page }) => {
    const [first] = requirements;
    await page.goto("technical-requirements/");
    await tick(page, first!.id);
    await expect.poll(async () => (await savedPlan(page))?.requirements[first!.id]?.value).toBe("met");
    await page.reload();
    await expect(
      page.locator(`[data-requirement-id="${first!.id}"]`).getByRole("checkbox", { name: "We meet this requirement" }),
    ).toBeChecked();
  });

  test("action 3.3's step page and the checklist count the ticked requirements that apply, after the answers", async ({ page }) => {
    const answers = { "verification-level": "p0", channel: "website" };
    const applies = applying(answers);
    const ruledOut = requirements.find((r) => !applies.includes(r))!;
    await page.goto("technical-requirements/");
    for (const [question, value] of Object.entries(answers)) await answer(page, question, value);
    // Two that apply and one that does not: only the two count.
    await tick(page, applies[0]!.id);
    await tick(page, applies[1]!.id);
    await tick(page, ruledOut.id);
    const expected = `2 of ${applies.length} requirements met`;
    await expect(page.locator("[data-requirements-summary]")).toContainText(`${expected}.`);
    const action = guide.actions.find((a) => a.id === requirementsAction)!;
    await page.goto(`steps/${action.stepId}/`);
    await expect(page.locator(`section[data-action-id="${action.id}"] [data-requirements-progress-count]`)).toHaveText(expected);
    await page.goto("checklist/");
    await expect(page.locator("[data-requirements-progress-count]")).toHaveText(expected);
    await expect(page.locator("[data-requirements-progress]")).toHaveCount(1);
    // The team plan shows it in the action's row, and its spreadsheet has it in that action's row.
    await page.goto("plan/");
    const number = `${action.stepNumber}.${action.number}`;
    await expect(actionGroup(page, number).locator("[data-requirements-progress-count]")).toHaveText(expected);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as a spreadsheet (CSV)" }).click(),
    ]);
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""));
    const column = header!.indexOf("Technical requirements met");
    expect(column).toBeGreaterThan(-1);
    expect(rows.filter((row) => row[column]).map((row) => [row[0], row[column]])).toEqual([[number, expected]]);
  });

  test("ticks travel in the plan's link to share, and a teammate who merges it sees them @prefix", async ({ page, browser, baseURL }) => {
    const [first, second] = requirements;
    await page.goto("technical-requirements/");
    await tick(page, first!.id);
    await tick(page, second!.id);
    await page.goto("plan/");
    const field = page.getByLabel("Link to share");
    let link = "";
    await expect
      .poll(async () => {
        link = await field.inputValue();
        return link.includes("#plan=") ? Object.keys((planInLink(link) as { requirements?: object }).requirements ?? {}).sort() : [];
      })
      .toEqual([first!.id, second!.id].sort());
    const context = await browser.newContext({ baseURL: baseURL! });
    const teammate = await context.newPage();
    await teammate.goto(link);
    // The prompt counts them as what they are: ticks, not answers or dates.
    await expect(teammate.locator("[data-plan-incoming]")).toContainText("2 technical requirement ticks are newer in this link");
    await expect(teammate.locator("[data-plan-incoming]")).not.toContainText("answers or plan dates");
    await teammate.getByRole("button", { name: "Merge it into your plan" }).click();
    await expect(messageBanner(teammate, "share", "success")).toContainText(
      "Merged the shared plan: 2 technical requirement ticks changed. Nothing in your plan was lost.",
    );
    await teammate.goto("technical-requirements/");
    for (const id of [first!.id, second!.id])
      await expect(
        teammate.locator(`[data-requirement-id="${id}"]`).getByRole("checkbox", { name: "We meet this requirement" }),
      ).toBeChecked();
    await context.close();
  });
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
