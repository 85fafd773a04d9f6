/**
 * A markdown-it plugin that links the first use of each glossary term on a page to its definition,
 * /glossary/#<id>. The page is the markdown-it `env`: a template makes one object per page,
 * `{ terms: guide.linkTerms }`, and passes it to every Markdown render on that page, so a term
 * linked in one action's guidance is not linked again in the next. Without `env.terms` nothing
 * is linked (the glossary page itself, and all text that is not guidance or document text).
 *
 * A term is found by its `term` or an alias in any case, or by an abbreviation in its exact case
 * ("Cp", never "CP"), as a whole word (a trailing plural "s" allowed), longest match first. Text
 * in headings, link text and code is never linked.
 */

/** The URL of a term's definition. */
export const glossaryUrl = (/** @type {string} */ id) => `/glossary/#${id}`;

const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern matching any of `phrases` as whole words, longest first, with an optional plural "s".
 * @param {string[]} phrases
 * @param {string} flags
 */
function wordPattern(phrases, flags) {
  if (phrases.length === 0) return null;
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})s?(?![\\p{L}\\p{N}_])`, flags);
}

/**
 * Looks a matched word up in `names`, trying it as written and then without a plural "s".
 * @param {ReadonlyMap<string, string>} names
 * @param {string} word
 */
function lookUp(names, word) {
  return names.get(word) ?? (/s$/i.test(word) ? names.get(word.slice(0, -1)) : undefined);
}

/**
 * Compiled matchers, one per terms list: compiled once, however many pages use the list.
 * @typedef {NonNullable<import("markdown-it").MarkdownEnv["terms"]>} LinkTerms
 * @typedef {{ start: number, end: number, id: string }} TermUse
 * @typedef {{ anyCase: RegExp | null, exactCase: RegExp | null, find(text: string): TermUse[] }} Matcher
 * @type {WeakMap<LinkTerms, Matcher>}
 */
const matchers = new WeakMap();

/**
 * The matcher for `terms` ([{ id, term, aliases, abbreviations }]).
 * @param {LinkTerms} terms
 * @returns {Matcher}
 */
function matcherFor(terms) {
  let matcher = matchers.get(terms);
  if (matcher) return matcher;
  /** @type {Map<string, string>} */
  const anyCase = new Map();
  /** @type {Map<string, string>} */
  const exactCase = new Map();
  for (const { id, term, aliases = [], abbreviations = [] } of terms) {
    for (const name of [term, ...aliases]) anyCase.set(name.toLowerCase(), id);
    for (const name of abbreviations) exactCase.set(name, id);
  }
  matcher = {
    anyCase: wordPattern([...anyCase.keys()], "giu"),
    exactCase: wordPattern([...exactCase.keys()], "gu"),
    /** Every term used in `text`, as { start, end, id }, longest first where two overlap. */
    find(text) {
      /** @type {TermUse[]} */
      const found = [];
      for (const match of this.anyCase ? text.matchAll(this.anyCase) : []) {
        const id = lookUp(anyCase, match[0].toLowerCase());
        if (id) found.push({ start: match.index, end: match.index + match[0].length, id });
      }
      for (const match of this.exactCase ? text.matchAll(this.exactCase) : []) {
        const id = lookUp(exactCase, match[0]);
        if (id) found.push({ start: match.index, end: match.index + match[0].length, id });
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      /** @type {TermUse[]} */
      const kept = [];
      for (const use of found) if (use.start >= (kept.at(-1)?.end ?? 0)) kept.push(use);
      return kept;
    },
  };
  matchers.set(terms, matcher);
  return matcher;
}

/** Splits one text token into text and glossary links for the uses not yet linked on the page. */
/**
 * @param {import("markdown-it").Token} token
 * @param {Matcher} matcher
 * @param {Set<string>} linked
 * @param {typeof import("markdown-it").Token} Token
 */
function linkText(token, matcher, linked, Token) {
  const uses = matcher.find(token.content).filter((use) => !linked.has(use.id));
  // A term used twice in one text is linked once: the first time.
  const firsts = uses.filter((use, i) => uses.findIndex((other) => other.id === use.id) === i);
  if (firsts.length === 0) return [token];
  /** @type {import("markdown-it").Token[]} */
  const out = [];
  let at = 0;
  const text = (/** @type {string} */ content) => {
    const piece = new Token("text", "", 0);
    piece.content = content;
    return piece;
  };
  for (const use of firsts) {
    linked.add(use.id);
    if (use.start > at) out.push(text(token.content.slice(at, use.start)));
    const open = new Token("link_open", "a", 1);
    open.attrs = [
      ["href", glossaryUrl(use.id)],
      ["class", "app-glossary-link"],
    ];
    const close = new Token("link_close", "a", -1);
    out.push(open, text(token.content.slice(use.start, use.end)), close);
    at = use.end;
  }
  if (at < token.content.length) out.push(text(token.content.slice(at)));
  return out;
}

/**
 * Registers the rule. Runs after inline parsing, so it sees the text, links and code of each line.
 * @param {import("markdown-it").MarkdownIt} md
 */
export default function glossaryLinks(md) {
  md.core.ruler.push("glossary_links", (state) => {
    const terms = state.env?.terms;
    if (!Array.isArray(terms) || terms.length === 0) return;
    const matcher = matcherFor(terms);
    const linked = (state.env.linked ??= new Set());
    let inHeading = false;
    for (const block of state.tokens) {
      if (block.type === "heading_open") inHeading = true;
      else if (block.type === "heading_close") inHeading = false;
      // Another rule may mark text as heading-like (a table's caption) with meta.noGlossaryLinks.
      if (block.type !== "inline" || inHeading || block.meta?.noGlossaryLinks || !block.children) continue;
      let linkDepth = 0;
      /** @type {import("markdown-it").Token[]} */
      const children = [];
      for (const child of block.children) {
        if (child.type === "link_open") linkDepth += 1;
        else if (child.type === "link_close") linkDepth -= 1;
        // Code is a token of its own (code_inline), so only prose reaches here.
        if (child.type === "text" && linkDepth === 0) children.push(...linkText(child, matcher, linked, state.Token));
        else children.push(child);
      }
      block.children = children;
    }
  });
}
