import { markdown as md } from "../markdown.js";

/**
 * Renders a block of Markdown (paragraphs, lists) to HTML.
 * @example {{ action.guidance | markdown | safe }}
 */
export function markdown(text) {
  return md.render(String(text ?? ""));
}
