import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { describeReadReport } from "../../../src/scripts/components/progress-messages";
import type { ReadReport } from "../../../src/scripts/progress/stored-plan";

const KEPT = "A copy of what was saved is kept in this browser, not deleted.";
const NOT_SAVED = "your ticks are not saved: they stay on this page until you leave.";
const REJECTED = [{ id: "go-live", why: 'its status "finished" is unknown' }];

/** Every report the store can make, and some its type allows: found × what was wrong × kept aside × newer version. */
const reports: ReadReport[] = (["load", "other-tab"] as const).flatMap((found) =>
  [
    { unreadable: "it is not valid JSON", rejected: [] },
    { unreadable: null, rejected: REJECTED },
  ].flatMap((wrong) =>
    [true, false].flatMap((keptAside) => [null, 4].map((newerVersion) => ({ found, ...wrong, keptAside, newerVersion }))),
  ),
);

const name = (r: ReadReport) =>
  `found ${r.found === "load" ? "on opening" : "from another tab"}, ${r.unreadable ? "unreadable" : "partly read"}, ` +
  `${r.keptAside ? "copied aside" : "with no room for a copy"}${r.newerVersion ? ", from a newer version" : ""}`;

describe("what the page says about saved progress it could not all read", () => {
  test("every combination is covered, once", () => {
    assert.equal(new Set(reports.map(name)).size, 16);
  });

  for (const report of reports) {
    describe(name(report), () => {
      const message = describeReadReport(report);

      test("says where the progress came from", () => {
        if (report.found === "other-tab") assert.match(message, /^Another tab or program saved progress that this page could not/);
        else assert.match(message, /^The progress saved in this browser could not/);
      });

      test("claims a save only where there was one, and never says both", () => {
        const saysSaved = message.includes("have been saved again");
        const saysNotSaved = message.includes(NOT_SAVED);
        assert.ok(!(saysSaved && saysNotSaved), "says both that the ticks were saved and that they are not");
        // Without a copy aside the store writes nothing, so the ticks are not saved.
        assert.equal(saysNotSaved, !report.keptAside);
        // Only ticks that were on the page, merged with another tab's, are saved again.
        assert.equal(saysSaved, report.keptAside && report.found === "other-tab");
        assert.doesNotMatch(message, /nothing will be saved over it/);
      });

      test("says a copy is kept only when it is", () => {
        assert.equal(message.includes(KEPT.slice(0, -1)), report.keptAside);
      });

      test("says what the page starts from", () => {
        // Unreadable on opening: the page starts without it. Arriving from another tab, the page keeps its ticks.
        assert.equal(message.includes("This page starts without it."), report.unreadable !== null && report.found === "load");
        if (report.unreadable === null) {
          assert.match(
            message,
            /1 entry could not be read and is left out: “go-live” \(its status "finished" is unknown\)\. Every other entry is shown\./,
          );
        } else assert.match(message, /\(it is not valid JSON\)/);
      });

      test("names a newer version only when there is one, and claims to show it only when something is shown", () => {
        assert.equal(message.includes("It was saved by a newer version of this guide (version 4)"), report.newerVersion === 4);
        assert.equal(
          message.includes("everything this version understands is shown"),
          report.newerVersion === 4 && report.unreadable === null,
        );
      });
    });
  }
});

describe("when the copy was kept aside but saving then failed", () => {
  for (const found of ["load", "other-tab"] as const) {
    test(`(found ${found === "load" ? "on opening" : "from another tab"}) it says the copy is kept and the ticks are not saved`, () => {
      const message = describeReadReport(
        { found, unreadable: "it is not valid JSON", rejected: [], newerVersion: null, keptAside: true },
        "full",
      );
      assert.match(
        message,
        /A copy of what was saved is kept in this browser, not deleted, but this browser's storage is full, so your ticks are not saved/,
      );
      assert.doesNotMatch(message, /saved again/);
    });
  }
});

test("the messages read as the team sees them", () => {
  const report = (found: ReadReport["found"], keptAside: boolean): ReadReport => ({
    found,
    unreadable: "it is not valid JSON",
    rejected: [],
    newerVersion: null,
    keptAside,
  });
  assert.equal(
    describeReadReport(report("other-tab", false), "full"),
    "Another tab or program saved progress that this page could not read (it is not valid JSON). This browser's storage is too full to keep a copy of what was saved, so it is left as it is, and your ticks are not saved: they stay on this page until you leave. Use Export progress to keep a copy.",
  );
  assert.equal(
    describeReadReport(report("other-tab", true)),
    "Another tab or program saved progress that this page could not read (it is not valid JSON). The ticks on this page are kept and have been saved again. A copy of what was saved is kept in this browser, not deleted.",
  );
  assert.equal(
    describeReadReport(report("load", true)),
    "The progress saved in this browser could not be read (it is not valid JSON). This page starts without it. A copy of what was saved is kept in this browser, not deleted.",
  );
  assert.equal(
    describeReadReport({ found: "load", unreadable: null, rejected: [], newerVersion: 4, keptAside: true }),
    "The progress saved in this browser could not all be read. It was saved by a newer version of this guide (version 4); everything this version understands is shown. A copy of what was saved is kept in this browser, not deleted.",
  );
});
