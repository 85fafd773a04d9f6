/**
 * Builds the offline service worker (src/service-worker/sw.ts) as <output>/sw.js, at the root of the
 * site so its scope is the whole site under any path prefix. It runs after every other step of the
 * build (.eleventy.js runs them in turn), as its list of files to save, the precache, must hold the
 * finished CSS and Pagefind's index. esbuild bundles the worker with the Workbox modules it uses, then
 * workbox-build's injectManifest writes the list in, each file with a hash of its content, so a new
 * deploy's worker fetches only what changed.
 *
 * OFFLINE=off builds a kill switch in its place (src/service-worker/kill-switch.ts), which deletes what
 * was saved and unregisters itself, and leaves the registration script out of the pages.
 */
import { readFileSync, statSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { injectManifest } from "workbox-build";

/** The most the precache may hold, in bytes: the rest of a 5 MB allowance is for pages saved as visited. */
export const PRECACHE_BUDGET = 4_000_000;

/** Built files never saved for offline use: source maps, the 404 page, the feed, and Pagefind's unused UI and language files. */
const NOT_SAVED = [
  "**/*.map",
  "404.html",
  "changes.xml",
  "pagefind/pagefind-*ui.*",
  "pagefind/pagefind-highlight.js",
  "pagefind/wasm.unknown.pagefind",
];

/**
 * Which files the precache takes first when not all fit, from 0: the shell (scripts, styles, icons and
 * the offline page), Pagefind's code and index, the guide's own pages, the library's lists and other
 * pages, the search results' texts, and last the pages of single documents, the many.
 * @type {Array<[RegExp, number]>}
 */
const RANKS = [
  [/^offline\/index\.html$/, 0],
  [/^pagefind\/fragment\//, 4],
  [/^pagefind\//, 1],
  [/^(?:[^/]+\/)?index\.html$|^steps\/[^/]+\/index\.html$/, 2],
  [/^documents\/(?!a-z\/)[^/]+\/index\.html$/, 5],
  [/\.html$/, 3],
  [/./, 0],
];

/**
 * A built file's precache rank (see RANKS). @example precacheRank("steps/apply/index.html") // 2
 * @param {string} file
 */
export function precacheRank(file) {
  // The last rank matches any file, so one is always found.
  return RANKS.find(([pattern]) => pattern.test(file))?.[1] ?? 0;
}

/** Ranks up to this one are always precached: the shell, Pagefind's code and index, and the guide's own pages. */
const ALWAYS = 2;

/**
 * The precache list: every file of ranks 0 to 2 (see RANKS); then each later rank whole, if it fits in
 * `budget` bytes with what is listed already, so what is saved is whole groups, never a random part
 * of one. A file left out is saved when visited instead. Pages are listed as their folder
 * ("steps/apply/"), the address they are asked for. A workbox-build manifest transform.
 * @example precacheList([{ url: "index.html", revision: "a1", size: 9 }]).manifest // [{ url: "./", revision: "a1", size: 9 }]
 */
/**
 * @param {Array<{ url: string, revision: string | null, size: number }>} entries
 * @param {number} [budget]
 */
export function precacheList(entries, budget = PRECACHE_BUDGET) {
  /** @type {Map<number, typeof entries>} */
  const ranks = new Map();
  for (const entry of entries) {
    const rank = precacheRank(entry.url);
    ranks.set(rank, [...(ranks.get(rank) ?? []), entry]);
  }
  /** @type {typeof entries} */
  const manifest = [];
  let total = 0;
  for (const [rank, group] of [...ranks].sort(([a], [b]) => a - b)) {
    const size = group.reduce((sum, entry) => sum + entry.size, 0);
    if (rank > ALWAYS && total + size > budget) continue;
    total += size;
    manifest.push(...group.map((entry) => ({ ...entry, url: entry.url.replace(/(^|\/)index\.html$/, "$1") || "./" })));
  }
  const warnings = total > budget ? [`The offline shell, search index and guide pages alone are ${total} bytes, over ${budget}.`] : [];
  return { manifest, warnings };
}

/**
 * The built file each precache URL stands for. @example precachedFile("steps/apply/") // "steps/apply/index.html"
 * @param {string} url
 */
export function precachedFile(url) {
  return url === "./" ? "index.html" : url.endsWith("/") ? `${url}index.html` : url;
}

/**
 * The URLs a built sw.js precaches, read back from the list injectManifest wrote into it.
 * @param {string} swSource
 * @returns {string[]}
 */
export function precachedURLs(swSource) {
  const start = swSource.indexOf('[{"revision":');
  if (start === -1) return [];
  return JSON.parse(swSource.slice(start, swSource.indexOf("}]", start) + 2)).map((/** @type {{ url: string }} */ entry) => entry.url);
}

/**
 * What a built site saves for offline use on a reader's first visit: the files its sw.js precaches, and
 * the worker itself, with their total bytes as stored (browsers keep bodies uncompressed).
 * @param {string} siteDir
 */
export function offlineCache(siteDir) {
  const files = ["sw.js", ...precachedURLs(readFileSync(path.join(siteDir, "sw.js"), "utf8")).map(precachedFile)];
  return { files, bytes: files.reduce((sum, file) => sum + statSync(path.join(siteDir, file)).size, 0) };
}

/**
 * Bundles a worker's TypeScript into one classic script, with Workbox's development logging left out.
 * @param {string} entryPoint
 */
async function bundle(entryPoint) {
  const { outputFiles } = await esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    write: false,
    format: "iife",
    target: ["es2020"],
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const [file] = outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${entryPoint}`);
  return file.text;
}

/**
 * Writes <output>/sw.js for a built site: the offline worker with its precache list, or with
 * `enabled: false` the kill switch. The build calls it last; a test calls it to deploy a changed page.
 */
/**
 * @param {string} output
 * @param {{ enabled?: boolean, source?: string, killSwitch?: string }} [options]
 */
export async function writeServiceWorker(
  output,
  { enabled = true, source = "src/service-worker/sw.ts", killSwitch = "src/service-worker/kill-switch.ts" } = {},
) {
  const swDest = path.join(output, "sw.js");
  if (!enabled) {
    await writeFile(swDest, await bundle(killSwitch));
    return;
  }
  const work = await mkdtemp(path.join(tmpdir(), "guide-sw-"));
  try {
    const swSrc = path.join(work, "sw.js");
    await writeFile(swSrc, await bundle(source));
    const { warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: output,
      globPatterns: ["**/*"],
      globIgnores: NOT_SAVED,
      // Pagefind names these by a hash of their content: the name is the revision.
      dontCacheBustURLsMatching: /\.pf_(?:fragment|index|filter|meta)$/,
      manifestTransforms: [async (entries) => precacheList(entries)],
    });
    for (const warning of warnings) console.warn(`[offline] ${warning}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Writes the worker after each build.
 * @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig
 * @param {{ source?: string }} [options]
 */
export default function serviceWorker(eleventyConfig, { source = "src/service-worker/sw.ts" } = {}) {
  const enabled = process.env.OFFLINE !== "off";
  // The layout adds the registration script only when the worker is on (base.njk).
  eleventyConfig.addGlobalData("offline", enabled);
  eleventyConfig.addWatchTarget(path.dirname(source));
  eleventyConfig.on("eleventy.after", ({ directories }) => writeServiceWorker(directories.output, { enabled, source }));
}
