// The team plan: every action's status, owner, target date and notes, tailored by the team's answers,
// dated, filtered, and shown the same on the checklist and step pages.
import { expect, test } from "./shared-page";
import { axeViolations, PROGRESS_KEY, savedPlan, savedState, seedProgress } from "./helpers";
import { actionGroup, answer, openNotes, setActionField } from "./plan-helpers";
import { afterOf, defaultWeeks, goLiveAction, guide, numberOf, questionOf } from "./guide-model";

/** How many actions answering "No" to the IM1 question rules out, from the data. */
const ruledOutByIm1 = guide.actions.filter((a) => a.exclusions.some((e) => e.question === "im1" && e.answer === "no")).length;

const IM1 = "Is your service connected to GP systems through IM1?";

test("each action's fields are grouped under its number and title, and what the team enters is saved and comes back @prefix", async ({
  page,
}) => {
  await page.goto("plan/");
  const scal = actionGroup(page, "3.5");
  await expect(scal).toContainText("Complete the Supplier Conformance Assessment List (SCAL)");
  for (const label of ["Status", "Owner", "Target date"]) await expect(scal.getByLabel(label, { exact: true })).toBeVisible();
  // The notes are folded in the row until it is opened.
  await expect(scal.getByLabel("Notes", { exact: true })).toBeHidden();
  await expect(await openNotes(page, "3.5")).toBeVisible();
  await scal.getByLabel("Status", { exact: true }).selectOption("in-progress");
  await setActionField(page, "3.5", "Owner", "Priya (IG lead)", "complete-scal");
  await setActionField(page, "3.5", "Target date", "2027-03-01", "complete-scal");
  await setActionField(page, "3.5", "Notes", "Waiting for the <b>DSPT</b> & clinical safety officer.", "complete-scal");
  await page.reload();
  await expect(scal.getByLabel("Status", { exact: true })).toHaveValue("in-progress");
  await expect(scal.getByLabel("Owner", { exact: true })).toHaveValue("Priya (IG lead)");
  await expect(scal.getByLabel("Target date", { exact: true })).toHaveValue("2027-03-01");
  // The user's text is text: markup in a note is shown as typed, never run or rendered.
  await expect(scal.getByLabel("Notes", { exact: true })).toHaveValue("Waiting for the <b>DSPT</b> & clinical safety officer.");
  await expect(page.locator("b", { hasText: "DSPT" })).toHaveCount(0);
  await expect(scal.locator("[data-plan-state]")).toHaveText("In progress");
});

test("opening the plan changes nothing it holds: every field keeps its value, its time and who changed it", async ({
  browser,
  baseURL,
}) => {
  // A context of its own, with the page's clock in the test's hands, so every timer the plan sets can
  // be run out before the saved value is read.
  const context = await browser.newContext({ baseURL: baseURL ?? "" });
  await context.clock.install();
  const page = await context.newPage();
  const [noted, started] = [guide.actions[1]!, guide.actions.at(-2)!];
  await page.goto("plan/");
  // As a teammate's import or link leaves them: notes with spaces around them, by someone else, days ago.
  const at = "2026-11-20T10:00:00.000Z";
  const saved = {
    version: 2,
    actions: {
      [noted.id]: { notes: { value: " Ask the ICB first. ", at, by: "AB" }, owner: { value: "Sam ", at, by: "AB" } },
      [started.id]: { notes: { value: "Draft\nwith the CSO\n", at, by: "CD" }, status: { value: "in-progress", at, by: "CD" } },
    },
    dates: { start: { value: "2027-01-04", at, by: "AB" } },
    answers: Object.fromEntries(
      guide.plan.questions.slice(0, 1).map((q) => [q.id, { value: questionOf(q.id)?.answers[0]?.value, at, by: "AB" }]),
    ),
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(saved)]);
  await page.reload();
  await expect(actionGroup(page, numberOf(started)).getByLabel("Notes", { exact: true })).toHaveValue("Draft\nwith the CSO\n");
  await expect(actionGroup(page, numberOf(noted)).getByLabel("Owner", { exact: true })).toHaveValue("Sam ");
  // Every timer the plan sets (saving what is typed waits 400 ms; printing's code loads when idle) has run.
  await page.clock.runFor(10_000);
  // Upgraded to version 3, with every value, time and author as they were; the version-2 value is kept whole.
  const { version, ...fields } = saved;
  expect(await savedPlan(page)).toEqual({ ...fields, members: {}, settings: {}, requirements: {} });
  expect((await savedState(page))?.["version"]).toBe(version + 1);
  expect(await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:version-2-copy"))).toBe(JSON.stringify(saved));
  await context.close();
});

test("the plan, the checklist and the step page show the same status, whichever one changes it", async ({ page }) => {
  await page.goto("plan/");
  await actionGroup(page, "1.2").getByLabel("Status", { exact: true }).selectOption("done");
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: "Check if you are eligible" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Review if NHS login fits your needs" }).check();
  await page.goto("plan/");
  await expect(actionGroup(page, "1.3").getByLabel("Status", { exact: true })).toHaveValue("done");
  await expect(actionGroup(page, "1.2").locator("[data-plan-state]")).toContainText(/^Done on \d{1,2} \w+ \d{4}$/);
});

test("a name set once is recorded with each change, so the plan says who did what", async ({ page }) => {
  await page.goto("plan/");
  await page.getByLabel("Your name or initials").fill("AB");
  await page.getByLabel("Your name or initials").blur();
  await actionGroup(page, "1.1").getByLabel("Status", { exact: true }).selectOption("done");
  await expect(actionGroup(page, "1.1").locator("[data-plan-state]")).toHaveText(/^Done by AB on \d{1,2} \w+ \d{4}$/);
  const saved = await savedPlan(page);
  expect(saved?.actions["find-out-how-we-work-together"]?.status?.by).toBe("AB");
  // The checklist says it too.
  await page.goto("checklist/");
  await expect(page.locator("[data-action-state='find-out-how-we-work-together']")).toHaveText(/^Done by AB on /);
});

test("answering that the service is not IM1-connected marks 3.8 not applicable with the reason, on the plan, the checklist and its step page, and leaves out the IM1 form", async ({
  page,
}) => {
  await page.goto("plan/");
  const rfcForm = page.locator("#documents li", { hasText: "Request for Change (RFC) for IM1" });
  await expect(rfcForm).toContainText("needed unless your answers rule it out");
  await answer(page, IM1, "No");
  const reason = "Not applicable: your service is not connected to GP systems through IM1";
  await expect(actionGroup(page, "3.8").locator("[data-plan-state]")).toHaveText(reason);
  await expect(actionGroup(page, "3.8").getByLabel("Status", { exact: true })).toHaveValue("not-applicable");
  await expect(rfcForm).toContainText(
    "Request for Change (RFC) for IM1: not needed, as your service is not connected to GP systems through IM1",
  );
  await expect(page.locator("[data-plan-summary]")).toContainText(`0 of ${guide.totalActions - ruledOutByIm1} actions completed`);

  await page.goto("checklist/");
  await expect(page.locator("[data-action-state='raise-im1-request-for-change']")).toHaveText(reason);
  await expect(page.locator(".app-progress-summary")).toContainText(`0 of ${guide.totalActions - ruledOutByIm1} actions completed`);
  await page.goto("steps/integrate/");
  await expect(page.locator("[data-action-state='raise-im1-request-for-change']").first()).toHaveText(reason);

  // Changing the answer brings the action back.
  await page.goto("plan/");
  await answer(page, IM1, "Yes");
  await expect(actionGroup(page, "3.8").locator("[data-plan-state]")).not.toContainText("Not applicable");
});

test("a start date suggests a target date for every action, in process order, and the team's own date wins", async ({ page }) => {
  const [first, goLive] = [guide.actions[0]!, goLiveAction()];
  await page.goto("plan/");
  // Without a start date no row suggests anything; the plan's length says once what a start date brings.
  await expect(actionGroup(page, numberOf(first)).locator("[data-plan-suggested]")).toBeHidden();
  await expect(page.locator("[data-plan-length]")).toContainText("Set a start date for a suggested target date on each action");
  await page.getByLabel("Start date").fill("2027-01-04");
  await page.getByLabel("Start date").blur();
  const suggested = page.locator("[data-plan-action] [data-plan-suggested]");
  await expect(suggested.first()).toHaveText(/^Suggested: \d{1,2} \w+ 2027$/);
  // Each row's suggested day, by its action's id.
  const days = new Map(
    await page.locator("[data-plan-action]").evaluateAll((rows) =>
      rows.map((row): [string, number] => {
        const hint = row.querySelector("[data-plan-suggested]")?.textContent?.replace("Suggested: ", "") ?? "";
        return [row.getAttribute("data-plan-action") ?? "", Date.parse(`${hint} UTC`)];
      }),
    ),
  );
  expect([...days.keys()]).toEqual(guide.actions.map((action) => action.id));
  for (const [id, day] of days) expect(day, `${id} has a suggested date`).not.toBeNaN();
  // In process order: never before an action it comes after, nor before the action listed before it.
  guide.actions.forEach((action, i) => {
    const day = days.get(action.id) ?? NaN;
    for (const before of afterOf(action.id))
      expect(day, `${action.id} is suggested no earlier than ${before}, which comes first`).toBeGreaterThanOrEqual(
        days.get(before) ?? Infinity,
      );
    const previous = guide.actions[i - 1];
    if (previous)
      expect(day, `${action.id} is suggested no earlier than ${previous.id}`).toBeGreaterThanOrEqual(days.get(previous.id) ?? Infinity);
  });
  // All within the plan's default length.
  expect(Math.max(...days.values()) - Date.parse("2027-01-04T00:00:00Z")).toBeLessThanOrEqual(defaultWeeks() * 7 * 86_400_000);
  // The page says plainly these are a planning aid.
  await expect(page.getByRole("group").getByText("Suggested dates are a planning aid, not an NHS login commitment")).toBeVisible();
  // A target go-live date stretches the plan: going live is suggested on that date.
  await page.getByLabel("Target go-live date (optional)").fill("2027-06-01");
  await page.getByLabel("Target go-live date (optional)").blur();
  await expect(actionGroup(page, numberOf(goLive)).locator("[data-plan-suggested]")).toHaveText("Suggested: 1 June 2027");
  // The team's own date wins: it stays in the field, the suggestion only beside it.
  await setActionField(page, numberOf(first), "Target date", "2027-02-01", first.id);
  await page.reload();
  await expect(actionGroup(page, numberOf(first)).getByLabel("Target date", { exact: true })).toHaveValue("2027-02-01");
  await expect(actionGroup(page, numberOf(first)).locator("[data-plan-suggested]")).toHaveText(/^Suggested: /);
});

test("an action whose target date has passed and is not done is flagged late on the plan, the checklist and the home page", async ({
  page,
}) => {
  await page.goto("plan/");
  await setActionField(page, "1.2", "Target date", "2026-01-05", "check-eligibility");
  await expect(actionGroup(page, "1.2").locator("[data-plan-state]")).toContainText("Late (target date 5 January 2026)");
  await expect(page.locator("[data-plan-summary]")).toContainText("1 action is late.");
  await page.goto("checklist/");
  await expect(page.locator("[data-action-state='check-eligibility']")).toHaveText("To do (late: its target date was 5 January 2026)");
  await page.goto("");
  await expect(page.locator("[data-progress-late]")).toBeVisible();
  await expect(page.locator("[data-progress-late]")).toContainText("1 action is past its target date.");
  // Done is not late.
  await page.goto("plan/");
  await actionGroup(page, "1.2").getByLabel("Status", { exact: true }).selectOption("done");
  await expect(page.locator("[data-plan-summary]")).not.toContainText("late");
  await page.goto("");
  await expect(page.locator("[data-progress-late]")).toBeHidden();
});

test("an action that comes after one not yet done says it cannot start yet, until that one is done", async ({ page }) => {
  await page.goto("plan/");
  const state = actionGroup(page, "1.4").locator("[data-plan-state]");
  await expect(state).toHaveText("Cannot start yet: waits for 1.2, 1.3");
  await actionGroup(page, "1.2").getByLabel("Status", { exact: true }).selectOption("done");
  await expect(state).toHaveText("Cannot start yet: waits for 1.3");
  await actionGroup(page, "1.3").getByLabel("Status", { exact: true }).selectOption("not-applicable");
  await expect(state).toHaveText("Not started");
  // Shown, not stored: nothing about waiting is saved.
  expect(JSON.stringify(await savedPlan(page))).not.toContain("waits");
});

test("filters narrow the plan by owner, by role and to late actions, and say how many are shown", async ({ page }) => {
  await page.goto("plan/");
  await setActionField(page, "3.5", "Owner", "Priya", "complete-scal");
  await setActionField(page, "3.6", "Owner", "Priya", "complete-connection-agreement");
  await setActionField(page, "1.1", "Owner", "Sam", "find-out-how-we-work-together");
  const status = page.locator("[data-plan-filter-status]");
  await page.getByLabel("Owner", { exact: true }).first().selectOption("Priya");
  await expect(status).toHaveText(`Showing 2 of ${guide.totalActions} actions.`);
  await expect(actionGroup(page, "3.5")).toBeVisible();
  await expect(actionGroup(page, "1.1")).toBeHidden();
  await page.getByLabel("Owner", { exact: true }).first().selectOption("");
  await page.getByLabel("Role", { exact: true }).selectOption("clinical-safety");
  await expect(status).toHaveText(new RegExp(`^Showing \\d+ of ${guide.totalActions} actions\\.$`));
  const shown = await page.locator("[data-plan-action]:visible").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-roles")));
  expect(shown.length).toBeGreaterThan(0);
  for (const roles of shown) expect(roles).toContain("clinical-safety");
  await page.getByLabel("Role", { exact: true }).selectOption("");
  await setActionField(page, "2.1", "Target date", "2026-02-02", "decide-verification-level");
  await page.getByLabel("Only late actions").check();
  await expect(status).toHaveText(`Showing 1 of ${guide.totalActions} actions.`);
  await expect(actionGroup(page, "2.1")).toBeVisible();
});

test("notes over the limit are not saved, say why next to them, and keep what was typed", async ({ page }) => {
  await page.goto("plan/");
  const notes = await openNotes(page, "2.2");
  await notes.fill("a".repeat(1001));
  await notes.blur();
  // As nhsuk-frontend's error message: screen readers hear "Error:" before it.
  await expect(actionGroup(page, "2.2").locator("[data-plan-problem]")).toHaveText(
    "Error: Your notes for 2.2 are not saved: they are 1,001 characters long, over the 1,000 allowed. Shorten them to save.",
  );
  await expect(actionGroup(page, "2.2")).toContainText("You have 1 character too many");
  expect((await savedPlan(page))?.actions["develop-proof-of-concept"]?.notes).toBeUndefined();
  await expect(notes).toHaveValue("a".repeat(1001));
  await notes.press("Backspace");
  await notes.blur();
  await expect(actionGroup(page, "2.2").locator("[data-plan-problem]")).toBeHidden();
  await expect.poll(async () => (await savedPlan(page))?.actions["develop-proof-of-concept"]?.notes?.value.length).toBe(1000);
});

test("progress saved by version 1 of the guide is upgraded with every tick and date, and the version-1 value is kept", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { "check-eligibility": "done", "raise-im1-request-for-change": "not-applicable", "go-live": "todo" });
  const version1 = await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:v1"));
  await page.goto("plan/");
  await expect(actionGroup(page, "1.2").locator("[data-plan-state]")).toHaveText("Done on 1 November 2026");
  await expect(actionGroup(page, "3.8").getByLabel("Status", { exact: true })).toHaveValue("not-applicable");
  const saved = await savedPlan(page);
  expect((await savedState(page))?.["version"]).toBe(3);
  expect(saved?.actions).toEqual({
    "check-eligibility": { status: { value: "done", at: "2026-11-01T09:00:00.000Z" } },
    "raise-im1-request-for-change": { status: { value: "not-applicable", at: "2026-11-01T09:00:00.000Z" } },
    "go-live": { status: { value: "todo", at: "2026-11-01T09:00:00.000Z" } },
  });
  expect(await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:version-1-copy"))).toBe(version1);
});

test("with storage full, a version-1 value is not written over, and the ticks still show", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { "check-eligibility": "done" });
  const version1 = await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:v1"));
  // Fill storage so that neither the copy nor version 2 can be written.
  await page.evaluate(() => {
    const chunk = "x".repeat(512 * 1024);
    for (let i = 0; ; i += 1) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        break;
      }
    }
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        localStorage.setItem(`filler-small-${size}`, "x".repeat(size));
      } catch {
        /* try a smaller piece */
      }
    }
  });
  await page.goto("plan/");
  await expect(actionGroup(page, "1.2").locator("[data-plan-state]")).toHaveText("Done on 1 November 2026");
  expect(await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:v1"))).toBe(version1);
});

test("the plan has no axe violations, filled in and filtered", async ({ page }) => {
  // A long form: axe takes a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto("plan/");
  await answer(page, IM1, "No");
  await setActionField(page, "1.2", "Target date", "2026-01-05", "check-eligibility");
  await setActionField(page, "1.2", "Notes", "Ask the ICB first.", "check-eligibility");
  expect(await axeViolations(page)).toEqual([]);
});

test("the plan works by keyboard alone: answers, status, owner, and copying the link", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("plan/");
  const yes = page.getByRole("group", { name: IM1 }).getByRole("radio", { name: "Yes", exact: true });
  await yes.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("group", { name: IM1 }).getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await expect.poll(async () => (await savedPlan(page))?.answers["im1"]?.value).toBe("no");

  const status = actionGroup(page, "1.1").getByLabel("Status", { exact: true });
  await status.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("done");
  await page.keyboard.press("Tab");
  await expect(actionGroup(page, "1.1").getByLabel("Owner", { exact: true })).toBeFocused();
  await page.keyboard.type("Sam");
  await page.keyboard.press("Tab");
  await expect(actionGroup(page, "1.1").getByLabel("Target date", { exact: true })).toBeFocused();
  const saved = (await savedPlan(page))?.actions["find-out-how-we-work-together"];
  expect(saved?.status?.value).toBe("done");
  expect(saved?.owner?.value).toBe("Sam");

  await page.getByRole("button", { name: "Copy link" }).focus();
  await page.keyboard.press("Enter");
  const copied = page.locator("[data-message-scope='link'][data-progress-message='success']");
  await expect(copied).toBeFocused();
  await expect(copied).toContainText("Link copied. Anyone with it can read your plan, notes included.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel("Link to share").inputValue());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plan page says it needs JavaScript and links to the checklist and every step", async ({ page }) => {
    await page.goto("plan/");
    await expect(page.getByText("The team plan needs JavaScript")).toBeVisible();
    await expect(page.locator("main").getByRole("link", { name: "checklist", exact: true })).toHaveAttribute("href", /\/checklist\/$/);
    for (const step of ["Apply", "Discovery", "Integrate", "Go live"])
      await expect(page.locator("main").getByRole("link", { name: step, exact: true })).toBeVisible();
    await expect(page.getByLabel("Owner", { exact: true }).first()).toBeHidden();
  });
});
