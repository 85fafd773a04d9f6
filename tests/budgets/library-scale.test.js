// The document library scales: built with 10,000 synthetic documents, no page is over 200 KB gzipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateData } from "../../scripts/bench/generate-data.js";
import { gzipSize, htmlPages } from "./measure.js";

test("with 10,000 documents no HTML page is over 200 KB gzipped", { timeout: 180_000 }, async () => {
  const work = mkdtempSync(path.join(tmpdir(), "library-scale-"));
  try {
    await generateData(path.join(work, "data"), { documents: 10_000 });
    const build = spawnSync(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--quiet"], {
      env: { ...process.env, DATA_DIR: path.join(work, "data"), OUTPUT_DIR: path.join(work, "site"), SEARCH_INDEX: "off" },
      encoding: "utf8",
    });
    assert.equal(build.status, 0, build.stderr);
    const pages = htmlPages(path.join(work, "site"));
    assert.ok(pages.length > 10_000, `only ${pages.length} pages built`);
    const sizes = pages.map((page) => ({ page: path.relative(work, page), bytes: gzipSize(page) })).sort((a, b) => b.bytes - a.bytes);
    const over = sizes.filter(({ bytes }) => bytes > 200_000).map(({ page, bytes }) => `${page}: ${bytes} bytes`);
    assert.deepEqual(
      over,
      [],
      `largest: ${sizes
        .slice(0, 3)
        .map((s) => `${s.page} ${s.bytes}`)
        .join(", ")}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
