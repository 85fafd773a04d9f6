// Calendar arithmetic for the plan (plan/working-days.ts): weekends and bank holidays are skipped,
// counts include both ends, and months roll over as a calendar does.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { bankHolidays } from "../../../lib/data/bank-holidays.js";
import {
  addDays,
  addMonths,
  addWorkingDays,
  countWorkingDays,
  firstWorkingDay,
  isWorkingDay,
  today,
} from "../../../src/scripts/plan/working-days";

const holidays = new Set(bankHolidays(2026, 2028));

describe("working days", () => {
  test("weekends and bank holidays are not working days", () => {
    assert.equal(isWorkingDay("2026-12-24", holidays), true);
    for (const day of ["2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"]) assert.equal(isWorkingDay(day, holidays), false, day);
  });

  test("adding working days steps over Christmas 2026", () => {
    assert.equal(addWorkingDays("2026-12-24", 1, holidays), "2026-12-29");
    assert.equal(addWorkingDays("2026-12-26", 0, holidays), "2026-12-29");
  });

  test("a day that is not a working day moves on to the next one that is", () => {
    assert.equal(firstWorkingDay("2026-12-25", holidays), "2026-12-29");
    assert.equal(firstWorkingDay("2026-12-24", holidays), "2026-12-24");
  });

  test("counting includes both ends", () => {
    assert.equal(countWorkingDays("2026-12-21", "2026-12-31", holidays), 7);
    assert.equal(countWorkingDays("2026-12-31", "2026-12-21", holidays), 0);
  });
});

describe("days and months", () => {
  test("adding days crosses months, years and the clocks going back without losing a day", () => {
    assert.equal(addDays("2026-12-31", 1), "2027-01-01");
    assert.equal(addDays("2026-10-24", 2), "2026-10-26");
    assert.equal(addDays("2027-03-01", -1), "2027-02-28");
  });

  test("adding a month to the 31st rolls over as a calendar does", () => {
    assert.equal(addMonths("2027-01-31", 1), "2027-03-03");
    assert.equal(addMonths("2026-11-15", 3), "2027-02-15");
  });

  test("today is the day in this browser's time zone", () => {
    const now = new Date(2026, 11, 7, 23, 30);
    assert.equal(today(now), "2026-12-07");
  });
});
