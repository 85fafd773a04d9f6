import { markdown as md } from "../markdown.js";

/**
 * Renders one line of Markdown (code, emphasis, links) to HTML without a wrapping paragraph. Like
 * `markdown`, it links glossary terms when given the page's glossary links object.
 * @example {{ variant | markdownInline | safe }} or {{ doc.howToGet | markdownInline(glossaryLinks) | safe }}
 * @param {unknown} text
 * @param {import("markdown-it").MarkdownEnv} [glossaryLinks]
 */
export function markdownInline(text, glossaryLinks) {
  return md.renderInline(String(text ?? ""), glossaryLinks ?? {});
}
