import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bankHolidays } from "../../../lib/data/bank-holidays.js";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { emptyPlan } from "../../../src/scripts/progress/plan-data";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { GuideDataError } from "../../../lib/data/problems.js";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";
import type { ScheduleSettings } from "../../../src/scripts/progress/schedule-settings";
import {
  longestChainToGoLive,
  planLength,
  suggestedDates,
  targetDates,
  targetsBeforePrerequisites,
} from "../../../src/scripts/plan/schedule";
import { isWorkingDay } from "../../../src/scripts/plan/working-days";

// The guide's own actions and schedule settings, as the page hands them to the browser, and the holidays the build lists.
const guide = await loadGuideData("_data");
const actions = JSON.parse(actionManifestJson(guide.actions)) as ActionInfo[];
const schedule: ScheduleSettings = { defaultWeeks: guide.plan.defaultWeeks, goLiveAction: guide.plan.goLiveAction ?? "" };
const weeks = schedule.defaultWeeks;
const holidays = new Set(bankHolidays(2026, 2028));
const at = "2026-11-20T10:00:00.000Z";

function planWith(start: string, goLive?: string) {
  const plan = emptyPlan();
  plan.dates.start = { value: start, at };
  if (goLive) plan.dates.goLive = { value: goLive, at };
  return plan;
}

describe("suggested dates", () => {
  test("no suggested date falls on a weekend or a bank holiday, over Christmas 2026", () => {
    const suggested = suggestedDates(actions, planWith("2026-11-02"), schedule, holidays);
    assert.equal(suggested.size, actions.length);
    for (const [id, day] of suggested) assert.ok(isWorkingDay(day, holidays), `${id}: ${day}`);
    const days = [...suggested.values()].sort();
    assert.ok((days[0] ?? "") < "2026-12-25" && (days.at(-1) ?? "") > "2026-12-28", "the plan spans Christmas");
  });

  test("suggested dates never come before an action's prerequisites, and follow process order", () => {
    const suggested = suggestedDates(actions, planWith("2026-11-02"), schedule, holidays);
    for (const action of actions)
      for (const id of action.after) assert.ok((suggested.get(id) ?? "") <= (suggested.get(action.id) ?? ""), `${action.id} after ${id}`);
    const inOrder = actions.map((a) => suggested.get(a.id) ?? "");
    assert.deepEqual(inOrder, [...inOrder].sort());
  });

  test("going live falls on the go-live date when it is a working day, and on the working day before when not", () => {
    const goLive = schedule.goLiveAction;
    assert.equal(suggestedDates(actions, planWith("2027-01-04", "2027-06-01"), schedule, holidays).get(goLive), "2027-06-01");
    assert.equal(suggestedDates(actions, planWith("2026-11-02", "2026-12-28"), schedule, holidays).get(goLive), "2026-12-24");
  });

  test("the team's own target date wins over the suggested one", () => {
    const plan = planWith("2026-11-02");
    const id = actions[0]?.id ?? "";
    plan.actions[id] = { target: { value: "2026-12-25", at } };
    assert.equal(targetDates(actions, plan, schedule, holidays).get(id), "2026-12-25");
  });
});

describe("the plan's length", () => {
  test("with a go-live date, the working days from the start to going live", () => {
    assert.deepEqual(planLength(actions, planWith("2026-12-21", "2026-12-31"), schedule, holidays), {
      start: "2026-12-21",
      end: "2026-12-31",
      endsAt: "go-live",
      workingDays: 7,
    });
  });

  test("without one, the working days to the last suggested date, within the default weeks", () => {
    const length = planLength(actions, planWith("2027-01-04"), schedule, holidays);
    assert.equal(length?.endsAt, "last-suggested");
    assert.ok((length?.workingDays ?? 0) <= weeks * 5 && (length?.workingDays ?? 0) > weeks * 5 - 5);
  });

  test("no start date, no length", () => {
    assert.equal(planLength(actions, emptyPlan(), schedule, holidays), null);
  });
});

describe("the longest chain before going live", () => {
  const chain = longestChainToGoLive(actions, schedule);

  test("the longest chain before going live counts its actions, going live included", () => {
    assert.ok(chain > 1);
    const mini: ActionInfo[] = ["a", "b", "c"].map((id, k) => ({
      ...(actions[0] as ActionInfo),
      id,
      stepId: k === 2 ? "last" : "first",
      after: k === 0 ? [] : [["a", "b", "c"][k - 1] as string],
    }));
    assert.equal(longestChainToGoLive(mini, { ...schedule, goLiveAction: "c" }), 3);
    assert.equal(longestChainToGoLive(mini, { ...schedule, goLiveAction: "b" }), 2);
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
    assert.equal(targetsBeforePrerequisites(actions, suggestedDates(actions, planWith("2026-11-02"), schedule, holidays)).size, 0);
  });
});

describe("which action is going live", () => {
  test("plan.yaml names the go-live action, and it is one of the guide's actions", () => {
    assert.ok(
      actions.some((a) => a.id === schedule.goLiveAction),
      `goLiveAction "${schedule.goLiveAction}"`,
    );
  });

  test("whichever action plan.yaml names is the one a go-live date falls on", () => {
    const other = actions.find((a) => a.id !== schedule.goLiveAction && a.after.length > 0) as ActionInfo;
    const suggested = suggestedDates(actions, planWith("2027-01-04", "2027-06-01"), { ...schedule, goLiveAction: other.id }, holidays);
    assert.equal(suggested.get(other.id), "2027-06-01");
  });

  test("when plan.yaml names none, going live is the plan's last action", () => {
    const last = actions.at(-1) as ActionInfo;
    const suggested = suggestedDates(actions, planWith("2027-01-04", "2027-06-01"), { ...schedule, goLiveAction: "" }, holidays);
    assert.equal(suggested.get(last.id), "2027-06-01");
  });

  test("without a default length, dates are suggested only once there is a go-live date", () => {
    const unknown = { ...schedule, defaultWeeks: 0 };
    assert.equal(suggestedDates(actions, planWith("2027-01-04"), unknown, holidays).size, 0);
    assert.equal(suggestedDates(actions, planWith("2027-01-04", "2027-06-01"), unknown, holidays).size, actions.length);
  });

  test("a go-live action that names no action stops the build, naming the id", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "go-live-"));
    try {
      cpSync("_data", dir, { recursive: true });
      const planFile = path.join(dir, "plan.yaml");
      writeFileSync(planFile, readFileSync(planFile, "utf8").replace(/^goLiveAction: .*$/m, "goLiveAction: no-such-action"));
      const error: unknown = await loadGuideData(dir).then(
        () => assert.fail("the data should have been rejected"),
        (e: unknown) => e,
      );
      assert.ok(error instanceof GuideDataError);
      const problems: unknown[] = Array.isArray(error.problems) ? error.problems : [];
      // The only problem, named as every data problem is: file › field: what is wrong.
      assert.deepEqual(
        problems.map((problem) => String(problem).replace(/^.*plan\.yaml/, "plan.yaml")),
        ['plan.yaml › goLiveAction: no action with id "no-such-action"'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
