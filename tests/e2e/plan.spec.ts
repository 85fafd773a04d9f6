// The team plan: every action's status, owner, target date and notes, tailored by the team's answers,
// dated, filtered, and shown the same on the checklist and step pages.
import { expect, test } from "./shared-page";
import { axeViolations, pageWithOwnClock, PROGRESS_KEY, savedPlan, savedState, seedProgress } from "./helpers";
import { actionGroup, answer, openNotes, setActionField } from "./plan-helpers";
import { LIMITS } from "../../src/scripts/progress/limits";
import {
  actionRuledOut,
  actionsInStep,
  afterOf,
  defaultWeeks,
  documentsRuledOutBy,
  goLiveAction,
  guide,
  numberOf,
  questionOf,
} from "./guide-model";

// The actions these tests use, picked from the data by what each test needs.
const [first, second, third] = [guide.actions[0]!, guide.actions[1] ?? guide.actions[0]!, guide.actions[2] ?? guide.actions[0]!];
/** Actions that always apply: no answer rules them out. */
const plain = guide.actions.filter((a) => !a.conditional && a.exclusions.length === 0);
const [middle, nextToMiddle] = [plain[Math.floor(plain.length / 2)]!, plain[Math.floor(plain.length / 2) + 1] ?? plain[0]!];
/** The second step's first two actions. */
const [laterFirst, laterSecond] = actionsInStep((guide.steps[1] ?? guide.steps[0]!).id);
/** An action an answer rules out, with the question, the answer, the reason and the answer that keeps it. */
const ruled = actionRuledOut()!;
const keeps = ruled.question.answers.find((a) => a.value !== ruled.answer.value)!;
/** How many actions that answer rules out, from the data. */
const ruledOutCount = guide.actions.filter((a) =>
  a.exclusions.some((e) => e.question === ruled.question.id && e.answer === ruled.answer.value),
).length;

test("each action's fields are grouped under its number and title, and what the team enters is saved and comes back @prefix", async ({
  page,
}) => {
  await page.goto("plan/");
  const scal = actionGroup(page, numberOf(middle));
  await expect(scal).toContainText(middle.title);
  for (const label of ["Status", "Owner", "Target date"]) await expect(scal.getByLabel(label, { exact: true })).toBeVisible();
  // The notes are folded in the row until it is opened.
  await expect(scal.getByLabel("Notes", { exact: true })).toBeHidden();
  await expect(await openNotes(page, numberOf(middle))).toBeVisible();
  await scal.getByLabel("Status", { exact: true }).selectOption("in-progress");
  await setActionField(page, numberOf(middle), "Owner", "Priya (IG lead)", middle.id);
  await setActionField(page, numberOf(middle), "Target date", "2027-03-01", middle.id);
  await setActionField(page, numberOf(middle), "Notes", "Waiting for the <b>DSPT</b> & clinical safety officer.", middle.id);
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
  const { context, page } = await pageWithOwnClock(browser, baseURL);
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
  await actionGroup(page, numberOf(second)).getByLabel("Status", { exact: true }).selectOption("done");
  await page.goto("checklist/");
  await expect(page.getByRole("checkbox", { name: second.title, exact: true })).toBeChecked();
  await page.getByRole("checkbox", { name: third.title, exact: true }).check();
  await page.goto("plan/");
  await expect(actionGroup(page, numberOf(third)).getByLabel("Status", { exact: true })).toHaveValue("done");
  await expect(actionGroup(page, numberOf(second)).locator("[data-plan-state]")).toContainText(/^Done on \d{1,2} \w+ \d{4}$/);
  await page.goto(`steps/${third.stepId}/`);
  await expect(page.getByRole("checkbox", { name: third.title, exact: true })).toBeChecked();
});

test("a name set once is recorded with each change, so the plan says who did what", async ({ page }) => {
  await page.goto("plan/");
  await page.getByLabel("Your name or initials").fill("AB");
  await page.getByLabel("Your name or initials").blur();
  await actionGroup(page, numberOf(first)).getByLabel("Status", { exact: true }).selectOption("done");
  await expect(actionGroup(page, numberOf(first)).locator("[data-plan-state]")).toHaveText(/^Done by AB on \d{1,2} \w+ \d{4}$/);
  const saved = await savedPlan(page);
  expect(saved?.actions[first.id]?.status?.by).toBe("AB");
  // The checklist says it too.
  await page.goto("checklist/");
  await expect(page.locator(`[data-action-state='${first.id}']`)).toHaveText(/^Done by AB on /);
});

test("an answer that rules an action out marks it not applicable with the reason, on the plan, the checklist and its step page, and leaves out the documents it rules out", async ({
  page,
}) => {
  const { action, question, answer: rulesOut, reason: why } = ruled;
  const documents = documentsRuledOutBy(question.id, rulesOut.value);
  await page.goto("plan/");
  for (const document of documents)
    await expect(page.locator("#documents li", { hasText: document.title })).toContainText("needed unless your answers rule it out");
  await answer(page, question.question, rulesOut.label);
  const reason = `Not applicable: ${why}`;
  await expect(actionGroup(page, numberOf(action)).locator("[data-plan-state]")).toHaveText(reason);
  await expect(actionGroup(page, numberOf(action)).getByLabel("Status", { exact: true })).toHaveValue("not-applicable");
  for (const document of documents)
    await expect(page.locator("#documents li", { hasText: document.title })).toContainText(
      `${document.title}: not needed, as ${document.reason}`,
    );
  await expect(page.locator("[data-plan-summary]")).toContainText(`0 of ${guide.totalActions - ruledOutCount} actions completed`);

  await page.goto("checklist/");
  await expect(page.locator(`[data-action-state='${action.id}']`)).toHaveText(reason);
  await expect(page.locator(".app-progress-summary")).toContainText(`0 of ${guide.totalActions - ruledOutCount} actions completed`);
  await page.goto(`steps/${action.stepId}/`);
  await expect(page.locator(`[data-action-state='${action.id}']`).first()).toHaveText(reason);

  // Changing the answer brings the action back.
  await page.goto("plan/");
  await answer(page, question.question, keeps.label);
  await expect(actionGroup(page, numberOf(action)).locator("[data-plan-state]")).not.toContainText("Not applicable");
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
  // In process order: never before an action it comes after, nor before the action listed before it
  // (unless that one waits for an action listed later, which the schedule then follows).
  const place = new Map(guide.actions.map((action, i) => [action.id, i]));
  guide.actions.forEach((action, i) => {
    const day = days.get(action.id) ?? NaN;
    for (const before of afterOf(action.id))
      expect(day, `${action.id} is suggested no earlier than ${before}, which comes first`).toBeGreaterThanOrEqual(
        days.get(before) ?? Infinity,
      );
    const previous = guide.actions[i - 1];
    const previousWaitsForLater = previous && afterOf(previous.id).some((id) => (place.get(id) ?? 0) > i - 1);
    if (previous && !previousWaitsForLater)
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
  await setActionField(page, numberOf(second), "Target date", "2026-01-05", second.id);
  await expect(actionGroup(page, numberOf(second)).locator("[data-plan-state]")).toContainText("Late (target date 5 January 2026)");
  await expect(page.locator("[data-plan-summary]")).toContainText("1 action is late.");
  await page.goto("checklist/");
  await expect(page.locator(`[data-action-state='${second.id}']`)).toHaveText("To do (late: its target date was 5 January 2026)");
  await page.goto("");
  await expect(page.locator("[data-progress-late]")).toBeVisible();
  await expect(page.locator("[data-progress-late]")).toContainText("1 action is past its target date.");
  // Done is not late.
  await page.goto("plan/");
  await actionGroup(page, numberOf(second)).getByLabel("Status", { exact: true }).selectOption("done");
  await expect(page.locator("[data-plan-summary]")).not.toContainText("late");
  await page.goto("");
  await expect(page.locator("[data-progress-late]")).toBeHidden();
});

test("an action that comes after one not yet done says it cannot start yet, until that one is done", async ({ page }) => {
  // An action that waits for two or more others, from the data.
  const waiting = guide.actions.find((a) => afterOf(a.id).length >= 2) ?? guide.actions.find((a) => afterOf(a.id).length > 0)!;
  const before = afterOf(waiting.id).map((id) => guide.actions.find((a) => a.id === id)!);
  const [done, ...rest] = before;
  await page.goto("plan/");
  const state = actionGroup(page, numberOf(waiting)).locator("[data-plan-state]");
  await expect(state).toHaveText(`Cannot start yet: waits for ${before.map(numberOf).join(", ")}`);
  await actionGroup(page, numberOf(done!)).getByLabel("Status", { exact: true }).selectOption("done");
  if (rest.length > 0) await expect(state).toHaveText(`Cannot start yet: waits for ${rest.map(numberOf).join(", ")}`);
  for (const other of rest) await actionGroup(page, numberOf(other)).getByLabel("Status", { exact: true }).selectOption("not-applicable");
  await expect(state).toHaveText("Not started");
  // Shown, not stored: nothing about waiting is saved.
  expect(JSON.stringify(await savedPlan(page))).not.toContain("waits");
});

test("filters narrow the plan by owner, by role and to late actions, and say how many are shown", async ({ page }) => {
  await page.goto("plan/");
  await setActionField(page, numberOf(middle), "Owner", "Priya", middle.id);
  await setActionField(page, numberOf(nextToMiddle), "Owner", "Priya", nextToMiddle.id);
  await setActionField(page, numberOf(first), "Owner", "Sam", first.id);
  const status = page.locator("[data-plan-filter-status]");
  await page.getByLabel("Owner", { exact: true }).first().selectOption("Priya");
  await expect(status).toHaveText(`Showing 2 of ${guide.totalActions} actions.`);
  await expect(actionGroup(page, numberOf(middle))).toBeVisible();
  await expect(actionGroup(page, numberOf(first))).toBeHidden();
  await page.getByLabel("Owner", { exact: true }).first().selectOption("");
  const role = guide.roles.find((r) => guide.actions.some((a) => a.roles.some((ar) => ar.id === r.id)))!;
  await page.getByLabel("Role", { exact: true }).selectOption(role.id);
  await expect(status).toHaveText(new RegExp(`^Showing \\d+ of ${guide.totalActions} actions\\.$`));
  const shown = await page.locator("[data-plan-action]:visible").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-roles")));
  expect(shown.length).toBeGreaterThan(0);
  for (const roles of shown) expect(roles).toContain(role.id);
  await page.getByLabel("Role", { exact: true }).selectOption("");
  await setActionField(page, numberOf(laterFirst!), "Target date", "2026-02-02", laterFirst!.id);
  await page.getByLabel("Only late actions").check();
  await expect(status).toHaveText(`Showing 1 of ${guide.totalActions} actions.`);
  await expect(actionGroup(page, numberOf(laterFirst!))).toBeVisible();
});

test("notes over the limit are not saved, say why next to them, and keep what was typed", async ({ page }) => {
  const notesAction = laterSecond ?? second;
  await page.goto("plan/");
  const notes = await openNotes(page, numberOf(notesAction));
  const limit = LIMITS.notes;
  await notes.fill("a".repeat(limit + 1));
  await notes.blur();
  // As nhsuk-frontend's error message: screen readers hear "Error:" before it.
  await expect(actionGroup(page, numberOf(notesAction)).locator("[data-plan-problem]")).toHaveText(
    `Error: Your notes for ${numberOf(notesAction)} are not saved: they are ${(limit + 1).toLocaleString("en-GB")} characters long, over the ${limit.toLocaleString("en-GB")} allowed. Shorten them to save.`,
  );
  await expect(actionGroup(page, numberOf(notesAction))).toContainText("You have 1 character too many");
  expect((await savedPlan(page))?.actions[notesAction.id]?.notes).toBeUndefined();
  await expect(notes).toHaveValue("a".repeat(limit + 1));
  await notes.press("Backspace");
  await notes.blur();
  await expect(actionGroup(page, numberOf(notesAction)).locator("[data-plan-problem]")).toBeHidden();
  await expect.poll(async () => (await savedPlan(page))?.actions[notesAction.id]?.notes?.value.length).toBe(limit);
});

test("progress saved by version 1 of the guide is upgraded with every tick and date, and the version-1 value is kept", async ({ page }) => {
  await page.goto("");
  const last = guide.actions.at(-1)!;
  await seedProgress(page, { [second.id]: "done", [ruled.action.id]: "not-applicable", [last.id]: "todo" });
  const version1 = await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:v1"));
  await page.goto("plan/");
  await expect(actionGroup(page, numberOf(second)).locator("[data-plan-state]")).toHaveText("Done on 1 November 2026");
  await expect(actionGroup(page, numberOf(ruled.action)).getByLabel("Status", { exact: true })).toHaveValue("not-applicable");
  const saved = await savedPlan(page);
  expect((await savedState(page))?.["version"]).toBe(3);
  expect(saved?.actions).toEqual({
    [second.id]: { status: { value: "done", at: "2026-11-01T09:00:00.000Z" } },
    [ruled.action.id]: { status: { value: "not-applicable", at: "2026-11-01T09:00:00.000Z" } },
    [last.id]: { status: { value: "todo", at: "2026-11-01T09:00:00.000Z" } },
  });
  expect(await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:version-1-copy"))).toBe(version1);
});

test("with storage full, a version-1 value is not written over, and the ticks still show", async ({ page }) => {
  await page.goto("");
  await seedProgress(page, { [second.id]: "done" });
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
  await expect(actionGroup(page, numberOf(second)).locator("[data-plan-state]")).toHaveText("Done on 1 November 2026");
  expect(await page.evaluate(() => localStorage.getItem("nhs-login-guide:progress:v1"))).toBe(version1);
});

test("the plan has no axe violations, filled in and filtered", async ({ page }) => {
  // A long form: axe takes a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto("plan/");
  await answer(page, ruled.question.question, ruled.answer.label);
  await setActionField(page, numberOf(second), "Target date", "2026-01-05", second.id);
  await setActionField(page, numberOf(second), "Notes", "Ask the ICB first.", second.id);
  expect(await axeViolations(page)).toEqual([]);
});

test("the plan works by keyboard alone: answers, status, owner, and copying the link", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("plan/");
  // The first question's first two answers, chosen with the arrow keys.
  const question = questionOf(guide.plan.questions[0]!.id)!;
  const [one, two] = [question.answers[0]!, question.answers[1]!];
  const yes = page.getByRole("group", { name: question.question }).getByRole("radio", { name: one.label, exact: true });
  await yes.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("group", { name: question.question }).getByRole("radio", { name: two.label, exact: true })).toBeChecked();
  await expect.poll(async () => (await savedPlan(page))?.answers[question.id]?.value).toBe(two.value);

  const status = actionGroup(page, numberOf(first)).getByLabel("Status", { exact: true });
  await status.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("done");
  await page.keyboard.press("Tab");
  await expect(actionGroup(page, numberOf(first)).getByLabel("Owner", { exact: true })).toBeFocused();
  await page.keyboard.type("Sam");
  await page.keyboard.press("Tab");
  await expect(actionGroup(page, numberOf(first)).getByLabel("Target date", { exact: true })).toBeFocused();
  const saved = (await savedPlan(page))?.actions[first.id];
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
    for (const step of guide.steps) await expect(page.locator("main").getByRole("link", { name: step.title, exact: true })).toBeVisible();
    await expect(page.getByLabel("Owner", { exact: true }).first()).toBeHidden();
  });
});
