// The plan's dates: suggested dates on working days, a start and go-live that make sense, the plan's
// length in working days, and a target date set before one it waits for.
import { expect, test } from "./shared-page";
import { savedPlan } from "./helpers";
import { guide } from "./guide-model";
import { actionGroup, setActionField } from "./plan-helpers";
import { bankHolidays } from "../../lib/data/bank-holidays.js";

// What the build hands the plan, read the way the build reads it.
const { planDates, actions } = guide;
const holidays = new Set(bankHolidays(2026, 2028));
const isWorkingDay = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) && !holidays.has(day);
const workingDays = (from: string, to: string) => {
  let count = 0;
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 1))
    if (isWorkingDay(day.toISOString().slice(0, 10))) count += 1;
  return count;
};
const numberOf = (id: string) => {
  const action = actions.find((a) => a.id === id);
  return `${action?.stepNumber}.${action?.number}`;
};

test("the build lists Christmas 2026's bank holidays, Boxing Day's substitute included", () => {
  for (const day of ["2026-12-25", "2026-12-26", "2026-12-28"]) expect(planDates.holidays).toContain(day);
});

test("no suggested date falls on a weekend or a bank holiday, over Christmas 2026", async ({ page }) => {
  await page.goto("plan/");
  await page.getByLabel("Start date").fill("2026-11-02");
  await page.getByLabel("Start date").blur();
  const suggested = page.locator("[data-plan-suggested]");
  await expect(suggested.first()).toHaveText(/^Suggested: /);
  const days = await suggested.evaluateAll((hints) =>
    hints.map((h) => new Date(Date.parse(`${h.textContent?.replace("Suggested: ", "")} UTC`)).toISOString().slice(0, 10)),
  );
  expect(days).toHaveLength(actions.length);
  // The plan spans Christmas, so the rule is tested where it matters.
  const sorted = [...days].sort();
  expect((sorted[0] ?? "") < "2026-12-25" && (sorted.at(-1) ?? "") > "2026-12-28").toBe(true);
  for (const day of days) {
    expect(["2026-12-25", "2026-12-26", "2026-12-28"]).not.toContain(day);
    expect(isWorkingDay(day), day).toBe(true);
  }
});

test("a go-live date before the start is refused, with the error beside it and in the summary, and what was typed stays", async ({
  page,
}) => {
  await page.goto("plan/");
  await page.getByLabel("Start date").fill("2027-01-04");
  await page.getByLabel("Start date").blur();
  await expect.poll(async () => (await savedPlan(page))?.dates.start?.value).toBe("2027-01-04");
  const goLive = page.getByLabel("Target go-live date (optional)");
  await goLive.fill("2026-12-01");
  await goLive.blur();
  const message = "Target go-live date must be on or after the start date (4 January 2027)";
  await expect(page.locator("#plan-go-live-error")).toContainText(`Error: ${message}`);
  await expect(goLive).toHaveAccessibleDescription(new RegExp(message.replace(/[()]/g, "\\$&")));
  await expect(page.getByRole("link", { name: message })).toBeVisible();
  await expect(goLive).toHaveValue("2026-12-01");
  expect((await savedPlan(page))?.dates.goLive).toBeUndefined();
  // Another change redraws the plan: the typed date stays in its field, still not saved.
  await setActionField(page, numberOf(guide.actions[0]!.id), "Owner", "Sam", guide.actions[0]!.id);
  await expect(goLive).toHaveValue("2026-12-01");
  expect((await savedPlan(page))?.dates.goLive).toBeUndefined();
  // Fixed, it is saved and the errors go.
  await goLive.fill("2027-06-01");
  await goLive.blur();
  await expect.poll(async () => (await savedPlan(page))?.dates.goLive?.value).toBe("2027-06-01");
  await expect(page.locator("#plan-go-live-error")).toBeHidden();
  await expect(page.getByRole("link", { name: message })).toBeHidden();
});

test("a go-live date too close to the start for the actions that come one after another is refused", async ({ page }) => {
  await page.goto("plan/");
  await page.getByLabel("Start date").fill("2027-01-04");
  await page.getByLabel("Start date").blur();
  const goLive = page.getByLabel("Target go-live date (optional)");
  await goLive.fill("2027-01-05");
  await goLive.blur();
  await expect(page.locator("#plan-go-live-error")).toContainText(/or later: the plan needs at least \d+ working days/);
  await expect(goLive).toHaveValue("2027-01-05");
  expect((await savedPlan(page))?.dates.goLive).toBeUndefined();
});

test("the plan says how many working days it has and how that compares with the published estimates", async ({ page }) => {
  await page.goto("plan/");
  const length = page.locator("[data-plan-length]");
  await expect(length).toHaveText("Set a start date for a suggested target date on each action and your plan's working days.");
  await page.getByLabel("Start date").fill("2027-01-04");
  await page.getByLabel("Start date").blur();
  await expect(length).toContainText("to the last suggested date");
  await page.getByLabel("Target go-live date (optional)").fill("2027-02-26");
  await page.getByLabel("Target go-live date (optional)").blur();
  const days = workingDays("2027-01-04", "2027-02-26");
  await expect(length).toContainText(`Your plan has ${days} working days from 4 January 2027 to going live on 26 February 2027`);
  await expect(length).toContainText("That is shorter than both published estimates");
  for (const estimate of planDates.estimates) await expect(length).toContainText(estimate.text);
  await expect(length).toContainText("our own planning aid");
});

test("a target date before the target of an action it waits for is flagged on that action", async ({ page }) => {
  const waiting = actions.find((a) => a.after.length > 0 && a.stepNumber === 1);
  const before = waiting?.after[0] ?? "";
  await page.goto("plan/");
  await setActionField(page, numberOf(before), "Target date", "2027-03-10", before);
  await setActionField(page, numberOf(waiting?.id ?? ""), "Target date", "2027-03-01", waiting?.id ?? "");
  await expect(actionGroup(page, numberOf(waiting?.id ?? ""))).toContainText(`Target date is before ${numberOf(before)}'s (10 March 2027)`);
});
