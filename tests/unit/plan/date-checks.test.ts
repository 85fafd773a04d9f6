// Refusing a start or go-live date that cannot be saved (plan/date-checks.ts), with words that say what
// to fix. The shortest plan allowed is the guide's own longest chain of actions before going live.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { bankHolidays } from "../../../lib/data/bank-holidays.js";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { dateProblem } from "../../../src/scripts/plan/date-checks";
import { longestChainToGoLive } from "../../../src/scripts/plan/schedule";
import { addWorkingDays } from "../../../src/scripts/plan/working-days";

const guide = await loadGuideData("_data");
const actions = JSON.parse(actionManifestJson(guide.actions)) as ActionInfo[];
const chain = longestChainToGoLive(actions, { defaultWeeks: guide.plan.defaultWeeks, goLiveAction: guide.plan.goLiveAction ?? "" });
const holidays = new Set(bankHolidays(2026, 2028));
const describeDay = (day: string) => day;

describe("dates that cannot be saved", () => {
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

  test("a start date too close to going live is refused on the start date, naming the go-live date", () => {
    const problem = dateProblem("start", "2026-12-21", "2026-12-22", chain, describeDay, holidays);
    assert.equal(problem?.field, "start");
    assert.match(problem?.message ?? "", /Start date must be earlier: .* going live on 2026-12-22/);
  });

  test("an empty date, or one with no other date to compare, is allowed", () => {
    assert.equal(dateProblem("goLive", "", "2027-02-01", chain, describeDay, holidays), null);
    assert.equal(dateProblem("start", "2027-02-01", "", chain, describeDay, holidays), null);
  });
});
