// Helpers for the team plan tests: find an action's fields by its group, and read the link to share.
import { expect, type Page } from "@playwright/test";
import { inflateRawSync } from "node:zlib";
import { savedPlan, savedState } from "./helpers";

/** The group of fields for one action, found as a screen reader finds it: by its number and title. */
export function actionGroup(page: Page, number: string) {
  return page.getByRole("group", { name: new RegExp(`^${number.replace(".", "\\.")} `) });
}

/** Opens an action's folded notes and guidance, as a reader does before writing a note. */
export async function openNotes(page: Page, number: string) {
  const more = actionGroup(page, number).locator("details[data-plan-more]");
  if (!(await more.evaluate((details) => (details as HTMLDetailsElement).open))) await more.locator("summary").click();
  return actionGroup(page, number).getByLabel("Notes", { exact: true });
}

/** Types into one of an action's fields and waits until the store has saved it (as `saved`, when that differs). */
export async function setActionField(
  page: Page,
  number: string,
  label: "Owner" | "Notes" | "Target date",
  value: string,
  id: string,
  saved = value,
) {
  if (label === "Notes") await openNotes(page, number);
  const field = actionGroup(page, number).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
  const key = label === "Owner" ? "owner" : label === "Notes" ? "notes" : "target";
  await expect.poll(async () => (await savedPlan(page))?.actions[id]?.[key]?.value).toBe(saved);
}

/** What a link to share carries: the plan after `#plan=`, deflate-raw packed and base64url-encoded, read back here in Node. */
export function planInLink(link: string): unknown {
  const packed = link.slice(link.indexOf("#plan=") + "#plan=".length);
  return JSON.parse(inflateRawSync(Buffer.from(packed, "base64url")).toString("utf8"));
}

/**
 * The link to share once it carries everything this browser has saved. The page rebuilds it shortly
 * after each change, so it is read until it unpacks to the saved plan: a link taken sooner would
 * miss the last changes.
 */
export async function shareLink(page: Page): Promise<string> {
  const field = page.getByLabel("Link to share");
  await expect(field).toHaveValue(/#plan=/);
  let link = "";
  await expect
    .poll(async () => {
      link = await field.inputValue();
      const saved = await savedState(page);
      const carried = planInLink(link) as Record<string, unknown>;
      const empty = { actions: {}, dates: {}, answers: {} };
      const { actions, dates, answers } = saved ?? empty;
      return JSON.stringify([carried["actions"], carried["dates"], carried["answers"]]) === JSON.stringify([actions, dates, answers]);
    })
    .toBe(true);
  return link;
}

/** Answers one of the plan's questions. */
export async function answer(page: Page, question: string, label: string) {
  await page.getByRole("group", { name: question }).getByRole("radio", { name: label, exact: true }).check();
}
