// The change log's pages, its feed and the latest change and review dates on other pages, built from
// tests/fixtures/changes-and-reviews. Links are checked by where they go; the end-to-end tests
// (tests/e2e/changes.spec.ts) parse the feed as XML and follow every link, plain and under a prefix.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { buildSite } from "../eleventy-build.js";

describe("the change log, built", () => {
  /** @type {Awaited<ReturnType<typeof buildSite>>} */
  let build;
  const file = (name) => readFile(path.join(build.outputDir, name), "utf8");
  const page = (url) => file(path.join(url, "index.html"));
  before(async () => {
    build = await buildSite("tests/fixtures/changes-and-reviews");
    assert.equal(build.code, 0, build.stderr);
  });
  after(() => rm(build.outputDir, { recursive: true, force: true }));

  test("/changes/ lists every entry newest first, each linked to what it concerns", async () => {
    const html = await page("changes");
    const ids = [...html.matchAll(/data-change-id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, ["form-changed", "thing-reworded", "form-reported"]);
    const formChanged = html.slice(html.indexOf('data-change-id="form-changed"'), html.indexOf('data-change-id="thing-reworded"'));
    assert.match(formChanged, /href="\/steps\/first-step\/#do-a-thing"/);
    assert.match(formChanged, /href="\/documents\/a-form\/"/);
    const reworded = html.slice(html.indexOf('data-change-id="thing-reworded"'), html.indexOf('data-change-id="form-reported"'));
    assert.match(reworded, /href="\/glossary\/#thing"/);
    assert.match(reworded, /href="\/steps\/first-step\/"/);
  });

  test("a page per step holds that step's entries, and the filter links to it", async () => {
    assert.match(await page("changes"), /href="\/changes\/step\/first-step\/"/);
    const html = await page("changes/step/first-step");
    assert.equal([...html.matchAll(/data-change-id="/g)].length, 3);
    assert.match(html, /aria-current="page"[^>]*>\s*<span class="nhsuk-contents-list__current">Step 1: First step \(3\)/);
  });

  test("a third party's report is marked, and its sources are not headed as official", async () => {
    const html = await page("changes");
    const reported = html.slice(html.indexOf('data-change-id="form-reported"'));
    assert.match(reported, /Not confirmed by NHS login/);
    assert.doesNotMatch(reported.slice(0, reported.indexOf("</section>")), /Official source/);
  });

  test("an action and a document show their latest change, linked to its entry", async () => {
    const step = await page("steps/first-step");
    assert.match(step, /<a href="\/changes\/#form-changed">Updated 2 March 2026<\/a>: The form asks for one more thing\./);
    const doc = await page("documents/a-form");
    assert.match(doc, /<a href="\/changes\/#form-changed">Updated 2 March 2026<\/a>/);
  });

  test("pages show review dates from their own items", async () => {
    assert.match(await page("steps/first-step"), /Page last reviewed: <span data-last-reviewed="2025-10-01">1 October 2025<\/span>/);
    assert.match(await page("steps/first-step"), /Next review due: <span data-next-review-due="2026-03-31">31 March 2026<\/span>/);
    assert.match(await page("documents/a-form"), /Next review due: <span data-next-review-due="2026-08-01">1 August 2026<\/span>/);
    // A page with no items of its own shows the site's dates.
    assert.match(await page("changes"), /Next review due: <span data-next-review-due="2026-07-01">/);
  });

  test("the feed has an absolute link for every entry, dated in RFC 3339, and every page advertises it", async () => {
    const xml = await file("changes.xml");
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'));
    assert.deepEqual(
      [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]),
      [
        "https://guide.nhs-login.test/changes.xml",
        "https://guide.nhs-login.test/changes/#form-changed",
        "https://guide.nhs-login.test/changes/#thing-reworded",
        "https://guide.nhs-login.test/changes/#form-reported",
      ],
    );
    assert.match(xml, /<updated>2026-03-02T00:00:00Z<\/updated>\n {2}<author>/);
    assert.match(xml, /&lt;a href=&quot;https:\/\/guide.nhs-login.test\/steps\/first-step\/#do-a-thing&quot;&gt;/);
    for (const url of ["", "changes", "steps/first-step", "documents/a-form", "glossary"])
      assert.match(await page(url), /<link rel="alternate" type="application\/atom\+xml" href="\/changes.xml"/, url);
  });
});
