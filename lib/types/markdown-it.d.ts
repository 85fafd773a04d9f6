// markdown-it 14 publishes no types of its own: these are the parts lib/markdown.js and its plugins use,
// as its API documentation describes them. `env` and `meta`, which markdown-it leaves to plugins, are
// typed as this guide's plugins use them.
declare module "markdown-it" {
  /** A table cell as the nhsuk table macro takes it. */
  export interface TableCell {
    html: string;
    align?: string | undefined;
  }

  /** What this guide's rules note on a token (markdown-it leaves `meta` to plugins). */
  export interface TokenMeta {
    /** A link that leaves the guide (lib/markdown.js). */
    external?: boolean;
    /** A paragraph that introduces a table, and the text in it that gets no glossary links (nhs-tables.js). */
    caption?: boolean;
    noGlossaryLinks?: boolean;
    /** A table, as the nhsuk table macro's parameters (nhs-tables.js). */
    params?: {
      id: string;
      caption: { html: string; size?: string | undefined; classes?: string | undefined };
      scroll: boolean;
      head: TableCell[];
      rows: TableCell[][];
    };
  }

  /** What one page's renders share (markdown-it's `env`): the glossary terms to link and what is linked, the table ids used. */
  export interface MarkdownEnv {
    terms?: ReadonlyArray<{ id: string; term: string; aliases?: string[]; abbreviations?: string[] }>;
    linked?: Set<string>;
    tableIds?: Set<string>;
  }

  /** One token of a parsed text. */
  export class Token {
    constructor(type: string, tag: string, nesting: -1 | 0 | 1);
    type: string;
    tag: string;
    attrs: Array<[string, string]> | null;
    nesting: -1 | 0 | 1;
    level: number;
    children: Token[] | null;
    content: string;
    block: boolean;
    hidden: boolean;
    meta: TokenMeta | null;
    attrGet(name: string): string | null;
    attrJoin(name: string, value: string): void;
  }

  /** The options a markdown-it instance was made with. */
  export interface Options {
    html?: boolean;
    linkify?: boolean;
    typographer?: boolean;
  }

  /** Renders one token (of `tokens`, at `idx`) to HTML. */
  export type RenderRule = (tokens: Token[], idx: number, options: Options, env: MarkdownEnv, self: Renderer) => string;

  /** Turns tokens into HTML, a rule per token type. */
  export interface Renderer {
    rules: Record<string, RenderRule | undefined>;
    renderToken(tokens: Token[], idx: number, options: Options): string;
    renderInline(tokens: Token[], options: Options, env: MarkdownEnv): string;
    renderInlineAsText(tokens: Token[], options: Options, env: MarkdownEnv): string;
  }

  /** The state a core rule works on: the whole text's tokens. */
  export interface StateCore {
    tokens: Token[];
    env: MarkdownEnv;
    Token: typeof Token;
  }

  /** A chain of core rules. */
  export interface Ruler {
    push(name: string, rule: (state: StateCore) => void): void;
    after(afterName: string, name: string, rule: (state: StateCore) => void): void;
  }

  /** A configured parser and renderer. */
  export interface MarkdownIt {
    options: Options;
    renderer: Renderer;
    core: { ruler: Ruler };
    utils: { escapeHtml(text: string): string };
    use(plugin: (md: MarkdownIt) => void): MarkdownIt;
    parse(src: string, env: MarkdownEnv): Token[];
    parseInline(src: string, env: MarkdownEnv): Token[];
    render(src: string, env?: MarkdownEnv): string;
    renderInline(src: string, env?: MarkdownEnv): string;
  }

  /** Makes a markdown-it instance. */
  export default function markdownIt(options?: Options): MarkdownIt;
}
