// What teammates type (names, owners, notes) reaches other browsers by shared links and files, so
// it is shown and exported as text that cannot disturb what is around it: a right-to-left override
// in a name stays inside the name, and the spreadsheet dates a tick on the day the page shows.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parseCsv } from "./csv";
import { guide } from "./guide-model";
import { PROGRESS_KEY } from "./helpers";

/** A name starting with U+202E RIGHT-TO-LEFT OVERRIDE: unisolated, it turns around all the text after it. */
const OVERRIDING_NAME = "\u202EAsha";

const [first, second] = guide.actions;
if (!first || !second) throw new Error("These tests need two actions in the guide");

/** One field of a version-2 plan, as a browser saved it before storage version 3 (still read, and upgraded). */
interface Version2Field {
  value: string;
  at: string;
  by?: string;
}

/** Saves a version-2 plan holding `actions`, then reloads the page so it reads it. */
async function seedPlan(page: Page, actions: Record<string, Record<string, Version2Field>>): Promise<void> {
  const plan = { version: 2, actions, dates: {}, answers: {} };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(plan)]);
  await page.reload();
}

/** Where each of `parts` is drawn inside `element`: the box of its first occurrence after the part before it. */
async function boxesOf(element: Locator, parts: readonly string[]): Promise<DOMRect[]> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Array<{ node: Text; start: number }> = [];
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent ?? "";
    }
    /** The text node and offset holding the character at `index` of the element's text. */
    const locate = (index: number): [Text, number] => {
      const at = [...nodes].reverse().find((n) => n.start <= index) ?? nodes[0]!;
      return [at.node, index - at.start];
    };
    let from = 0;
    return wanted.map((part) => {
      const index = text.indexOf(part, from);
      if (index < 0) throw new Error(`"${part}" is not in "${text}"`);
      from = index + part.length;
      const range = document.createRange();
      range.setStart(...locate(index));
      range.setEnd(...locate(index + part.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
  }, parts);
}

/** True when each box is drawn after the one before it, as English reads: further right on its line, or on a later line. */
function inReadingOrder(boxes: readonly DOMRect[]): boolean {
  return boxes.every((box, i) => {
    const before = boxes[i - 1];
    if (!before) return true;
    if (box.top >= before.bottom - 1) return true;
    return Math.abs(box.top - before.top) < 2 && box.left >= before.right - 1;
  });
}

test.describe("a name holding a right-to-left override", () => {
  test("on the checklist, the name is isolated and the words after it stay after it", async ({ page }) => {
    await page.goto("checklist/");
    await seedPlan(page, { [first.id]: { status: { value: "done", at: "2026-11-24T20:30:00.000Z", by: OVERRIDING_NAME } } });
    const state = page.locator(`[data-action-state="${first.id}"]`);
    await expect(state).toContainText(/ on \d{1,2} \w+ \d{4}$/);
    expect.soft(await state.locator("bdi").evaluateAll((names) => names.map((name) => name.textContent))).toEqual([OVERRIDING_NAME]);
    const boxes = await boxesOf(state, ["Done by", OVERRIDING_NAME, " on ", "2026"]);
    expect(inReadingOrder(boxes), JSON.stringify(boxes)).toBe(true);
  });

  test("in the printed plan, the status keeps its words in order, and owners and notes are isolated", async ({ page }) => {
    await page.goto("plan/");
    const at = "2026-11-24T20:30:00.000Z";
    await seedPlan(page, {
      [first.id]: {
        status: { value: "done", at, by: OVERRIDING_NAME },
        owner: { value: OVERRIDING_NAME, at },
        notes: { value: "\u202Ecall them first", at },
      },
    });
    await page.getByRole("button", { name: "Print the plan", exact: true }).click();
    await page.emulateMedia({ media: "print" });
    const row = page.locator("[data-plan-print-area] tbody tr").filter({ hasText: first.title });
    await expect(row).toHaveCount(1);
    const [, status, owner, , notes] = await row.locator("td").all();
    if (!status || !owner || !notes) throw new Error("The printed row has fewer cells than its header");

    expect.soft(await status.locator("bdi").evaluateAll((names) => names.map((name) => name.textContent))).toEqual([OVERRIDING_NAME]);
    const boxes = await boxesOf(status, ["Done by", OVERRIDING_NAME, " on ", "2026"]);
    expect(inReadingOrder(boxes), JSON.stringify(boxes)).toBe(true);
    // Isolated by dir="auto" on the cell, or by a <bdi> holding all of its text.
    for (const cell of [owner, notes]) {
      const isolated = await cell.evaluate(
        (td: HTMLTableCellElement) => td.dir === "auto" || (td.childNodes.length === 1 && td.firstElementChild?.localName === "bdi"),
      );
      expect.soft(isolated, await cell.innerHTML()).toBe(true);
    }
  });
});

test.describe("the spreadsheet's done date", () => {
  // Ticked late in the evening in the UK, and early the next morning: Auckland shows both on the later
  // UTC day, Los Angeles both on the earlier, so in each one of the two is a different day from UTC's.
  const ticks = { [first.id]: "2026-11-24T20:30:00.000Z", [second.id]: "2026-11-25T03:30:00.000Z" };
  const zones = { "Pacific/Auckland": "2026-11-25", "America/Los_Angeles": "2026-11-24" };
  const MONTHS = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(Date.UTC(2026, month, 1)),
  );

  /** "2026-11-25" for the day a state's words name ("Done on 25 November 2026"). */
  function dayShown(state: string): string {
    const [, day, month, year] = /(\d{1,2}) (\w+) (\d{4})/.exec(state) ?? [];
    return `${year}-${String(MONTHS.indexOf(month ?? "") + 1).padStart(2, "0")}-${(day ?? "").padStart(2, "0")}`;
  }

  for (const [timezoneId, expected] of Object.entries(zones)) {
    test(`is the day the page shows, in ${timezoneId}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL ?? "", timezoneId });
      const page = await context.newPage();
      await page.goto("checklist/");
      const actions = Object.fromEntries(Object.entries(ticks).map(([id, at]) => [id, { status: { value: "done", at } }]));
      await seedPlan(page, actions);

      const downloading = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download as a spreadsheet (CSV)", exact: true }).click();
      const [header = [], ...rows] = parseCsv((await readFile(await (await downloading).path())).toString("utf8").replace(/^\uFEFF/, ""));
      const doneDate = header.indexOf("Done date");
      for (const id of Object.keys(ticks)) {
        const shown = dayShown((await page.locator(`[data-action-state="${id}"]`).textContent()) ?? "");
        expect(shown, `the day the page shows for ${id}`).toBe(expected);
        const row = rows.find((cells) => cells.at(-1)?.endsWith(`#${id}`));
        expect(row?.[doneDate], `the done date of ${id}`).toBe(shown);
      }
      await context.close();
    });
  }
});
