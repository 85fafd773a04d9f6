/**
 * Compiles the site's Sass (nhsuk-frontend's core and only the components we use) to one stylesheet,
 * then, once every page is written, leaves out the rules for classes that no built page and none of
 * our built scripts uses. nhsuk-frontend's Sass comes a component at a time, with every variant of
 * it (the header alone is 50 KB), and we use a fraction of them; main.css holds up the first paint,
 * and Lighthouse measures it served uncompressed, where every kilobyte delays that paint on a phone.
 *
 * Print and high-contrast rules stay in the same file, in their place: moved to stylesheets of their
 * own (linked with a media attribute, so never holding up the paint) they would come after every
 * screen rule, and a printout's margins changed where nhsuk-frontend's print rules then won over ours.
 *
 * Compiling nhsuk-frontend's Sass takes over a second, yet its source only changes with its version,
 * so the CSS is cached on disk under a hash of our Sass files, the nhsuk-frontend version and the
 * Sass version. Any change to one of those compiles afresh.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as sass from "sass";

const CACHE_DIR = "node_modules/.cache/nhs-login-guide-styles";

/** A hash of everything the compiled CSS depends on. @param {string} entry */
async function cacheKey(entry) {
  const hash = createHash("sha256");
  const dir = path.dirname(entry);
  for (const file of (await readdir(dir, { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith(".scss"))
    .sort()) {
    hash.update(file).update(await readFile(path.join(dir, file)));
  }
  const nhsuk = JSON.parse(await readFile("node_modules/nhsuk-frontend/package.json", "utf8")).version;
  return hash.update(`nhsuk-frontend@${nhsuk} ${sass.info}`).digest("hex").slice(0, 16);
}

/**
 * The entry compiled to compressed CSS, from the cache when nothing it depends on has changed.
 * @param {string} entry
 * @returns {Promise<string>}
 */
async function compile(entry) {
  const cached = path.join(CACHE_DIR, `${await cacheKey(entry)}.css`);
  return readFile(cached, "utf8").catch(async () => {
    const result = await sass.compileAsync(entry, {
      loadPaths: ["node_modules"],
      style: "compressed",
      // nhsuk-frontend's own Sass still uses APIs Dart Sass has deprecated; its warnings are not ours to fix.
      quietDeps: true,
    });
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(cached, result.css);
    return result.css;
  });
}

// Why not PurgeCSS (measured on 7 December 2026, PurgeCSS 8.0.0, same compiled CSS, pages and
// scripts): it wrote main.css at 99.9 KB against this trimmer's 106.6 KB, but it also drops every
// rule keyed on an element or attribute no built page holds. Among them are nhsuk-frontend's
// `[data-nhsuk-character-count-init]` rules, an attribute its script adds at run time: with them
// gone, the plan's notes lost "You can enter up to 1000 characters" and the live count (both
// display:none; tests/e2e/plan-notes-count.spec.ts fails on PurgeCSS's output). It also dropped
// h4–h6, kbd and the sortable table's rules a content edit could start using without a code change.
// A safelist would have to name each run-time attribute of each nhsuk-frontend version by hand.
// This trimmer only drops selectors that name a class nothing uses, so it cannot make that mistake;
// Dart Sass's compressed output is regular (no comments, one statement after another), so a few
// lines that respect strings, brackets and parentheses read it.

/** Index just past the string that starts at `i` (a quote), skipping escaped characters. @param {string} text @param {number} i */
function skipString(text, i) {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j += 1) {
    if (text[j] === "\\") j += 1;
    else if (text[j] === quote) return j + 1;
  }
  return text.length;
}

/**
 * Compressed CSS as its top-level statements: rules (`a{…}`), blocks (`@media …{…}`) and
 * statements (`@charset …;`), each as written.
 * @example topLevelStatements("a{color:red}@media print{a{color:#000}}") // ["a{color:red}", "@media print{a{color:#000}}"]
 * @param {string} css
 * @returns {string[]}
 */
export function topLevelStatements(css) {
  /** @type {string[]} */
  const statements = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = skipString(css, i) - 1;
    } else if (c === "{") {
      depth += 1;
    } else if (c === "}") {
      depth -= 1;
      if (depth === 0) {
        statements.push(css.slice(start, i + 1));
        start = i + 1;
      }
    } else if (c === ";" && depth === 0) {
      statements.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  return rest ? [...statements, rest] : statements;
}

/** Splits a selector list at the commas outside strings, brackets and parentheses. @param {string} text */
function splitSelectors(text) {
  /** @type {string[]} */
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i) - 1;
    else if (c === "(" || c === "[") depth += 1;
    else if (c === ")" || c === "]") depth -= 1;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

/**
 * Whether a class is in use: in a `class` attribute of a built page, or named in one of our built
 * scripts — whole ("app-search-result"), or as the `--modifier` or `__element` end that a script
 * adds to a block's name (nhsuk-frontend's scroll adds `${moduleName}--scrollable`).
 * @example classUsage({ pages: ['<p class="a b">'], scripts: ["x.classList.add(`${name}--open`)"] })("c--open") // true
 * @param {{ pages: readonly string[], scripts: readonly string[] }} built
 * @returns {(name: string) => boolean}
 */
export function classUsage({ pages, scripts }) {
  /** @type {Set<string>} */
  const used = new Set();
  for (const html of pages) {
    for (const [, double, single] of html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      for (const name of (double ?? single ?? "").split(/\s+/)) used.add(name);
    }
  }
  const words = new Set(scripts.flatMap((code) => code.match(/[\w-]+/g) ?? []));
  return (name) =>
    used.has(name) || words.has(name) || [...name.matchAll(/--|__/g)].some((separator) => words.has(name.slice(separator.index)));
}

/**
 * Whether a selector can match, judged by its classes outside parentheses and brackets: a class
 * inside `:not()`, `:is()` or `:has()`, or an escaped one, never counts against it.
 * @param {string} selector
 * @param {(name: string) => boolean} isUsed
 */
function selectorInUse(selector, isUsed) {
  let plain = "";
  let depth = 0;
  for (let i = 0; i < selector.length; i += 1) {
    const c = selector[i];
    if (c === '"' || c === "'") i = skipString(selector, i) - 1;
    else if (c === "(" || c === "[") depth += 1;
    else if (c === ")" || c === "]") depth -= 1;
    else if (depth === 0) plain += c;
  }
  if (plain.includes("\\")) return true;
  return [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every(([, name]) => isUsed(name ?? ""));
}

/** At-rules whose blocks hold rules, and so are trimmed within. */
const GROUPING = /^@(media|supports|container|layer)\b/;

/**
 * Compressed CSS without the selectors that name a class not in use, and without the rules and
 * blocks left empty by that. Everything without a class (elements, `:root`, `@font-face`) stays,
 * and so does the order of what stays.
 * @example removeUnusedRules(".a,.b{color:red}.c{color:blue}", (n) => n === "a") // ".a{color:red}"
 * @param {string} css
 * @param {(name: string) => boolean} isUsed
 * @returns {string}
 */
export function removeUnusedRules(css, isUsed) {
  return topLevelStatements(css)
    .map((statement) => {
      const open = statement.indexOf("{");
      if (open === -1) return statement;
      if (statement.startsWith("@")) {
        if (!GROUPING.test(statement)) return statement;
        const inner = removeUnusedRules(statement.slice(open + 1, -1), isUsed);
        return inner ? `${statement.slice(0, open + 1)}${inner}}` : "";
      }
      const selectors = splitSelectors(statement.slice(0, open)).filter((selector) => selectorInUse(selector, isUsed));
      return selectors.length > 0 ? `${selectors.join(",")}${statement.slice(open)}` : "";
    })
    .join("");
}

/** Every file under `dir` whose name ends with `ending`, read as text. @param {string} dir @param {string} ending */
async function readAll(dir, ending) {
  const files = (await readdir(dir, { recursive: true }).catch(() => [])).map(String).filter((f) => f.endsWith(ending));
  return Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
}

/**
 * The pages of each stylesheet: the team plan's page has plan.css, every other page main.css. The
 * layout (_includes/layouts/base.njk) links the same one by the same test.
 * @example pagesBySheet(['<div data-module="app-plan">', "<p>"]) // { main: ["<p>"], plan: ['<div data-module="app-plan">'] }
 * @param {readonly string[]} pages
 */
export function pagesBySheet(pages) {
  /** @param {string} html */
  const isPlan = (html) => html.includes('data-module="app-plan"');
  return { main: pages.filter((html) => !isPlan(html)), plan: pages.filter(isPlan) };
}

/**
 * Writes the trimmed stylesheets after each build.
 * @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig
 * @param {{ entry: string }} options
 */
export default function styles(eleventyConfig, { entry }) {
  eleventyConfig.addWatchTarget(path.dirname(entry));
  // After the pages are written, as which classes are in use is known only then. The scripts are
  // bundled before the build (lib/plugins/scripts.js), so they are there too.
  eleventyConfig.on("eleventy.after", async ({ directories, results, incremental }) => {
    const output = directories.output;
    const css = await compile(entry);
    // Without the results (an incremental build, while serving, writes only the pages that changed),
    // every written page is read.
    const pages =
      incremental || !results
        ? await readAll(output, ".html")
        : results.filter((r) => String(r.outputPath).endsWith(".html")).map((r) => r.content);
    const scripts = await readAll(path.join(output, "scripts"), ".js");
    await mkdir(path.join(output, "styles"), { recursive: true });
    // One stylesheet per kind of page, each trimmed to the classes its pages use (every script
    // counts for both): the plan's form controls no longer weigh on the guidance, nor the
    // guidance's contents lists and pagination on the plan.
    for (const [sheet, sheetPages] of Object.entries(pagesBySheet(pages))) {
      const isUsed = classUsage({ pages: sheetPages, scripts });
      await writeFile(path.join(output, "styles", `${sheet}.css`), removeUnusedRules(css, isUsed));
    }
  });
}
