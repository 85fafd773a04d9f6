import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownInline } from "../../../lib/filters/markdown-inline.js";

test("renders inline Markdown without a wrapping paragraph", () => {
  assert.equal(markdownInline("calls it **verification and authentication**"), "calls it <strong>verification and authentication</strong>");
});

test("escapes markup in the text", () => {
  assert.equal(markdownInline("<b>x</b>"), "&lt;b&gt;x&lt;/b&gt;");
});
