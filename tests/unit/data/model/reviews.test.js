import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { pageReview, reviewItems, reviewOf } from "../../../../lib/data/model/reviews.js";

// A site reviewed every 181 days.
const site = { lastReviewed: "2026-01-01", nextReviewDue: "2026-07-01" };

describe("an item's review", () => {
  test("without its own date is the site's", () => {
    assert.deepEqual(reviewOf({}, site), { reviewed: "2026-01-01", nextReviewDue: "2026-07-01", owner: null });
  });

  test("with its own date falls due the site's interval later, and names its owner", () => {
    assert.deepEqual(reviewOf({ reviewed: "2026-03-01", owner: "Sam" }, site), {
      reviewed: "2026-03-01",
      nextReviewDue: "2026-08-29",
      owner: "Sam",
    });
  });
});

describe("a page's review", () => {
  test("is as fresh as its stalest item and due when its earliest-due one is", () => {
    const reviews = [reviewOf({ reviewed: "2026-03-01" }, site), reviewOf({}, site), reviewOf({ reviewed: "2025-12-01" }, site)];
    assert.deepEqual(pageReview(reviews), { lastReviewed: "2025-12-01", nextReviewDue: "2026-05-31" });
  });

  test("is null for a page with no items, which then shows the site's dates", () => {
    assert.equal(pageReview([]), null);
  });
});

test("an item is overdue only once its next review date has passed", () => {
  const item = { kind: /** @type {const} */ ("step"), id: "a", title: "A", url: "/steps/a/", sources: [], ...reviewOf({}, site) };
  assert.deepEqual(
    [site.nextReviewDue, "2026-07-02"].map((today) => reviewItems([item], today)[0]?.overdue),
    [false, true],
  );
});
