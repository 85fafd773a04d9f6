import { test } from "node:test";
import assert from "node:assert/strict";
import { markdown } from "../../../lib/filters/markdown.js";

const EXTERNAL = '<span class="nhsuk-u-visually-hidden" data-pagefind-ignore> (external site)</span>';

test("renders paragraphs and lists", () => {
  assert.equal(markdown("One\n\n- a\n- b"), "<p>One</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
});

test("never passes raw HTML through from data", () => {
  const html = markdown('<script>alert(1)</script> <img src=x onerror="alert(1)">');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("marks links to other sites as external for sight and for screen readers, out of the search index", () => {
  assert.equal(
    markdown("[NHS](https://www.nhs.uk/)"),
    `<p><a href="https://www.nhs.uk/" class="app-external-link">NHS${EXTERNAL}</a></p>\n`,
  );
});

test("marks a protocol-relative link as external: it leaves the site too", () => {
  assert.equal(markdown("[NHS](//www.nhs.uk/)"), `<p><a href="//www.nhs.uk/" class="app-external-link">NHS${EXTERNAL}</a></p>\n`);
});

test("leaves links within the guide unmarked", () => {
  assert.equal(markdown("[checklist](/checklist/)"), '<p><a href="/checklist/">checklist</a></p>\n');
});

test("renders an image from another site as its alt text, never fetching it", () => {
  assert.equal(markdown("![A <diagram> & key](https://example.org/d.png)"), "<p>A &lt;diagram&gt; &amp; key</p>\n");
  assert.equal(markdown("![A diagram](//example.org/d.png)"), "<p>A diagram</p>\n");
});

test("renders the guide's own images", () => {
  assert.equal(markdown("![A diagram](/images/d.png)"), '<p><img src="/images/d.png" alt="A diagram"></p>\n');
});
