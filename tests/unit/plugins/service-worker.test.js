import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { precachedFile, precachedURLs, precacheList, precacheRank } from "../../../lib/plugins/service-worker.js";

const entry = (url, size = 100) => ({ url, revision: "r", size });

describe("which files the offline worker saves on the first visit", () => {
  test("the shell, Pagefind's code and index, and the guide's own pages come first", () => {
    assert.deepEqual(
      [
        "scripts/main.js",
        "offline/index.html",
        "pagefind/pagefind.js",
        "pagefind/index/en_1.pf_index",
        "index.html",
        "plan/index.html",
        "steps/apply/index.html",
      ].map(precacheRank),
      [0, 0, 1, 1, 2, 2, 2],
    );
  });

  test("the library's lists come before search fragments, and single documents last", () => {
    assert.deepEqual(
      ["documents/a-z/index.html", "roles/technical/index.html", "pagefind/fragment/en_1.pf_fragment", "documents/scal/index.html"].map(
        precacheRank,
      ),
      [3, 3, 4, 5],
    );
  });

  test("a page is listed as the address it is asked for", () => {
    const { manifest } = precacheList([entry("index.html"), entry("steps/apply/index.html"), entry("styles/main.css")]);
    assert.deepEqual(manifest.map((e) => e.url).sort(), ["./", "steps/apply/", "styles/main.css"]);
    assert.deepEqual(manifest.map((e) => precachedFile(e.url)).sort(), ["index.html", "steps/apply/index.html", "styles/main.css"]);
  });

  test("a later group is saved whole or not at all, and a smaller group after it may still fit", () => {
    const entries = [
      entry("index.html", 500),
      entry("documents/a-z/index.html", 300),
      entry("roles/x/index.html", 300),
      entry("pagefind/fragment/a.pf_fragment", 150),
    ];
    const urls = precacheList(entries, 1000).manifest.map((e) => e.url);
    assert.deepEqual(urls, ["./", "pagefind/fragment/a.pf_fragment"]);
  });

  test("the first groups are saved even over the budget, with a warning", () => {
    const { manifest, warnings } = precacheList([entry("index.html", 2000), entry("documents/scal/index.html", 10)], 1000);
    assert.deepEqual(
      manifest.map((e) => e.url),
      ["./"],
    );
    assert.match(warnings[0], /2000 bytes, over 1000/);
  });

  test("the list is read back from a built worker", () => {
    const source = 'var a=1;precache([{"revision":"abc","url":"./"},{"revision":null,"url":"pagefind/x.pf_meta"}]);';
    assert.deepEqual(precachedURLs(source), ["./", "pagefind/x.pf_meta"]);
  });
});
