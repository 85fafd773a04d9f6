/**
 * The markdown-it instance for guidance text. Raw HTML is off: content is data, and data is
 * never trusted to carry markup. External links get a class and a hidden "(external site)" so
 * they are marked visually and for screen readers; images from other sites are never rendered.
 * The data schemas refuse such links and images before rendering (see `markdownProblems`).
 */
import markdownIt from "markdown-it";
import glossaryLinks from "./markdown-plugins/glossary-links.js";
import nhsTables from "./markdown-plugins/nhs-tables.js";

// Glossary links first, so the table rule renders cells with their links in place.
export const markdown = markdownIt({ html: false, linkify: false, typographer: true }).use(glossaryLinks).use(nhsTables);

/** The hidden text after a link to another site. Pagefind leaves it out of the index, so searches match content, not this label. */
export const EXTERNAL_SUFFIX = '<span class="nhsuk-u-visually-hidden" data-pagefind-ignore> (external site)</span>';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HERE = new URL("https://guide.invalid/");

/**
 * Whether an address leaves the guide: it names a scheme (https:, mailto:…) or, resolved the way a
 * browser resolves it, lands on another host (//host/…).
 * @example leavesSite("//example.org/") → true; leavesSite("/checklist/") → false
 * @param {string} href
 */
export function leavesSite(href) {
  if (SCHEME.test(href)) return true;
  try {
    return new URL(href, HERE).host !== HERE.host;
  } catch {
    return true;
  }
}

/** @type {import("markdown-it").RenderRule} */
const renderToken = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
const defaultLinkOpen = markdown.renderer.rules.link_open ?? renderToken;
const defaultLinkClose = markdown.renderer.rules.link_close ?? renderToken;
const defaultImage = markdown.renderer.rules.image ?? renderToken;

/** @type {import("markdown-it").RenderRule} */
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token && leavesSite(token.attrGet("href") ?? "")) {
    token.attrJoin("class", "app-external-link");
    token.meta = { ...token.meta, external: true };
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** @type {import("markdown-it").RenderRule} */
markdown.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  // Find the matching link_open to know whether this link is external.
  let open = idx - 1;
  while (open >= 0 && tokens[open]?.type !== "link_open") open -= 1;
  const suffix = tokens[open]?.meta?.external ? EXTERNAL_SUFFIX : "";
  return suffix + defaultLinkClose(tokens, idx, options, env, self);
};

// An image from another site would be fetched from it by every reader; render its alt text instead.
/** @type {import("markdown-it").RenderRule} */
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token && leavesSite(token.attrGet("src") ?? ""))
    return markdown.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
  return defaultImage(tokens, idx, options, env, self);
};

/**
 * Every token of a parsed Markdown text, children included.
 * @param {import("markdown-it").Token[]} tokens
 * @returns {Generator<import("markdown-it").Token>}
 */
function* allTokens(tokens) {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* allTokens(token.children);
  }
}

/**
 * What is wrong with the links and images in a Markdown text, as messages for the data schemas:
 * a link off the site must be a full https:// address (so it is marked as external and never sent
 * over plain HTTP), and images must be the guide's own files. `inline` parses as `markdownInline` renders.
 * @example markdownProblems("[a](http://example.org/)") → ['link "http://example.org/" must be a full https:// address']
 * @param {string} text
 * @param {{ inline?: boolean }} [options]
 */
export function markdownProblems(text, { inline = false } = {}) {
  const tokens = inline ? markdown.parseInline(text, {}) : markdown.parse(text, {});
  /** @type {string[]} */
  const problems = [];
  for (const token of allTokens(tokens)) {
    if (token.type === "link_open") {
      const href = token.attrGet("href") ?? "";
      if (leavesSite(href) && !/^https:\/\//i.test(href)) problems.push(`link "${href}" must be a full https:// address`);
    } else if (token.type === "image") {
      const src = token.attrGet("src") ?? "";
      if (leavesSite(src)) problems.push(`image "${src}" must be a file in this guide (a path such as /images/…), not from another site`);
    }
  }
  return problems;
}
