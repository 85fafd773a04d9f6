import { markdown as md } from "../markdown.js";

/**
 * Renders one line of Markdown (code, emphasis, links) to HTML without a wrapping paragraph.
 * @example {{ variant | markdownInline | safe }}
 */
export function markdownInline(text) {
  return md.renderInline(String(text ?? ""));
}
