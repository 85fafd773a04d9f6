import { test } from "node:test";
import assert from "node:assert/strict";
import { latestChangeFinders, newestFirst } from "../../../../lib/data/model/change-log.js";

const entry = (id, date, actions = []) => ({ id, date, title: id, summary: `About ${id}.`, kind: "guide", actions, sources: [] });

test("the log runs newest first, and entries of one date keep the file's order", () => {
  const log = newestFirst([entry("old", "2026-01-01"), entry("first", "2026-03-01"), entry("second", "2026-03-01")]);
  assert.deepEqual(
    log.map((e) => e.id),
    ["first", "second", "old"],
  );
});

test("an item's latest change is the newest entry that names it, and null when none does", () => {
  const latest = latestChangeFinders(newestFirst([entry("older", "2026-01-01", ["a"]), entry("newer", "2026-02-01", ["a"])]));
  assert.deepEqual(latest.action("a"), {
    id: "newer",
    date: "2026-02-01",
    summary: "About newer.",
    url: "/changes/#newer",
    dateText: "1 February 2026",
  });
  assert.equal(latest.action("b"), null);
  assert.equal(latest.step("a"), null);
});
