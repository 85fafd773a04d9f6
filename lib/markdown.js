/**
 * The markdown-it instance for guidance text. Raw HTML is off: content is data, and data is
 * never trusted to carry markup. External links get a class and a hidden "(external site)" so
 * they are marked visually and for screen readers.
 */
import markdownIt from "markdown-it";

export const markdown = markdownIt({ html: false, linkify: false, typographer: true });

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
const defaultLinkClose =
  markdown.renderer.rules.link_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx].attrGet("href") ?? "";
  if (/^https?:\/\//.test(href)) {
    tokens[idx].attrJoin("class", "app-external-link");
    tokens[idx].meta = { ...tokens[idx].meta, external: true };
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

markdown.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  // Find the matching link_open to know whether this link is external.
  let open = idx - 1;
  while (open >= 0 && tokens[open].type !== "link_open") open -= 1;
  const suffix = tokens[open]?.meta?.external ? '<span class="nhsuk-u-visually-hidden"> (external site)</span>' : "";
  return suffix + defaultLinkClose(tokens, idx, options, env, self);
};
