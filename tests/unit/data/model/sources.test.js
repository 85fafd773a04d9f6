import { test } from "node:test";
import assert from "node:assert/strict";
import { citedSources } from "../../../../lib/data/model/sources.js";

const source = (checked, title = `Checked ${checked}`) => ({ title, url: "https://example.org/page", checked });

test("a source cited on several pages is listed once, with each page once and its oldest check", () => {
  const cited = citedSources([
    [source("2026-03-01"), "/steps/a/"],
    [source("2026-01-01"), "/steps/b/"],
    [source("2026-02-01"), "/steps/a/"],
  ]);
  assert.deepEqual(cited, [
    { title: "Checked 2026-01-01", url: "https://example.org/page", checked: "2026-01-01", pages: ["/steps/a/", "/steps/b/"] },
  ]);
});
