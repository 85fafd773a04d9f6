// The team plan's exports, read back as a team would use them: the spreadsheet (CSV) parsed as
// RFC 4180, the Excel workbook (.xlsx) read as a spreadsheet reads it, the calendar (.ics) parsed as
// RFC 5545, the JSON file imported into another browser, and what printing the plan or a call pack
// puts on paper.
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import readExcelFile from "read-excel-file/node";
import { strFromU8, unzipSync } from "fflate";
import { messageBanner, PROGRESS_KEY, savedPlan } from "./helpers";
import {
  actionRuledOut,
  actionsInStep,
  callPacks,
  countsRequirements,
  documentsOf,
  documentsRuledOutBy,
  guide,
  numberOf,
  questionOf,
} from "./guide-model";

// The actions these tests fill in, picked from the data by what each test needs.
/** One that always applies and carries no count of requirements met, mid-way through the process. */
const plainActions = guide.actions.filter((a) => !a.conditional && a.exclusions.length === 0 && !countsRequirements(a.id));
const dated = plainActions[Math.floor(plainActions.length / 2)]!;
/** The process's second action, and the second step's first. */
const ticked = guide.actions[1] ?? guide.actions[0]!;
const laterFirst = actionsInStep((guide.steps[1] ?? guide.steps[0]!).id)[0]!;
/** An action numbered 10 or more in its step, whose number a spreadsheet could read as a decimal (3.10 as 3.1). */
const tenth = guide.actions.find((a) => a.number >= 10);
/** An action an answer rules out, with its question, the answer and the reason. */
const ruled = actionRuledOut()!;
/** Another of the plan's questions, and the answer the tests give it. */
const otherQuestion = questionOf(guide.plan.questions.find((q) => q.id !== ruled.question.id)!.id)!;
const otherAnswer = otherQuestion.answers[1] ?? otherQuestion.answers[0]!;
/** The step an action is in, by title. */
const stepTitle = (action: { stepId: string }) => guide.steps.find((step) => step.id === action.stepId)?.title;
/** Text as an iCalendar TEXT value writes it: backslashes, semicolons and commas escaped. */
const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);
import { parseCsv, SPREADSHEET_COLUMNS, shownDay } from "./csv";
import { actionGroup, answer, setActionField } from "./plan-helpers";

// Each test fills in part of a 25-action form on a busy machine.
test.describe.configure({ timeout: 120_000 });

const NAME_KEY = "nhs-login-guide:name";

/** Clicks an export button and returns the file it downloads. */
async function downloadFrom(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button, exact: true }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Sets this browser's name or initials and waits until the store has saved it. */
async function setName(page: Page, name: string): Promise<void> {
  await page.getByLabel("Your name or initials").fill(name);
  await page.getByLabel("Your name or initials").blur();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), NAME_KEY)).toBe(name);
}

/** Chooses an action's status and waits until the store has saved it. */
async function setStatus(page: Page, number: string, status: string, id: string): Promise<void> {
  await actionGroup(page, number).getByLabel("Status", { exact: true }).selectOption(status);
  await expect.poll(async () => (await savedPlan(page))?.actions[id]?.status?.value).toBe(status);
}

/** Sets the plan's start or go-live date and waits until the store has saved it. */
async function setPlanDate(page: Page, label: "Start date" | "Target go-live date (optional)", value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
  const key = label === "Start date" ? "start" : "goLive";
  await expect.poll(async () => (await savedPlan(page))?.dates[key]?.value).toBe(value);
}

/** Every action's number and title as its group of fields is named ("3.5 Complete the …"), in process order. */
async function actionNames(page: Page): Promise<string[]> {
  // Each row's name, as its group is named for screen readers (aria-labelledby).
  return page
    .locator("[data-plan-action]")
    .evaluateAll((rows) =>
      rows.map((row) =>
        (document.getElementById(row.getAttribute("aria-labelledby") ?? "")?.textContent ?? "").replace(/\s+/g, " ").trim(),
      ),
    );
}

/** Each action's suggested target date as the plan shows it under its Target date ("Suggested: 1 March 2027"), YYYY-MM-DD. */
async function suggestedOnScreen(page: Page): Promise<Map<string, string>> {
  const hints = await page
    .locator("[data-plan-suggested]")
    .evaluateAll((spans) => spans.map((span) => [span.getAttribute("data-plan-suggested") ?? "", span.textContent ?? ""] as const));
  return new Map(hints.filter(([, text]) => text.startsWith("Suggested: ")).map(([id, text]) => [id, shownDay(text)]));
}

/** The titles of an action's roles, as the guide's data names them, joined as the spreadsheets join them. */
function roleTitles(id: string): string {
  const roles = guide.actions.find((action) => action.id === id)?.roles ?? [];
  return roles.map((role) => guide.roles.find((r) => r.id === role.id)?.title ?? role.id).join(", ");
}

/** Joins RFC 5545 folded lines: a line break followed by a space or tab continues the line before. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** Reads a TEXT value back (RFC 5545 section 3.3.11): \\, \; \, and \n. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char.toLowerCase() === "n" ? "\n" : char));
}

/** Each VEVENT's properties, by name with its parameters ("DTSTART;VALUE=DATE"), in file order. */
function calendarEvents(lines: string[]): Array<Map<string, string>> {
  const events: Array<Map<string, string>> = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT") {
      if (current) events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

/** The day after a YYYYMMDD date, as YYYYMMDD. */
function nextDay(day: string): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)) + 1));
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}

test("the spreadsheet download holds every action with what the team entered and the dates the plan shows, read back as RFC 4180 CSV, with working guidance links @prefix", async ({
  page,
  baseURL,
}) => {
  await page.goto("plan/");
  await setName(page, "AB");
  await setPlanDate(page, "Start date", "2027-01-04");
  await answer(page, ruled.question.question, ruled.answer.label);
  await expect.poll(async () => (await savedPlan(page))?.answers[ruled.question.id]?.value).toBe(ruled.answer.value);
  const notes = 'Ask "Legal", then sign.\nSecond line: the CSO\'s "yes", in writing.';
  await setActionField(page, numberOf(dated), "Owner", "Priya, IG lead", dated.id);
  await setActionField(page, numberOf(dated), "Target date", "2027-03-01", dated.id);
  await setActionField(page, numberOf(dated), "Notes", notes, dated.id);
  await setStatus(page, numberOf(dated), "done", dated.id);
  const doneAt = (await savedPlan(page))?.actions[dated.id]?.status?.at ?? "";

  const { name, bytes } = await downloadFrom(page, "Download as a spreadsheet (CSV)");
  expect(name).toMatch(/\.csv$/);
  // A UTF-8 byte-order mark, so Excel reads the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(header).toEqual(SPREADSHEET_COLUMNS);
  expect(rows).toHaveLength(guide.actions.length);
  for (const row of rows) expect(row).toHaveLength(SPREADSHEET_COLUMNS.length);
  const column = (title: string) => SPREADSHEET_COLUMNS.indexOf(title);
  // Rows in process order, each named as the plan names it.
  expect(rows.map((row) => `${row[0]} ${row[1]}`)).toEqual(await actionNames(page));

  expect(rows.find((row) => row[0] === numberOf(dated))).toEqual([
    numberOf(dated),
    dated.title,
    stepTitle(dated),
    "Done",
    "Priya, IG lead",
    roleTitles(dated.id),
    "Yes",
    "2027-03-01",
    "No",
    "No",
    doneAt.slice(0, 10),
    "AB",
    notes,
    "",
    `${baseURL}steps/${dated.stepId}/#${dated.id}`,
  ]);
  // A plain quoted "3.10" (where the data numbers an action 10 or more), which a CSV reader keeps as written.
  if (tenth) {
    expect(rows.filter((row) => row[0] === numberOf(tenth))).toHaveLength(1);
    expect(rows.find((row) => row[0] === numberOf(tenth))?.[1]).toBe(tenth.title);
  }
  // The answer that rules 3.8 out gives its reason.
  expect(rows.find((row) => row[0] === numberOf(ruled.action))?.[column("Applies to us")]).toBe(`No: ${ruled.reason}`);

  // Every other action has the suggested date the plan shows under its Target date, marked as suggested.
  const suggested = await suggestedOnScreen(page);
  for (const row of rows) {
    const id = new URL(row[column("Guidance")] ?? "").hash.slice(1);
    if (id === dated.id) continue;
    expect(row[column("Target date")], id).toBe(suggested.get(id));
    expect(row[column("Target date suggested")], id).toBe("Yes");
  }
  // Any dates there are, are YYYY-MM-DD.
  for (const row of rows) {
    for (const date of [row[column("Target date")], row[column("Done date")]]) if (date) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }

  // Every guidance link is a full address under the site (prefix included) that opens the action's step page at the action.
  const pages = new Map<string, string>();
  for (const row of rows) {
    const link = new URL(row[column("Guidance")] ?? "");
    expect(link.protocol).toMatch(/^https?:$/);
    expect(link.href.startsWith(`${baseURL}steps/`)).toBe(true);
    const pageAddress = `${link.origin}${link.pathname}`;
    if (!pages.has(pageAddress)) {
      const response = await page.request.get(pageAddress);
      expect(response.status(), pageAddress).toBe(200);
      pages.set(pageAddress, await response.text());
    }
    expect(pages.get(pageAddress), `${link.href} leads to its action`).toContain(`id="${link.hash.slice(1)}"`);
  }
});

test("the Excel download has the spreadsheet's columns, numbers as text and dates as date cells, a frozen header, and a sheet of answers and dates @prefix", async ({
  page,
  baseURL,
}) => {
  await page.goto("plan/");
  await setName(page, "AB");
  await setPlanDate(page, "Start date", "2027-01-04");
  await answer(page, ruled.question.question, ruled.answer.label);
  await expect.poll(async () => (await savedPlan(page))?.answers[ruled.question.id]?.value).toBe(ruled.answer.value);
  const notes = "Bring the DSPT – and the SCAL.\nSecond line.";
  await setActionField(page, numberOf(dated), "Owner", "Priya", dated.id);
  await setActionField(page, numberOf(dated), "Target date", "2027-03-01", dated.id);
  await setActionField(page, numberOf(dated), "Notes", notes, dated.id);
  await setStatus(page, numberOf(dated), "done", dated.id);
  const doneAt = (await savedPlan(page))?.actions[dated.id]?.status?.at ?? "";

  const { name, bytes } = await downloadFrom(page, "Download as Excel (.xlsx)");
  expect(name).toMatch(/^nhs-login-plan-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [plan, settings] = await readExcelFile(bytes);
  expect(plan?.sheet).toBe("Plan");
  const [header, ...rows] = plan?.data ?? [];
  expect(header).toEqual(SPREADSHEET_COLUMNS);
  expect(rows).toHaveLength(guide.actions.length);
  const column = (title: string) => SPREADSHEET_COLUMNS.indexOf(title);
  expect(rows.map((row) => `${String(row[0])} ${String(row[1])}`)).toEqual(await actionNames(page));

  // 3.10 is the text "3.10", not the number 3.1; every number is text.
  if (tenth) expect(rows.filter((row) => row[0] === numberOf(tenth))).toHaveLength(1);
  for (const row of rows) expect(typeof row[0]).toBe("string");

  expect(rows.find((row) => row[0] === numberOf(dated))).toEqual([
    numberOf(dated),
    dated.title,
    stepTitle(dated),
    "Done",
    "Priya",
    roleTitles(dated.id),
    "Yes",
    new Date("2027-03-01T00:00:00Z"),
    "No",
    "No",
    new Date(`${doneAt.slice(0, 10)}T00:00:00Z`),
    "AB",
    notes,
    null,
    `${baseURL}steps/${dated.stepId}/#${dated.id}`,
  ]);
  // That target date is the one the plan shows.
  await expect(actionGroup(page, numberOf(dated)).getByLabel("Target date", { exact: true })).toHaveValue("2027-03-01");
  // Suggested dates are date cells too, each the date the plan shows under its Target date.
  const suggested = await suggestedOnScreen(page);
  for (const row of rows) {
    const id = new URL(String(row[column("Guidance")])).hash.slice(1);
    if (id === dated.id) continue;
    expect(row[column("Target date")], id).toEqual(new Date(`${suggested.get(id)}T00:00:00Z`));
    expect(row[column("Target date suggested")], id).toBe("Yes");
  }
  expect(rows.find((row) => row[0] === numberOf(ruled.action))?.[column("Applies to us")]).toBe(`No: ${ruled.reason}`);

  // Each sheet's header row is frozen, and dates have a date format.
  const files = unzipSync(new Uint8Array(bytes));
  for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
    expect(strFromU8(files[sheet] ?? new Uint8Array()), sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  expect(strFromU8(files["xl/styles.xml"] ?? new Uint8Array())).toMatch(/formatCode="[^"]*yyyy[^"]*"/);

  // The second sheet: each question with the team's answer, and the plan's dates.
  expect(settings?.sheet).toBe("Answers and dates");
  const answers = settings?.data ?? [];
  expect(answers[0]).toEqual(["Question", "Answer"]);
  expect(answers).toContainEqual([ruled.question.question, ruled.answer.label]);
  expect(answers).toContainEqual([otherQuestion.question, "Not answered"]);
  expect(answers).toContainEqual(["Start date", new Date("2027-01-04T00:00:00Z")]);
  expect(answers).toContainEqual(["Target go-live date", "Not set"]);
});

test("the calendar has one all-day event per dated action, valid RFC 5545, with UIDs that stay the same when dates change", async ({
  page,
  baseURL,
}) => {
  await page.goto("plan/");
  await setPlanDate(page, "Start date", "2027-01-04");
  await setActionField(page, numberOf(dated), "Target date", "2027-03-01", dated.id);
  await setActionField(page, numberOf(dated), "Owner", "Priya", dated.id);
  // Commas, a semicolon, a backslash, a line break and characters of more than one octet.
  const notes = "Bring the DSPT, SCAL and DPIA; ask the clinical safety officer – Dr Ó Briain – first.\nFiles in S:\\IG\\NHS login.";
  await setActionField(page, numberOf(dated), "Notes", notes, dated.id);
  const names = await actionNames(page);
  const host = new URL(baseURL!).host;

  const first = await downloadFrom(page, "Download target dates as a calendar (.ics)");
  expect(first.name).toMatch(/\.ics$/);
  const raw = first.bytes.toString("utf8");
  // Content lines end in CRLF, and none is longer than 75 octets before unfolding.
  expect(raw.endsWith("\r\n")).toBe(true);
  const physical = raw.slice(0, -2).split("\r\n");
  expect(physical.filter((line) => line.includes("\n") || line.includes("\r"))).toEqual([]);
  expect(physical.filter((line) => Buffer.byteLength(line, "utf8") > 75)).toEqual([]);
  // The long description must have been folded for that to hold.
  expect(physical.some((line) => line.startsWith(" "))).toBe(true);

  const lines = unfold(raw.slice(0, -2));
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  expect(lines).toContain("VERSION:2.0");
  expect(lines.find((line) => line.startsWith("PRODID:"))).toMatch(/^PRODID:.+/);

  const events = calendarEvents(lines);
  // With a start date, every action has a target date, suggested or the team's own.
  expect(events).toHaveLength(guide.totalActions);
  for (const event of events) {
    expect(event.get("UID")).toMatch(new RegExp(`^[a-z0-9-]+@${host.replace(/\./g, "\\.")}$`));
    expect(event.get("DTSTAMP")).toMatch(/^\d{8}T\d{6}Z$/);
    const start = event.get("DTSTART;VALUE=DATE") ?? "";
    expect(start).toMatch(/^\d{8}$/);
    expect(start >= "20270104").toBe(true);
    expect(event.get("DTEND;VALUE=DATE")).toBe(nextDay(start));
    // The guidance, as a full address, at the event's action.
    const url = new URL(event.get("URL") ?? "");
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.href.startsWith(`${baseURL}steps/`)).toBe(true);
    expect(url.hash).toBe(`#${event.get("UID")?.split("@")[0]}`);
  }
  // Titled with the action's number and title (3.8's title has a comma, escaped).
  expect(events.map((event) => unescapeText(event.get("SUMMARY") ?? ""))).toEqual(names);
  expect(events.find((event) => event.get("UID")?.startsWith(`${ruled.action.id}@`))?.get("SUMMARY")).toBe(
    `${numberOf(ruled.action)} ${icsText(ruled.action.title)}`,
  );
  const uids = events.map((event) => event.get("UID"));
  expect(new Set(uids).size).toBe(guide.totalActions);

  // The action the team dated falls on that date, and says who owns it and what the notes are, escaped.
  const scal = events.find((event) => event.get("UID") === `${dated.id}@${host}`);
  expect(scal?.get("DTSTART;VALUE=DATE")).toBe("20270301");
  expect(scal?.get("DTEND;VALUE=DATE")).toBe("20270302");
  expect(scal?.get("URL")).toBe(`${baseURL}steps/${dated.stepId}/#${dated.id}`);
  expect(scal?.get("DESCRIPTION")).toContain(
    "Notes: Bring the DSPT\\, SCAL and DPIA\\; ask the clinical safety officer – Dr Ó Briain – first.\\nFiles in S:\\\\IG\\\\NHS login.",
  );
  const description = unescapeText(scal?.get("DESCRIPTION") ?? "");
  expect(description).toContain("Owner: Priya");
  expect(description).toContain(`Notes: ${notes}`);

  // Exported again after the dates change: the same UIDs for the same actions, so a calendar
  // importing it moves the events rather than adding copies.
  await setActionField(page, numberOf(dated), "Target date", "2027-03-08", dated.id);
  await setPlanDate(page, "Start date", "2027-01-11");
  const second = calendarEvents(unfold((await downloadFrom(page, "Download target dates as a calendar (.ics)")).bytes.toString("utf8")));
  expect(second.map((event) => event.get("UID"))).toEqual(uids);
  expect(second.map((event) => event.get("SUMMARY"))).toEqual(events.map((event) => event.get("SUMMARY")));
  expect(second.find((event) => event.get("UID") === `${dated.id}@${host}`)?.get("DTSTART;VALUE=DATE")).toBe("20270308");
  expect(second[0]?.get("DTSTART;VALUE=DATE")).not.toBe(events[0]?.get("DTSTART;VALUE=DATE"));
});

test("a plan exported as JSON and imported into a fresh browser brings back statuses, owners, dates, notes, answers and plan dates, and says what it updated", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("plan/");
  await setName(page, "AB");
  await answer(page, ruled.question.question, ruled.answer.label);
  await answer(page, otherQuestion.question, otherAnswer.label);
  await expect.poll(async () => (await savedPlan(page))?.answers[otherQuestion.id]?.value).toBe(otherAnswer.value);
  await setPlanDate(page, "Start date", "2027-01-04");
  await setPlanDate(page, "Target go-live date (optional)", "2027-05-03");
  await setStatus(page, numberOf(ticked), "done", ticked.id);
  await setStatus(page, numberOf(dated), "in-progress", dated.id);
  await setActionField(page, numberOf(dated), "Owner", "Priya", dated.id);
  await setActionField(page, numberOf(dated), "Target date", "2027-03-01", dated.id);
  await setActionField(page, numberOf(dated), "Notes", 'Draft with the CSO, then "Legal".', dated.id);
  await setActionField(page, numberOf(laterFirst), "Target date", "2027-01-20", laterFirst.id);
  const exported = await savedPlan(page);

  const file = await downloadFrom(page, "Export plan");
  expect(file.name).toMatch(/\.json$/);

  // A teammate's browser: nothing saved.
  const teammate = await browser.newContext({ baseURL: baseURL! });
  const other = await teammate.newPage();
  await other.goto("plan/");
  const importFile = () =>
    other.getByLabel("Import a plan").setInputFiles({ name: file.name, mimeType: "application/json", buffer: file.bytes });
  await importFile();
  await expect(messageBanner(other, "import", "success")).toContainText(
    `Imported ${file.name}: 3 actions updated. 4 plan dates or answers updated. 1 team member added or changed. Nothing in this browser was lost.`,
  );

  await expect(actionGroup(other, numberOf(ticked)).getByLabel("Status", { exact: true })).toHaveValue("done");
  await expect(actionGroup(other, numberOf(ticked)).locator("[data-plan-state]")).toHaveText(/^Done by AB on \d{1,2} \w+ \d{4}$/);
  const scal = actionGroup(other, numberOf(dated));
  await expect(scal.getByLabel("Status", { exact: true })).toHaveValue("in-progress");
  await expect(scal.getByLabel("Owner", { exact: true })).toHaveValue("Priya");
  await expect(scal.getByLabel("Target date", { exact: true })).toHaveValue("2027-03-01");
  await expect(scal.getByLabel("Notes", { exact: true })).toHaveValue('Draft with the CSO, then "Legal".');
  await expect(actionGroup(other, numberOf(laterFirst)).getByLabel("Target date", { exact: true })).toHaveValue("2027-01-20");
  await expect(
    other.getByRole("group", { name: ruled.question.question }).getByRole("radio", { name: ruled.answer.label, exact: true }),
  ).toBeChecked();
  await expect(
    other.getByRole("group", { name: otherQuestion.question }).getByRole("radio", { name: otherAnswer.label, exact: true }),
  ).toBeChecked();
  await expect(actionGroup(other, numberOf(ruled.action)).locator("[data-plan-state]")).toHaveText(`Not applicable: ${ruled.reason}`);
  await expect(other.getByLabel("Start date", { exact: true })).toHaveValue("2027-01-04");
  await expect(other.getByLabel("Target go-live date (optional)", { exact: true })).toHaveValue("2027-05-03");
  // Who changed each field and when come across too.
  const imported = await savedPlan(other);
  expect(imported?.actions).toEqual(exported?.actions);
  expect(imported?.dates).toEqual(exported?.dates);
  expect(imported?.answers).toEqual(exported?.answers);

  // Importing the same file again has nothing newer to bring, and says so.
  await importFile();
  await expect(messageBanner(other, "import", "success")).toContainText(
    `Imported ${file.name}: 0 actions updated. Nothing in this browser was lost.`,
  );
  await teammate.close();
});

test.describe("printing", () => {
  // In headless Chromium window.print() does not block and opens no dialog (so no dialog handler is
  // needed): the first call fires beforeprint and never finishes, and later calls fire nothing. The
  // page fills its print area on the button's click, before calling print(), so nothing is stubbed:
  // what would be on paper is read with the print media type.

  /** Every control a printout must not show. */
  const controls = (page: Page) =>
    page.locator("button:visible, input:visible, select:visible, textarea:visible, [data-plan-action]:visible");

  /** The printout's table rows, each as its cells' text. */
  const printedRows = (page: Page) =>
    page
      .locator("[data-plan-print-area] tbody tr")
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => (cell.textContent ?? "").trim())));

  /** The documents a call pack lists. */
  const printedDocuments = (page: Page) =>
    page
      .locator("[data-plan-print-area] li[data-plan-document]")
      .evaluateAll((items) => items.map((item) => (item.textContent ?? "").trim()));

  /** The call packs and questions in _data/plan.yaml, as the build loads them. */
  const planData = { callPacks, questions: guide.plan.questions.map((question) => questionOf(question.id)!) };

  test("Print the plan puts every action on paper as a table with its status, owner, target date and notes, and no controls", async ({
    page,
  }) => {
    await page.goto("plan/");
    const names = await actionNames(page);
    await setStatus(page, numberOf(ticked), "done", ticked.id);
    await setActionField(page, numberOf(dated), "Owner", "Priya", dated.id);
    await setActionField(page, numberOf(dated), "Target date", "2027-03-01", dated.id);
    await setActionField(page, numberOf(dated), "Notes", "Draft with the clinical safety officer.", dated.id);
    await setStatus(page, numberOf(dated), "in-progress", dated.id);
    const shownState = await actionGroup(page, numberOf(ticked)).locator("[data-plan-state]").textContent();
    await page.getByRole("button", { name: "Print the plan", exact: true }).click();

    await page.emulateMedia({ media: "print" });
    const area = page.locator("[data-plan-print-area]");
    await expect(area).toBeVisible();
    await expect(area.getByRole("table")).toBeVisible();
    expect(await area.locator("thead th").allTextContents()).toEqual(["Action", "Status", "Owner", "Target date", "Notes"]);
    const rows = await printedRows(page);
    expect(rows.map((row) => row[0])).toEqual(names);
    expect(rows.find((row) => row[0]?.startsWith(`${numberOf(dated)} `))).toEqual([
      `${numberOf(dated)} ${dated.title}`,
      "In progress",
      "Priya",
      "1 March 2027",
      "Draft with the clinical safety officer.",
    ]);
    // The printout says what the plan says on screen: "Done on 25 November 2026".
    expect(rows.find((row) => row[0]?.startsWith(`${numberOf(ticked)} `))?.[1]).toMatch(/^Done on \d{1,2} \w+ \d{4}$/);
    expect(rows.find((row) => row[0]?.startsWith(`${numberOf(ticked)} `))?.[1]).toBe(shownState);
    // The form, the buttons and the guidance links are for the screen only.
    await expect(controls(page)).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Guidance for / })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Share the plan" })).toBeHidden();

    // On screen the printout stays out of the way and the form is back.
    await page.emulateMedia({ media: "screen" });
    await expect(area).toBeHidden();
    await expect(actionGroup(page, numberOf(dated))).toBeVisible();
  });

  test("a call's pack prints only what is outstanding up to the call, with owners and notes, and the documents to bring", async ({
    page,
  }) => {
    // The latest call in the process, so there are actions before it to be done, skipped and owned.
    const position = (id: string) => guide.actions.findIndex((a) => a.id === id);
    const pack = [...planData.callPacks].sort((a, b) => position(b.action) - position(a.action))[0]!;
    const call = guide.actions.find((a) => a.id === pack.action)!;
    const upTo = guide.actions.slice(0, guide.actions.indexOf(call) + 1);
    test.skip(upTo.length < 5, "every call comes within the first four actions");
    // Two done and one not applicable from the start; an owner and notes on one still to do; an owner on the call's own action.
    const [doneOne, doneTwo, skipped, owned] = [upTo[0]!, upTo[1]!, upTo[2]!, upTo[3]!];
    await page.goto("plan/");
    const names = await actionNames(page);
    await setStatus(page, numberOf(doneOne), "done", doneOne.id);
    await setStatus(page, numberOf(doneTwo), "done", doneTwo.id);
    await setStatus(page, numberOf(skipped), "not-applicable", skipped.id);
    await setActionField(page, numberOf(owned), "Owner", "Sam", owned.id);
    await setActionField(page, numberOf(owned), "Notes", "Agree P9 with the clinical safety officer.", owned.id);
    await setActionField(page, numberOf(call), "Owner", "Asha", call.id);
    await page.getByRole("button", { name: `Print the pack for the ${pack.name}`, exact: true }).click();

    await page.emulateMedia({ media: "print" });
    const area = page.locator("[data-plan-print-area]");
    await expect(area).toBeVisible();
    await expect(area.getByRole("heading", { name: `Pack for the ${pack.name}` })).toBeVisible();
    await expect(area).toContainText(`${upTo.length - 3} actions are still outstanding up to this call.`);
    const rows = await printedRows(page);
    // In order, from the first still to do to the call's own: not those done or not applicable, nor anything after the call.
    expect(rows.map((row) => row[0])).toEqual(names.slice(3, upTo.length));
    expect(rows.find((row) => row[0]?.startsWith(`${numberOf(owned)} `))?.slice(2)).toEqual([
      "Sam",
      "",
      "Agree P9 with the clinical safety officer.",
    ]);
    expect(rows.find((row) => row[0]?.startsWith(`${numberOf(call)} `))?.[2]).toBe("Asha");
    await expect(area.getByRole("heading", { name: `Documents to bring to the ${pack.name}` })).toBeVisible();
    // What the call's own action lists. Soft, so the rest of the pack is checked too.
    expect.soft(await printedDocuments(page)).toEqual(documentsOf(call.id).map((document) => document.title));
    await expect(controls(page)).toHaveCount(0);

    // The browser's own Print (its menu or Ctrl+P), afterwards, prints the whole plan again, not the last
    // pack. The browser announces it with beforeprint; headless Chromium fires no more after the first print().
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect(area.getByRole("heading", { name: "Team plan" })).toBeVisible();
    expect((await printedRows(page)).map((row) => row[0])).toEqual(names);
  });

  test("a call's pack lists the documents to bring, less one the team's answer rules out", async ({ page }) => {
    // A call whose action lists a document that an answer rules out, from the data.
    const found = planData.callPacks
      .map((pack) => ({ pack, call: guide.actions.find((a) => a.id === pack.action)! }))
      .flatMap(({ pack, call }) =>
        planData.questions.flatMap((question) =>
          question.answers.flatMap((answered) => {
            const ruledOut = documentsRuledOutBy(question.id, answered.value).filter((d) =>
              documentsOf(call.id).some((c) => c.id === d.id),
            );
            return ruledOut.length > 0 ? [{ pack, call, question, answered, ruledOut }] : [];
          }),
        ),
      )[0];
    test.skip(!found, "no call's documents can be ruled out by an answer");
    const { pack, call, question, answered, ruledOut } = found!;
    const done = guide.actions[0]!;
    const upTo = guide.actions.slice(0, guide.actions.indexOf(call) + 1);
    await page.goto("plan/");
    const names = await actionNames(page);
    await setStatus(page, numberOf(done), "done", done.id);
    await setActionField(page, numberOf(call), "Notes", "Demo on the staging app.", call.id);
    const printPack = async () => {
      await page.emulateMedia({ media: "screen" });
      await page.getByRole("button", { name: `Print the pack for the ${pack.name}`, exact: true }).click();
      await page.emulateMedia({ media: "print" });
    };

    await printPack();
    const area = page.locator("[data-plan-print-area]");
    await expect(area.getByRole("heading", { name: `Pack for the ${pack.name}` })).toBeVisible();
    await expect(area).toContainText(`${upTo.length - 1} actions are still outstanding up to this call.`);
    const rows = await printedRows(page);
    expect(rows.map((row) => row[0])).toEqual(names.slice(1, upTo.length));
    expect(rows.at(-1)?.[4]).toBe("Demo on the staging app.");
    await expect(area.getByRole("heading", { name: `Documents to bring to the ${pack.name}` })).toBeVisible();
    // What the call's own action lists. Soft, so the rest of the pack is checked too.
    const listed = documentsOf(call.id).map((document) => document.title);
    expect.soft(await printedDocuments(page)).toEqual(listed);

    await page.emulateMedia({ media: "screen" });
    await answer(page, question.question, answered.label);
    await expect.poll(async () => (await savedPlan(page))?.answers[question.id]?.value).toBe(answered.value);
    await printPack();
    // The pack is filled once printing's code and the packs have loaded: read it until it is the new one.
    await expect.poll(() => printedDocuments(page)).toEqual(listed.filter((title) => !ruledOut.some((d) => d.title === title)));
    await expect(controls(page)).toHaveCount(0);
  });
  for (const pack of planData.callPacks) {
    test(`the ${pack.name} pack prints the service, the date, the team with roles, the answers, the call's checklist and who should attend`, async ({
      page,
    }) => {
      await page.goto("plan/");
      // A saved version-3 plan: two members (one owning an action), the service's name and one answer per question.
      const at = "2026-11-01T00:00:00.000Z";
      const field = (value: string) => ({ entries: [{ value, at, dot: ["x", 1] }], seen: { x: 1 } });
      const [first, second] = guide.roles;
      const members = [
        { id: "m1", name: "Asha", role: first!.id },
        { id: "m2", name: "Ben", role: second!.id },
      ];
      const answers = planData.questions.map((question) => ({ question, chosen: question.answers.at(-1)! }));
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key!, value!),
        [
          PROGRESS_KEY,
          JSON.stringify({
            version: 3,
            actions: { [pack.action]: { owner: field("member:m1"), notes: field("Book a room with a screen.") } },
            dates: {},
            answers: Object.fromEntries(answers.map(({ question, chosen }) => [question.id, field(chosen.value)])),
            members: Object.fromEntries(members.map((m) => [m.id, field(JSON.stringify({ name: m.name, role: m.role }))])),
            settings: { serviceName: field("Repeat Prescriptions Online") },
          }),
        ],
      );
      await page.reload();
      await page.getByRole("button", { name: `Print the pack for the ${pack.name}`, exact: true }).click();

      await page.emulateMedia({ media: "print" });
      const area = page.locator("[data-plan-print-area]");
      await expect(area.getByRole("heading", { name: `Pack for the ${pack.name}` })).toBeVisible();
      await expect(area).toContainText("Repeat Prescriptions Online");
      await expect(area).toContainText(/Printed on\s*\d{1,2} \w+ \d{4}/);
      for (const member of members) {
        const title = guide.roles.find((role) => role.id === member.role)!.title;
        await expect(area.locator("li", { hasText: member.name })).toHaveText(`${member.name}: ${title}`);
      }
      for (const { question, chosen } of answers) {
        const row = area.locator(".nhsuk-summary-list__row", { hasText: question.question });
        await expect(row.locator(".nhsuk-summary-list__value")).toHaveText(chosen.label);
      }
      // The call's own action, owned by a member, prints with the member's name.
      const callRow = (await printedRows(page)).find((row) => row[4] === "Book a room with a screen.");
      expect(callRow?.[2]).toBe("Asha");
      if (pack.checklist) {
        await expect(area.getByRole("heading", { name: `Checklist for the ${pack.name}` })).toBeVisible();
        expect(await area.locator("[data-call-pack-checklist] li").allTextContents()).toEqual(pack.checklist);
      }
      if (pack.attendees) {
        await expect(area.getByRole("heading", { name: "Who should attend" })).toBeVisible();
        await expect(area).toContainText(pack.attendees);
      }
      await expect(controls(page)).toHaveCount(0);
    });
  }

  test("a pack with no service name or team says so, and where to add them", async ({ page }) => {
    const pack = planData.callPacks[0]!;
    await page.goto("plan/");
    await page.getByRole("button", { name: `Print the pack for the ${pack.name}`, exact: true }).click();
    await page.emulateMedia({ media: "print" });
    const area = page.locator("[data-plan-print-area]");
    await expect(area).toContainText("Service name not set.");
    await expect(area).toContainText("Add your service's name on the team plan");
    await expect(area).toContainText("No team members added yet.");
    for (const question of planData.questions) {
      const row = area.locator(".nhsuk-summary-list__row", { hasText: question.question });
      await expect(row.locator(".nhsuk-summary-list__value")).toHaveText("Not answered");
    }
  });
});
