import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { bankHolidays, planBankHolidays } from "../../../lib/data/bank-holidays.js";

describe("bank holidays of England and Wales", () => {
  test("Christmas 2026 brings Christmas Day, Boxing Day and Boxing Day's substitute, Monday 28 December", () => {
    const days = bankHolidays(2026, 2026);
    for (const day of ["2026-12-25", "2026-12-26", "2026-12-28"]) assert.ok(days.includes(day), day);
    assert.ok(!days.includes("2026-12-27"));
  });

  test("Easter and the May and August bank holidays come from the rules, not a list", () => {
    const days = bankHolidays(2027, 2027);
    for (const day of ["2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30"]) assert.ok(days.includes(day), day);
  });

  test("observances that are not days off are left out", () => {
    // Mother's Day 2026 (15 March) is a Sunday observance, not a bank holiday.
    assert.ok(!bankHolidays(2026, 2026).includes("2026-03-15"));
  });

  test("each day is listed once, in order, YYYY-MM-DD", () => {
    const days = bankHolidays(2026, 2028);
    assert.deepEqual(days, [...new Set(days)].sort());
    for (const day of days) assert.match(day, /^\d{4}-\d{2}-\d{2}$/);
  });

  test("a plan made today can meet the holidays of last year to five years on", () => {
    const days = planBankHolidays("2026-06-01");
    assert.equal(days[0], "2025-01-01");
    assert.ok(days.at(-1)?.startsWith("2031-12-"));
  });
});
