// npm run review (scripts/review.js, lib/review-report.js): the items past their review date, oldest
// first, with their sources; a non-zero exit when any is overdue. "Today" is always given, so no test
// here changes its result as the calendar moves on.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { loadGuideData } from "../../lib/data/load-guide-data.js";
import { overdueItems, reviewReport, staleSources, staleSourcesReport } from "../../lib/review-report.js";

const FIXTURE = "tests/fixtures/changes-and-reviews";

/** Runs the review script as `npm run review` does, on the fixture, as if on `today`. */
function review(today, data = FIXTURE) {
  return spawnSync(process.execPath, ["scripts/review.js", "--today", today, "--data", data], { encoding: "utf8" });
}

describe("the review report", () => {
  test("lists what is overdue, longest overdue first", async () => {
    const guide = await loadGuideData(FIXTURE, { today: "2026-07-02" });
    assert.deepEqual(
      overdueItems(guide.reviewItems, "2026-07-02").map((i) => `${i.nextReviewDue} ${i.kind} ${i.id}`),
      [
        "2025-11-29 term thing",
        "2026-03-31 action do-a-thing",
        "2026-07-01 step first-step",
        "2026-07-01 action do-another-thing",
        "2026-07-01 term another-term",
      ],
    );
  });

  test("names each overdue item with its dates, owner, page and the sources to check it against", async () => {
    const guide = await loadGuideData(FIXTURE, { today: "2026-04-15" });
    assert.equal(
      reviewReport(guide.reviewItems, "2026-04-15"),
      [
        "2 items are past the next review date on 2026-04-15, oldest first:",
        "",
        "2025-11-29  term thing: Thing (last reviewed 2025-06-01; page /glossary/#thing)",
        "              Source: https://example.org/thing",
        "2026-03-31  action do-a-thing: 1.1 Do a thing (last reviewed 2025-10-01, owner Alex Smith; page /steps/first-step/#do-a-thing)",
        "              Source: https://example.org/a",
      ].join("\n"),
    );
  });

  test("the script exits 1 when anything is overdue", () => {
    const run = review("2026-04-15");
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^2 items are past the next review date on 2026-04-15/);
  });

  test("the script exits 0 and says what is due next when nothing is overdue", () => {
    // The minimal fixture has only the site's review dates: everything is next due on 2026-07-01.
    const run = review("2026-07-01", "tests/fixtures/minimal");
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout.trim(),
      [
        "Nothing is past its review date on 2026-07-01. The next review is due on 2026-07-01 (step first-step).",
        "",
        "Every source was checked on or after 2026-01-01.",
      ].join("\n"),
    );
  });

  test("the script exits 2 and names the problems when the data is bad", () => {
    const run = review("2026-04-15", "tests/fixtures/bad-changes");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /The guide's data has \d+ problems:/);
    assert.doesNotMatch(run.stderr, /^ {4}at /m);
  });
});

describe("sources not checked in the last six months", () => {
  const STALE = "tests/fixtures/stale-sources";

  test("are listed oldest first, each address once at its oldest check, and one checked six months ago to the day is fresh", async () => {
    const guide = await loadGuideData(STALE, { today: "2026-12-07" });
    assert.deepEqual(
      staleSources(guide.sources, "2026-12-07").map((s) => `${s.checked} ${s.url}`),
      [
        "2025-09-30 https://example.org/thing",
        "2026-01-15 https://example.org/a",
        "2026-03-01 https://example.org/first",
        "2026-03-01 https://example.org/code",
        "2026-06-06 https://example.org/form",
      ],
    );
  });

  test("the report names each stale source with its title, address and the pages that cite it", async () => {
    const guide = await loadGuideData(STALE, { today: "2026-12-07" });
    const report = staleSourcesReport(guide.sources, "2026-12-07").split("\n");
    assert.equal(report[0], "5 sources were last checked before 2026-06-07, oldest first:");
    assert.equal(report[2], "2025-09-30  Source: https://example.org/thing");
    assert.equal(report[3], "              cited on /steps/first-step/#do-another-thing, /glossary/#thing");
  });

  test("the script lists them after the overdue items and exits 1", () => {
    const run = review("2026-12-07", STALE);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^5 sources were last checked before 2026-06-07, oldest first:$/m);
  });

  test("a guide whose sources are all fresh says so", async () => {
    const guide = await loadGuideData(STALE, { today: "2026-12-07" });
    assert.equal(staleSourcesReport(guide.sources, "2026-03-31"), "Every source was checked on or after 2025-09-30.");
  });
});
