// Helpers for the team plan tests: find an action's fields by its group, and read the link to share.
import { expect, type Page } from "@playwright/test";
import { savedPlan } from "./helpers";

/** The group of fields for one action, found as a screen reader finds it: by its number and title. */
export function actionGroup(page: Page, number: string) {
  return page.getByRole("group", { name: new RegExp(`^${number.replace(".", "\\.")} `) });
}

/** Types into one of an action's fields and waits until the store has saved it. */
export async function setActionField(page: Page, number: string, label: "Owner" | "Notes" | "Target date", value: string, id: string) {
  const field = actionGroup(page, number).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
  const key = label === "Owner" ? "owner" : label === "Notes" ? "notes" : "target";
  await expect.poll(async () => (await savedPlan(page))?.actions[id]?.[key]?.value).toBe(value);
}

/** The current link to share, once it reflects everything saved (it updates just after each change). */
export async function shareLink(page: Page): Promise<string> {
  const field = page.getByLabel("Link to share");
  await expect(field).toHaveValue(/#plan=/);
  // The link is rebuilt shortly after each change: wait until it stops changing.
  let previous = "";
  await expect
    .poll(async () => {
      const current = await field.inputValue();
      const settled = current === previous;
      previous = current;
      return settled;
    })
    .toBe(true);
  return previous;
}

/** Answers one of the plan's questions. */
export async function answer(page: Page, question: string, label: string) {
  await page.getByRole("group", { name: question }).getByRole("radio", { name: label, exact: true }).check();
}
