import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { leavesSite, markdownProblems } from "../../lib/markdown.js";

describe("an address leaves the site", () => {
  for (const href of ["https://example.org/", "http://example.org/", "//example.org/", "mailto:a@example.org", "HTTPS://example.org/"])
    test(`when it is ${href}`, () => assert.equal(leavesSite(href), true));
});

describe("an address stays on the site", () => {
  for (const href of ["/checklist/", "#complete-scal", "/documents/scal/#top", "checklist/", "/%5Cexample.org"])
    test(`when it is ${href}`, () => assert.equal(leavesSite(href), false));
});

describe("Markdown in the data", () => {
  test("may link within the guide and to full https:// addresses", () => {
    assert.deepEqual(markdownProblems("See the [checklist](/checklist/), [this action](#a) and [NHS](https://www.nhs.uk/)."), []);
  });

  test("may show the guide's own images", () => {
    assert.deepEqual(markdownProblems("![A diagram](/images/d.png)"), []);
  });

  test("may not link off the site except by a full https:// address", () => {
    assert.deepEqual(markdownProblems("[a](//example.org/) [b](http://example.org/) <http://example.org/c>"), [
      'link "//example.org/" must be a full https:// address',
      'link "http://example.org/" must be a full https:// address',
      'link "http://example.org/c" must be a full https:// address',
    ]);
  });

  test("may not hide such a link in a reference definition", () => {
    assert.deepEqual(markdownProblems("[a][ref]\n\n[ref]: //example.org/"), ['link "//example.org/" must be a full https:// address']);
  });

  test("may not show images from other sites", () => {
    assert.deepEqual(markdownProblems("![a](https://example.org/a.png)", { inline: true }), [
      'image "https://example.org/a.png" must be a file in this guide (a path such as /images/…), not from another site',
    ]);
  });
});
