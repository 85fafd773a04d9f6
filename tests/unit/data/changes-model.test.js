// The change log and review dates in the model templates render (lib/data/build-model.js), from
// tests/fixtures/changes-and-reviews, read as if built on a fixed day.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";

const TODAY = "2026-04-15";

describe("the change log in the model", () => {
  /** @type {Awaited<ReturnType<typeof loadGuideData>>} */
  let guide;
  before(async () => {
    guide = await loadGuideData("tests/fixtures/changes-and-reviews", { today: TODAY });
  });

  test("lists entries newest first, keeping the file's order within a day", () => {
    assert.deepEqual(
      guide.changes.map((c) => c.id),
      ["form-changed", "thing-reworded", "form-reported"],
    );
  });

  test("gives each action and document its latest change as { id, date, summary, url, dateText }, or null", () => {
    const [first, second] = guide.actions;
    const latest = {
      id: "form-changed",
      date: "2026-03-02",
      summary: "The form asks for one more thing.",
      url: "/changes/#form-changed",
      dateText: "2 March 2026",
    };
    assert.deepEqual(first?.latestChange, latest);
    assert.equal(second?.latestChange, null);
    assert.deepEqual(guide.documents[0]?.latestChange, latest);
  });

  test("gives steps and glossary terms the latest change that names them", () => {
    assert.equal(guide.steps[0]?.latestChange?.id, "thing-reworded");
    assert.equal(guide.glossary.terms.find((t) => t.id === "thing")?.latestChange?.id, "thing-reworded");
    assert.equal(guide.glossary.terms.find((t) => t.id === "another-term")?.latestChange, null);
  });

  test("links each entry to what it concerns, at the addresses pages use", () => {
    const [changed, reworded] = guide.changes;
    assert.deepEqual(
      changed?.actions.map((a) => a.url),
      ["/steps/first-step/#do-a-thing"],
    );
    assert.deepEqual(
      changed?.documents.map((d) => d.pageUrl),
      ["/documents/a-form/"],
    );
    assert.deepEqual(
      reworded?.terms.map((t) => t.url),
      ["/glossary/#thing"],
    );
    assert.deepEqual(
      reworded?.steps.map((s) => s.url),
      ["/steps/first-step/"],
    );
  });

  test("files each entry under the steps it matters to, for the per-step pages", () => {
    assert.deepEqual(
      guide.changeSteps.map((s) => [s.changesUrl, s.changes.map((c) => c.id)]),
      [["/changes/step/first-step/", ["form-changed", "thing-reworded", "form-reported"]]],
    );
  });

  test("shows a date only as exactly as it is known, and keeps a third party's report marked as such", () => {
    const reported = guide.changes[2];
    assert.equal(reported?.dateText, "December 2025");
    assert.equal(reported?.confidence, "third-party");
    assert.equal(guide.changes[0]?.confidence, "official");
  });

  test("has a feed, dated by its newest entry", () => {
    assert.deepEqual(guide.feed, { url: "/changes.xml", updated: "2026-03-02" });
  });
});

describe("review dates in the model", () => {
  /** @type {Awaited<ReturnType<typeof loadGuideData>>} */
  let guide;
  before(async () => {
    guide = await loadGuideData("tests/fixtures/changes-and-reviews", { today: TODAY });
  });

  test("an item without its own review date has the site's; one with it is next due the site's interval later", () => {
    // The site reviews every 181 days (2026-01-01 to 2026-07-01).
    assert.deepEqual(guide.actions[1]?.review, { reviewed: "2026-01-01", nextReviewDue: "2026-07-01", owner: null });
    assert.deepEqual(guide.actions[0]?.review, { reviewed: "2025-10-01", nextReviewDue: "2026-03-31", owner: "Alex Smith" });
    assert.deepEqual(guide.documents[0]?.review, { reviewed: "2026-02-01", nextReviewDue: "2026-08-01", owner: null });
  });

  test("a page is due when its earliest-due item is, and was last reviewed when its stalest item was", () => {
    assert.deepEqual(guide.steps.find((st) => st.id === "first-step")?.pageReview, {
      lastReviewed: "2025-10-01",
      nextReviewDue: "2026-03-31",
    });
    assert.deepEqual(guide.documents.find((d) => d.id === "a-form")?.pageReview, {
      lastReviewed: "2026-02-01",
      nextReviewDue: "2026-08-01",
    });
    assert.deepEqual(guide.glossary.pageReview, { lastReviewed: "2025-06-01", nextReviewDue: "2025-11-29" });
    assert.deepEqual(guide.roles.find((r) => r.id === "technical")?.pageReview, {
      lastReviewed: "2026-01-01",
      nextReviewDue: "2026-07-01",
    });
  });

  test("the overview, checklist and library pages take theirs from every action and step, and every document", () => {
    assert.deepEqual(guide.processReview, { lastReviewed: "2025-10-01", nextReviewDue: "2026-03-31" });
    assert.deepEqual(guide.libraryReview, guide.documents.find((d) => d.id === "a-form")?.pageReview);
    assert.deepEqual(
      guide.libraryPages.find((view) => view.rows.some((r) => r.id === "a-form"))?.pageReview,
      guide.documents.find((d) => d.id === "a-form")?.pageReview,
    );
  });

  test("marks as overdue the items whose next review date has passed on the given day", () => {
    assert.deepEqual(
      guide.reviewItems.filter((i) => i.overdue).map((i) => `${i.kind} ${i.id}`),
      ["action do-a-thing", "term thing"],
    );
  });
});
