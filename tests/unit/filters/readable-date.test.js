import { test } from "node:test";
import assert from "node:assert/strict";
import { readableDate } from "../../../lib/filters/readable-date.js";

test("writes an ISO date the NHS way", () => {
  assert.equal(readableDate("2026-11-24"), "24 November 2026");
  assert.equal(readableDate("2027-05-01"), "1 May 2027");
});

test("refuses something that is not a date", () => {
  assert.throws(() => readableDate("soon"), /not a YYYY-MM-DD date/);
});
