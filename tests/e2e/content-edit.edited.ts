// Run only by npm run test:edited, against the guide built from scripts/content-edit.js's copy of the
// data: each edit the README describes shows where a reader looks for it. The other end-to-end tests
// run against the same build unchanged (the "edited" project in playwright.config.ts).
import { expect, test } from "./shared-page";
import { EDITS } from "../../scripts/content-edit.js";
import { guide, numberOf, questionOf } from "./guide-model";

/** One of the edits, found in the edited data: a test fails by name when the edit is missing. */
function edited<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`The edited data has no "${id}": scripts/content-edit.js did not make its edit`);
  return item;
}

const action = edited(guide.actions, EDITS.action);
const step = edited(guide.steps, EDITS.step);
const stepAction = edited(guide.actions, EDITS.stepAction);
const term = edited(guide.glossary.terms, EDITS.term);

test("the new step has its page, its place in the navigation and on the home page, and its group on the checklist and the plan", async ({
  page,
}) => {
  await page.goto(`steps/${step.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(step.title);
  await expect(page.locator(`section[data-action-id="${stepAction.id}"]`)).toContainText(stepAction.title);
  // Reached from the step before it, as a reader moving through the process would.
  const before = guide.steps[step.number - 2];
  if (before) {
    await page.goto(`steps/${before.id}/`);
    await page
      .getByRole("link", { name: new RegExp(step.title) })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/steps/${step.id}/$`));
  }
  await page.goto("");
  await expect(page.locator("main")).toContainText(step.title);
  await expect(page.locator("main")).toContainText(stepAction.title);
  await page.goto("checklist/");
  await expect(page.locator("fieldset legend", { hasText: `Step ${step.number}: ${step.title}` })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: stepAction.title, exact: true })).toBeVisible();
  await page.goto("plan/");
  await expect(page.getByRole("group", { name: `${numberOf(stepAction)} ${stepAction.title}` })).toBeVisible();
});

test("the new action is in its step, on the checklist and in the plan, with its number", async ({ page }) => {
  await page.goto(`steps/${action.stepId}/`);
  await expect(page.locator(`section[data-action-id="${action.id}"]`)).toContainText(action.title);
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: action.title, exact: true })).toBeVisible();
  await page.goto("plan/");
  await expect(page.getByRole("group", { name: `${numberOf(action)} ${action.title}` })).toBeVisible();
});

test("the new question is asked on the plan, and the answer it rules the action out with says why", async ({ page }) => {
  const question = questionOf(EDITS.question);
  const exclusion = action.exclusions.find((e) => e.question === EDITS.question);
  const ruledOutBy = question?.answers.find((a) => a.value === exclusion?.answer);
  expect(ruledOutBy, "the new action is ruled out by an answer to the new question").toBeTruthy();
  await page.goto("plan/");
  const group = page.getByRole("group", { name: question!.question });
  await group.getByRole("radio", { name: ruledOutBy!.label, exact: true }).check();
  await expect(page.getByRole("group", { name: `${numberOf(action)} ${action.title}` }).locator("[data-plan-state]")).toHaveText(
    `Not applicable: ${exclusion!.reason}`,
  );
});

test("the new document has its page and its row in the library, and is listed under the action that needs it", async ({ page }) => {
  const document = edited(guide.documents, EDITS.document);
  await page.goto(`documents/${document.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("documents/");
  await expect(page.locator(`a[href$="/documents/${document.id}/"]`).first()).toBeVisible();
  await page.goto("documents/a-z/");
  await expect(page.locator(`a[href$="/documents/${document.id}/"]`).first()).toBeVisible();
  await page.goto(`steps/${action.stepId}/`);
  await expect(page.locator(`section[data-action-id="${action.id}"] a[href$="/documents/${document.id}/"]`).first()).toBeVisible();
});

test("the new term is in the glossary, at its anchor, with its name", async ({ page }) => {
  await page.goto("glossary/");
  await expect(page.locator(`#${term.id}`)).toBeVisible();
  await expect(page.locator(`#${term.id}`)).toContainText(term.term);
});

test("the new change is on What's new, on its step's page of changes, and in the feed", async ({ page, request }) => {
  await page.goto("changes/");
  const entry = page.locator(`#${EDITS.change}`);
  await expect(entry).toBeVisible();
  await page.goto(`changes/step/${step.id}/`);
  await expect(page.locator(`#${EDITS.change}`)).toBeVisible();
  const feed = await (await request.get("changes.xml")).text();
  expect(feed).toContain(`/changes/#${EDITS.change}</id>`);
});
