import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { buildSite } from "../eleventy-build.js";

// tests/fixtures/markup-in-titles has "&" and "<" in a step's and a document's title and summary.
describe("text with characters HTML escapes", () => {
  /** @type {Awaited<ReturnType<typeof buildSite>>} */
  let build;
  /** The built page at `url`. */
  const page = (url) => readFile(path.join(build.outputDir, url, "index.html"), "utf8");
  before(async () => {
    build = await buildSite("tests/fixtures/markup-in-titles");
    assert.equal(build.code, 0, build.stderr);
  });
  after(() => rm(build.outputDir, { recursive: true, force: true }));

  test("is escaped once in a step page's title, description and heading", async () => {
    const html = await page("steps/first-step");
    assert.match(html, /<title>Step 1: Q&amp;A &lt;draft&gt; – Test guide<\/title>/);
    assert.match(html, /<meta name="description" content="Questions &amp; answers about &lt;things&gt;.">/);
    assert.match(html, /<h1>[^<]*<span class="nhsuk-caption-l">[^<]*<\/span>\s*Q&amp;A &lt;draft&gt;/);
    assert.doesNotMatch(html, /&amp;amp;|&amp;lt;/);
  });

  test("is escaped once in a document page's title and official link", async () => {
    const html = await page("documents/a-form");
    assert.match(html, /<title>Terms &amp; &lt;conditions&gt; – Test guide<\/title>/);
    assert.match(html, /href="https:\/\/example.org\/form\?a=1&amp;b=2">Example &amp; co</);
    assert.doesNotMatch(html, /&amp;amp;|&amp;lt;/);
  });
});
