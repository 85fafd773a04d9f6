import { test } from "node:test";
import assert from "node:assert/strict";
import { markdown } from "../../../lib/filters/markdown.js";

test("renders paragraphs and lists", () => {
  assert.equal(markdown("One\n\n- a\n- b"), "<p>One</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
});

test("never passes raw HTML through from data", () => {
  const html = markdown('<script>alert(1)</script> <img src=x onerror="alert(1)">');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("marks links to other sites as external for sight and for screen readers", () => {
  assert.equal(
    markdown("[NHS](https://www.nhs.uk/)"),
    '<p><a href="https://www.nhs.uk/" class="app-external-link">NHS<span class="nhsuk-u-visually-hidden"> (external site)</span></a></p>\n',
  );
});

test("leaves links within the guide unmarked", () => {
  assert.equal(markdown("[checklist](/checklist/)"), '<p><a href="/checklist/">checklist</a></p>\n');
});
