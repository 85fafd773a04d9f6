// Run only by npm run test:edited, against the guide built from scripts/content-edit.js's copy of the
// data: each edit the README describes shows where a reader looks for it. The other end-to-end tests
// run against the same build unchanged (the "edited" project in playwright.config.ts).
import { expect, test } from "./shared-page";
import { EDITS } from "../../scripts/content-edit.js";
import { guide, numberOf } from "./guide-model";

const action = guide.actions.find((a) => a.id === EDITS.action)!;

test("the new action is in its step, on the checklist and in the plan, with its number", async ({ page }) => {
  expect(action, "the edited data has the new action").toBeTruthy();
  await page.goto(`steps/${action.stepId}/`);
  await expect(page.locator(`section[data-action-id="${action.id}"]`)).toContainText(action.title);
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: action.title, exact: true })).toBeVisible();
  await page.goto("plan/");
  await expect(page.getByRole("group", { name: `${numberOf(action)} ${action.title}` })).toBeVisible();
});

test("the new question is asked on the plan, and the answer it rules the action out with says why", async ({ page }) => {
  await page.goto("plan/");
  const question = guide.plan.questions.find((q) => q.id === EDITS.question)!;
  const group = page.getByRole("group", { name: question.question });
  await group.getByRole("radio", { name: "No", exact: true }).check();
  await expect(page.getByRole("group", { name: `${numberOf(action)} ${action.title}` }).locator("[data-plan-state]")).toContainText(
    "Not applicable",
  );
});

test("the new document has its page and its row in the library, and the new term and change are listed", async ({ page }) => {
  await page.goto(`documents/${EDITS.document}/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("documents/a-z/");
  await expect(page.locator(`a[href$="/documents/${EDITS.document}/"]`).first()).toBeVisible();
  await page.goto("glossary/");
  await expect(page.locator(`#${EDITS.term}`)).toBeVisible();
  await page.goto("changes/");
  await expect(page.locator(`#${EDITS.change}`)).toBeVisible();
});
