/**
 * A markdown-it plugin that renders pipe tables with nhsuk-frontend's own table macro, so they
 * look and behave like every other NHS table: its classes, and its scroll container, which lets a
 * wide table scroll sideways on a narrow screen (and, with the Scroll script, by keyboard).
 *
 * A table has no caption in Markdown, yet its scroll region needs a name. A paragraph right before
 * the table that ends with a colon ("The three verification levels:") introduces it, so it becomes
 * the caption. Otherwise the caption is hidden but for screen readers: the text of a heading right
 * before the table, or else the table's column headings.
 */
import nunjucks from "nunjucks";

// Our own environment, as the renderer runs outside Eleventy's: it needs only nhsuk-frontend's macros.
const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader("node_modules/nhsuk-frontend/dist"), {
  autoescape: true,
  trimBlocks: true,
  lstripBlocks: true,
});
const tableTemplate = new nunjucks.Template(
  '{% from "nhsuk/components/tables/macro.njk" import table %}{{ table(params) }}',
  environment,
  "nhs-tables.njk",
  true,
);

/** A caption's text as an id: "table-the-three-verification-levels". */
const slug = (/** @type {string} */ text) =>
  `table-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-|-$/g, "")}`;

/**
 * An id not yet used on the page (`taken` is kept in the page's env).
 * @param {string} base
 * @param {Set<string>} taken
 */
function uniqueId(base, taken) {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The index of the token that closes the one at `open` (same level, matching type).
 * @param {import("markdown-it").Token[]} tokens
 * @param {number} open
 * @param {string} type
 */
function closing(tokens, open, type) {
  const level = tokens[open]?.level;
  let i = open + 1;
  // markdown-it always closes what it opens, so the loop ends at the closing token.
  while (i < tokens.length && (tokens[i]?.type !== type || tokens[i]?.level !== level)) i += 1;
  return i;
}

/**
 * Whether tokens[i - 3 … i - 1] are a one-line paragraph ending in a colon, which introduces the table at i.
 * @param {import("markdown-it").Token[]} tokens
 * @param {number} i
 */
function introducesTable(tokens, i) {
  const [open, inline, close] = tokens.slice(i - 3, i);
  return (
    i >= 3 &&
    open !== undefined &&
    inline !== undefined &&
    close !== undefined &&
    open.type === "paragraph_open" &&
    !open.hidden &&
    close.type === "paragraph_close" &&
    /^[^\n]*:$/.test(inline.content.trim()) &&
    inline.children?.at(-1)?.type === "text"
  );
}

/**
 * Registers two rules and a renderer. The first, before glossary links, marks each introducing
 * paragraph as a caption, which like a heading gets no glossary links. The second, after them,
 * turns each table into one token the renderer passes to the nhsuk table macro.
 * @param {import("markdown-it").MarkdownIt} md
 */
export default function nhsTables(md) {
  md.core.ruler.after("inline", "nhs_table_captions", (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type === "table_open" && introducesTable(state.tokens, i)) {
        const [paragraph, inline] = state.tokens.slice(i - 3, i - 1);
        if (paragraph) paragraph.meta = { ...paragraph.meta, caption: true };
        if (inline) inline.meta = { ...inline.meta, noGlossaryLinks: true };
      }
    });
  });

  md.core.ruler.push("nhs_tables", (state) => {
    const tokens = state.tokens;
    const render = (/** @type {import("markdown-it").Token[]} */ children) => md.renderer.renderInline(children, md.options, state.env);
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i]?.type !== "table_open") continue;
      const end = closing(tokens, i, "table_close");
      /** @type {import("markdown-it").TableCell[][]} */
      const rows = [];
      /** @type {import("markdown-it").Token[]} */
      const cellTokens = [];
      for (let t = i; t < end; t += 1) {
        const token = tokens[t];
        if (token?.type === "tr_open") rows.push([]);
        else if (token?.type === "inline") {
          cellTokens.push(...(token.children ?? []));
          const align = tokens[t - 1]?.attrGet("style")?.match(/text-align:(\w+)/)?.[1];
          rows.at(-1)?.push({ html: render(token.children ?? []), align: align === "center" ? "centre" : align });
        }
      }
      // markdown-it's first row is always the header row (<thead>).
      const [head = [], ...body] = rows;

      let start = i;
      /** @type {{ html: string, text: string, size?: string, classes?: string }} */
      let caption;
      const introduction = tokens[i - 2];
      if (tokens[i - 3]?.meta?.caption && introduction) {
        const children = introduction.children ?? [];
        // introducesTable checked that the paragraph's last child is text ending in the colon.
        const last = children.at(-1);
        if (last) last.content = last.content.replace(/:\s*$/, "");
        caption = { html: render(children), text: introduction.content.trim().slice(0, -1), size: "s" };
        start = i - 3;
      } else {
        const asText = (/** @type {import("markdown-it").Token | undefined} */ inline) =>
          md.renderer.renderInlineAsText(inline?.children ?? [], md.options, state.env);
        const text =
          tokens[i - 1]?.type === "heading_close"
            ? asText(tokens[i - 2])
            : `Table of ${tokens
                .slice(i, end)
                .filter((t) => t.type === "inline")
                .slice(0, head.length)
                .map(asText)
                .join(", ")}`;
        caption = { html: md.utils.escapeHtml(text), text, classes: "nhsuk-u-visually-hidden" };
      }
      state.env.tableIds ??= new Set();
      const table = new state.Token("nhs_table", "", 0);
      table.block = true;
      // The cells' own tokens stay reachable, so checks of links and images still see them.
      table.children = cellTokens;
      table.meta = {
        params: {
          // The macro names the scroll region by the caption's id, made from this one.
          id: uniqueId(slug(caption.text), state.env.tableIds),
          caption: { html: caption.html, size: caption.size, classes: caption.classes },
          scroll: true,
          head,
          rows: body,
        },
      };
      tokens.splice(start, end - start + 1, table);
      i = start;
    }
  });

  md.renderer.rules.nhs_table = (tokens, idx) => {
    const params = tokens[idx]?.meta?.params;
    if (!params) return "";
    const safe = (/** @type {{ html: string }} */ cell) => ({ ...cell, html: new nunjucks.runtime.SafeString(cell.html) });
    return `${tableTemplate.render({
      params: {
        ...params,
        caption: safe(params.caption),
        head: params.head.map(safe),
        rows: params.rows.map((row) => row.map(safe)),
      },
    })}\n`;
  };
}
