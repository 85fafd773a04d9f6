// What the guide saves for offline use (lib/plugins/service-worker.js) is the whole guide, and small:
// at most 5 MB for the real site (_site, from npm run build), and a large library is not saved whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { offlineCache, PRECACHE_BUDGET, precacheList, precacheRank } from "../../lib/plugins/service-worker.js";
import { htmlPages } from "./measure.js";

const SITE = "_site";
const MB = 1_000_000;

test("everything the guide saves for offline use, the worker included, is at most 5 MB", () => {
  const { files, bytes } = offlineCache(SITE);
  assert.ok(files.length > 40, `only ${files.length} files are saved: build the site first`);
  assert.ok(bytes <= 5 * MB, `${files.length} files, ${bytes} bytes`);
});

test("every page, and every file of the search index, is saved on the first visit", () => {
  const saved = new Set(offlineCache(SITE).files);
  const pages = htmlPages(SITE)
    .map((page) => path.relative(SITE, page))
    .filter((page) => page !== "404.html");
  const search = readdirSync(path.join(SITE, "pagefind"), { recursive: true })
    .map((file) => path.join("pagefind", String(file)))
    .filter((file) => statSync(path.join(SITE, file)).isFile() && /\.pf_\w+$|pagefind(-worker)?\.js$|entry\.json$|wasm\.en\./.test(file));
  assert.ok(pages.includes("plan/index.html") && pages.includes("offline/index.html"));
  assert.deepEqual(
    [...pages, ...search].filter((file) => !saved.has(file)),
    [],
  );
});

test("with 10,000 documents the precache stays within its budget: the shell, search index and guide pages, not every document", () => {
  // The real site's files with their sizes, and a library of 10,000 documents as the bench builds it:
  // a page of about 20 KB and a search fragment of about 500 bytes each.
  const real = readdirSync(SITE, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(SITE, file)).isFile() && !file.endsWith(".map"))
    .map((url) => ({ url, revision: "r", size: statSync(path.join(SITE, url)).size }));
  const library = Array.from({ length: 10_000 }, (_, i) => [
    { url: `documents/document-${i}/index.html`, revision: "r", size: 20_000 },
    { url: `pagefind/fragment/en_${i.toString(16)}.pf_fragment`, revision: null, size: 500 },
  ]).flat();
  const { manifest } = precacheList([...real, ...library]);
  const total = manifest.reduce((sum, entry) => sum + entry.size, 0);
  assert.ok(total <= PRECACHE_BUDGET, `${manifest.length} files, ${total} bytes`);
  const urls = new Set(manifest.map((entry) => entry.url));
  assert.ok(!urls.has("documents/document-0/"), "a single document's page is saved when visited, not on the first visit");
  // Everything of ranks 0 to 2 is kept: scripts and styles, Pagefind's code and index, the guide's pages.
  for (const file of [
    "scripts/main.js",
    "styles/main.css",
    "offline/index.html",
    "pagefind/pagefind.js",
    "index.html",
    "plan/index.html",
    "steps/apply/index.html",
  ]) {
    assert.ok(precacheRank(file) <= 2, file);
    assert.ok(urls.has(file.replace(/(^|\/)index\.html$/, "$1") || "./"), `${file} is not precached`);
  }
});
