import { markdown as md } from "../markdown.js";

/**
 * Renders a block of Markdown (paragraphs, lists, tables) to HTML. Given the page's glossary links
 * object, made once per page as `{ terms: guide.linkTerms }`, it links the first use of each
 * glossary term on the page to its definition (see lib/markdown-plugins/glossary-links.js).
 * @example {% set glossaryLinks = { terms: guide.linkTerms } %} {{ action.guidance | markdown(glossaryLinks) | safe }}
 * @param {unknown} text
 * @param {import("markdown-it").MarkdownEnv} [glossaryLinks]
 */
export function markdown(text, glossaryLinks) {
  return md.render(String(text ?? ""), glossaryLinks ?? {});
}
