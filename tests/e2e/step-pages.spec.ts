// Each step page shows its actions in the seed's order, numbered, linkable and with a checkbox.
import { expect, test } from "./shared-page";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { actionsInStep, documentsOf, guide, GUIDE_DATA_DIR } from "./guide-model";
import { processSchema } from "../../lib/data/schemas.js";

/** `text` as a regular expression matching it literally. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const processData = processSchema.parse(parse(await readFile(`${GUIDE_DATA_DIR}/process.yaml`, "utf8")));

for (const [index, step] of processData.steps.entries()) {
  test(`the ${step.title} page shows its actions in order, each with an anchor and a checkbox`, async ({ page }) => {
    await page.goto(`steps/${step.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(step.title);
    await expect(page.locator("h1 .nhsuk-caption-l")).toHaveText(`Step ${index + 1} of ${processData.steps.length}`);

    const headings = page.locator("section.app-action > h2");
    await expect(headings).toHaveCount(step.actions.length);
    for (const [a, action] of step.actions.entries()) {
      const heading = headings.nth(a);
      await expect(heading).toHaveAttribute("id", action.id);
      await expect(heading).toContainText(`Action ${index + 1}.${a + 1}`);
      await expect(heading).toContainText(action.title);
      await expect(page.getByRole("checkbox", { name: action.title, exact: true })).toHaveCount(1);
    }
    // The step links its official source.
    await expect(page.locator(`a[href="${step.source.url}"]`).first()).toBeVisible();
  });
}

test("previous and next links walk through the steps in order", async ({ page }) => {
  const [first, ...rest] = guide.steps;
  await page.goto(`steps/${first!.id}/`);
  await expect(page.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  for (const next of rest) {
    await page.getByRole("link", { name: new RegExp(`Next.*${escaped(next.title)}`) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(next.title);
  }
  await expect(page.getByRole("link", { name: /Next/ })).toHaveCount(0);
  const previous = guide.steps.at(-2);
  if (previous) {
    await page.getByRole("link", { name: new RegExp(`Previous.*${escaped(previous.title)}`) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(previous.title);
  }
});

/** The last action of the longest step: far enough down its page that landing on it means something. */
const deepAction = [...guide.actions].sort((a, b) => b.number - a.number)[0]!;

test("a link to an action's anchor lands on that action", async ({ page }) => {
  await page.goto(`steps/${deepAction.stepId}/#${deepAction.id}`);
  await expect(page.locator(`#${deepAction.id}`)).toBeInViewport();
});

test("every action links its official source and its documents", async ({ page }) => {
  for (const step of guide.steps) {
    await page.goto(`steps/${step.id}/`);
    for (const action of actionsInStep(step.id)) {
      const section = page.locator(`section[data-action-id='${action.id}']`);
      for (const document of documentsOf(action.id))
        await expect(section.getByRole("link", { name: document.title, exact: true }).first()).toHaveAttribute(
          "href",
          new RegExp(`${escaped(document.pageUrl)}$`),
        );
      await expect(section.locator(".app-sources a.app-external-link").first()).toHaveAttribute("href", /^https:\/\//);
    }
  }
});

test("each conditional action says that not every partner needs it", async ({ page }) => {
  for (const action of guide.actions.filter((a) => a.conditional)) {
    await page.goto(`steps/${action.stepId}/`);
    await expect(page.locator(`section[data-action-id='${action.id}']`)).toContainText("Not every partner needs this action");
  }
});
