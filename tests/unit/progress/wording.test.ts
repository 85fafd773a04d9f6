import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { describeState, formatDay, formatMoment } from "../../../src/scripts/progress/wording";

describe("dates in words", () => {
  test("a calendar day reads the same in every time zone", () => {
    assert.equal(formatDay("2027-03-01"), "1 March 2027");
    assert.equal(formatDay("2026-12-31"), "31 December 2026");
  });

  test("a moment reads as its day in this time zone", () => {
    const noon = new Date(2026, 10, 3, 12);
    assert.equal(formatMoment(noon), "3 November 2026");
    assert.equal(formatMoment(noon.toISOString()), "3 November 2026");
  });
});

describe("an action's state in words", () => {
  const at = new Date(2026, 10, 3, 12).toISOString();

  test("done says when, and by whom when known", () => {
    assert.equal(describeState({ status: "done", updatedAt: at }), "Done on 3 November 2026");
    assert.equal(describeState({ status: "done", updatedAt: at, by: "AB" }), "Done by AB on 3 November 2026");
  });

  test("not applicable gives the reason when the team's answers rule the action out", () => {
    assert.equal(describeState({ status: "not-applicable", updatedAt: at }), "Not applicable");
    assert.equal(
      describeState({ status: "not-applicable", updatedAt: at, reason: "your service is not connected to GP systems through IM1" }),
      "Not applicable: your service is not connected to GP systems through IM1",
    );
  });

  test("an action with no state, or still to do, reads as the page's own words for it", () => {
    assert.equal(describeState({ status: "in-progress", updatedAt: at }), "In progress");
    assert.equal(describeState(undefined), "To do");
    assert.equal(describeState({ status: "todo", updatedAt: at }, "Not started"), "Not started");
  });
});
