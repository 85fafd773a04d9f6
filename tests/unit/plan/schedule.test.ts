import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { bankHolidays } from "../../../lib/data/bank-holidays.js";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";
import {
  addWorkingDays,
  countWorkingDays,
  dateProblem,
  isWorkingDay,
  longestChainToGoLive,
  planLength,
  suggestedDates,
  targetDates,
  targetsBeforePrerequisites,
} from "../../../src/scripts/plan/schedule";

// The guide's own actions, as the page hands them to the browser, and the holidays the build lists.
const guide = await loadGuideData("_data");
const actions = JSON.parse(actionManifestJson(guide.actions)) as ActionInfo[];
const holidays = new Set(bankHolidays(2026, 2028));
const at = "2026-11-20T10:00:00.000Z";
const describeDay = (day: string) => day;

function planWith(start: string, goLive?: string) {
  const plan = emptyPlan();
  plan.dates.start = { value: start, at };
  if (goLive) plan.dates.goLive = { value: goLive, at };
  return plan;
}

describe("working days", () => {
  test("weekends and bank holidays are not working days", () => {
    assert.equal(isWorkingDay("2026-12-24", holidays), true);
    for (const day of ["2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"]) assert.equal(isWorkingDay(day, holidays), false, day);
  });

  test("adding working days steps over Christmas 2026", () => {
    assert.equal(addWorkingDays("2026-12-24", 1, holidays), "2026-12-29");
    assert.equal(addWorkingDays("2026-12-26", 0, holidays), "2026-12-29");
  });

  test("counting includes both ends", () => {
    assert.equal(countWorkingDays("2026-12-21", "2026-12-31", holidays), 7);
    assert.equal(countWorkingDays("2026-12-31", "2026-12-21", holidays), 0);
  });
});

describe("suggested dates", () => {
  test("no suggested date falls on a weekend or a bank holiday, over Christmas 2026", () => {
    const suggested = suggestedDates(actions, planWith("2026-11-02"), 12, holidays);
    assert.equal(suggested.size, actions.length);
    for (const [id, day] of suggested) assert.ok(isWorkingDay(day, holidays), `${id}: ${day}`);
    const days = [...suggested.values()].sort();
    assert.ok((days[0] ?? "") < "2026-12-25" && (days.at(-1) ?? "") > "2026-12-28", "the plan spans Christmas");
  });

  test("suggested dates never come before an action's prerequisites, and follow process order", () => {
    const suggested = suggestedDates(actions, planWith("2026-11-02"), 12, holidays);
    for (const action of actions)
      for (const id of action.after) assert.ok((suggested.get(id) ?? "") <= (suggested.get(action.id) ?? ""), `${action.id} after ${id}`);
    const inOrder = actions.map((a) => suggested.get(a.id) ?? "");
    assert.deepEqual(inOrder, [...inOrder].sort());
  });

  test("going live falls on the go-live date when it is a working day, and on the working day before when not", () => {
    const goLive = actions.find((a) => a.stepId === actions.at(-1)?.stepId)?.id ?? "";
    assert.equal(suggestedDates(actions, planWith("2027-01-04", "2027-06-01"), 12, holidays).get(goLive), "2027-06-01");
    assert.equal(suggestedDates(actions, planWith("2026-11-02", "2026-12-28"), 12, holidays).get(goLive), "2026-12-24");
  });

  test("the team's own target date wins over the suggested one", () => {
    const plan = planWith("2026-11-02");
    const id = actions[0]?.id ?? "";
    plan.actions[id] = { target: { value: "2026-12-25", at } };
    assert.equal(targetDates(actions, plan, 12, holidays).get(id), "2026-12-25");
  });
});

describe("the plan's length", () => {
  test("with a go-live date, the working days from the start to going live", () => {
    assert.deepEqual(planLength(actions, planWith("2026-12-21", "2026-12-31"), 12, holidays), {
      start: "2026-12-21",
      end: "2026-12-31",
      endsAt: "go-live",
      workingDays: 7,
    });
  });

  test("without one, the working days to the last suggested date, within the default weeks", () => {
    const length = planLength(actions, planWith("2027-01-04"), 12, holidays);
    assert.equal(length?.endsAt, "last-suggested");
    assert.ok((length?.workingDays ?? 0) <= 12 * 5 && (length?.workingDays ?? 0) > 12 * 5 - 5);
  });

  test("no start date, no length", () => {
    assert.equal(planLength(actions, emptyPlan(), 12, holidays), null);
  });
});

describe("dates that cannot be saved", () => {
  const chain = longestChainToGoLive(actions);

  test("the longest chain before going live counts its actions, going live included", () => {
    assert.ok(chain > 1);
    const mini: ActionInfo[] = ["a", "b", "c"].map((id, k) => ({
      ...(actions[0] as ActionInfo),
      id,
      stepId: k === 2 ? "last" : "first",
      after: k === 0 ? [] : [["a", "b", "c"][k - 1] as string],
    }));
    assert.equal(longestChainToGoLive(mini), 3);
  });

  test("a go-live date before the start is refused, naming the start date", () => {
    assert.match(
      dateProblem("goLive", "2027-01-01", "2027-02-01", chain, describeDay, holidays)?.message ?? "",
      /on or after the start date \(2027-02-01\)/,
    );
    assert.match(
      dateProblem("start", "2027-02-01", "2027-01-01", chain, describeDay, holidays)?.message ?? "",
      /before the target go-live date/,
    );
  });

  test("a go-live date with fewer working days than the longest chain is refused, naming the earliest it can be", () => {
    const earliest = addWorkingDays("2026-12-21", chain - 1, holidays);
    const problem = dateProblem("goLive", "2026-12-22", "2026-12-21", chain, describeDay, holidays);
    assert.match(problem?.message ?? "", new RegExp(`${earliest} or later.*at least ${chain} working days`));
    assert.equal(dateProblem("goLive", earliest, "2026-12-21", chain, describeDay, holidays), null);
  });

  test("an empty date, or one with no other date to compare, is allowed", () => {
    assert.equal(dateProblem("goLive", "", "2027-02-01", chain, describeDay, holidays), null);
    assert.equal(dateProblem("start", "2027-02-01", "", chain, describeDay, holidays), null);
  });
});

describe("targets before a prerequisite's", () => {
  test("an action whose target is before the target of one it comes after is named, with that target", () => {
    const action = actions.find((a) => a.after.length > 0) as ActionInfo;
    const before = action.after[0] as string;
    const targets = new Map([
      [before, "2027-03-10"],
      [action.id, "2027-03-01"],
    ]);
    assert.deepEqual([...targetsBeforePrerequisites(actions, targets)], [[action.id, { before, date: "2027-03-10" }]]);
  });

  test("suggested dates are never flagged", () => {
    assert.equal(targetsBeforePrerequisites(actions, suggestedDates(actions, planWith("2026-11-02"), 12, holidays)).size, 0);
  });
});
