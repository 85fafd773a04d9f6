#!/usr/bin/env node
/**
 * npm run bench: how fast the build is and how light search stays, measured, never asserted.
 *
 * 1. The real site's full build (Eleventy, browser bundle, Pagefind index): one cold run (no CSS
 *    cache), then 5 runs, each a fresh process; median, minimum, maximum and peak memory.
 * 2. Synthetic content from scripts/bench/generate-data.js: 1,000 and 10,000 documents, and 100
 *    steps with 1,000 actions: build time, peak memory, output size, index size.
 * 3. In Chromium, on the 10,000-document site: bytes downloaded for a first and a second search
 *    query, and the time from the last keystroke to the first result shown.
 * 4. Lighthouse (mobile, performance only) on six page types of the built _site (npm run build
 *    first), served twice: gzipped, as GitHub Pages serves the site, and uncompressed, the worst a
 *    host can do. Performance score, layout shift, LCP and TBT, median of 3 runs each.
 *
 * 5. What each build saves for offline use on a reader's first visit (the service worker's precache
 *    and the worker), in MB; the real site's is held to 5 MB by tests/budgets/offline-cache.test.js.
 *
 * `node scripts/bench.js --lighthouse-only [--site <built site>]` runs only part 4, and
 * `--offline-only [--site <built site>]` only part 5 for one built site.
 * Prints one Markdown table and writes the figures to bench-results.json (not committed).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { COMMON_WORD, generateData, TYPICAL_WORDS } from "./bench/generate-data.js";
import { serveStatic } from "./serve-static.js";
import { pageWeight } from "../tests/budgets/measure.js";
import { offlineCache } from "../lib/plugins/service-worker.js";

const RUNS = 5;
const LIGHTHOUSE_RUNS = 3;
/** The page types Lighthouse measures, as paths of the built site. */
const LIGHTHOUSE_PAGES = ["", "steps/integrate/", "checklist/", "plan/", "documents/", "documents/scal/", "glossary/", "search/?q=sandpit"];
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const { values: options } = parseArgs({
  options: {
    "lighthouse-only": { type: "boolean", default: false },
    "offline-only": { type: "boolean", default: false },
    site: { type: "string", default: "_site" },
  },
});
const work = mkdtempSync(path.join(tmpdir(), "guide-bench-"));
const GNU_TIME = "/usr/bin/time";

/** Total bytes of the files under a folder. */
function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .reduce((sum, file) => sum + (statSync(file).isFile() ? statSync(file).size : 0), 0);
}

/** Runs one build in a fresh process; returns seconds, peak memory in MB (largest process) and sizes. */
function build(env) {
  const output = env.OUTPUT_DIR;
  const eleventy = ["node_modules/@11ty/eleventy/cmd.cjs", "--quiet"];
  // GNU time reports the peak resident memory of the build's largest process (Node or Pagefind).
  const [command, args] = existsSync(GNU_TIME)
    ? [GNU_TIME, ["-f", "peak-kb %M", process.execPath, ...eleventy]]
    : [process.execPath, eleventy];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${stderr}`));
      const peak = stderr.match(/peak-kb (\d+)/);
      const offline = offlineCache(output);
      resolve({
        seconds,
        peakMB: peak ? Number(peak[1]) / 1024 : null,
        outputMB: folderBytes(output) / 1e6,
        indexMB: folderBytes(path.join(output, "pagefind")) / 1e6,
        offlineMB: offline.bytes / 1e6,
        offlineFiles: offline.files.length,
      });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 2) => (n === null || n === undefined ? "n/a" : n.toFixed(digits));

/** Measures searches in a real Chromium: bytes fetched and ms from last keystroke to first result. */
async function measureSearch(siteDir, queries) {
  const server = await serveStatic({ dir: siteDir, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    // Measured as before the offline worker: it would answer from its own copies once it had saved them.
    const page = await browser.newPage({ serviceWorkers: "block" });
    let bytes = 0;
    page.on("requestfinished", async (request) => {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto(`${base}search/`);
    await page.waitForLoadState("networkidle");
    const pageBytes = bytes;
    const query = async (text) => {
      bytes = 0;
      const input = page.getByLabel("Search the guide and document library");
      await input.fill("");
      await page.waitForTimeout(300);
      // Time from the last keystroke to the first result, measured inside the page.
      await page.evaluate(() => {
        const results = document.querySelector("[data-search-results]");
        window.__timing = { keyAt: 0, shownAt: 0 };
        document.addEventListener("keydown", () => (window.__timing.keyAt = performance.now()), true);
        new MutationObserver(() => {
          if (results.children.length > 0 && !window.__timing.shownAt) window.__timing.shownAt = performance.now();
        }).observe(results, { childList: true });
        results.replaceChildren();
      });
      await input.pressSequentially(text, { delay: 40 });
      await page.locator(".app-search-result").first().waitFor();
      await page.waitForLoadState("networkidle");
      const timing = await page.evaluate(() => window.__timing);
      return { bytes, ms: timing.shownAt - timing.keyAt };
    };
    const measured = { pageBytes };
    for (const [name, text] of Object.entries(queries)) measured[name] = await query(text);
    return measured;
  } finally {
    await browser.close();
    server.close();
  }
}

/** How the pages are served to Lighthouse: as deployed (GitHub Pages gzips HTML, CSS and JavaScript), and uncompressed. */
const SERVINGS = [
  { name: "gzipped, as deployed", gzip: true },
  { name: "uncompressed", gzip: false },
];

/** Lighthouse's figures for each way of serving the site: { [serving name]: { [page]: figures } }. */
async function measureLighthouse(siteDir) {
  const measured = {};
  for (const serving of SERVINGS) measured[serving.name] = await measureLighthouseServed(siteDir, serving.gzip);
  return measured;
}

/**
 * Lighthouse's mobile performance audit of each page, on `siteDir` served with or without gzip.
 * Each page is measured LIGHTHOUSE_RUNS times in a fresh Chromium; the median score and layout shift
 * are kept, as Lighthouse's own guidance on variability suggests.
 */
async function measureLighthouseServed(siteDir, gzip) {
  if (!existsSync(path.join(siteDir, "index.html"))) throw new Error(`${siteDir} has no index.html: run npm run build first`);
  const server = await serveStatic({ dir: siteDir, port: 0, gzip });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const measured = {};
  try {
    for (const pagePath of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
        const chrome = await chromeLauncher.launch({
          chromePath: CHROMIUM,
          chromeFlags: [
            "--headless=new",
            // Chromium refuses its sandbox when run as root, as in CI containers.
            ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
            // Chromium's own background traffic would be refused by a closed network and skew timings.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        });
        try {
          const { lhr } = await lighthouse(`${base}${pagePath}`, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
            formFactor: "mobile",
          });
          if (lhr.runtimeError) throw new Error(`Lighthouse on /${pagePath}: ${lhr.runtimeError.message}`);
          runs.push({
            score: Math.round((lhr.categories.performance.score ?? 0) * 100),
            accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
            bestPractices: Math.round((lhr.categories["best-practices"].score ?? 0) * 100),
            seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
            cls: lhr.audits["cumulative-layout-shift"].numericValue,
            lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
            tbtMs: lhr.audits["total-blocking-time"].numericValue,
          });
        } finally {
          await chrome.kill();
        }
      }
      measured[`/${pagePath}`] = {
        runs,
        score: median(runs.map((r) => r.score)),
        accessibility: median(runs.map((r) => r.accessibility)),
        bestPractices: median(runs.map((r) => r.bestPractices)),
        seo: median(runs.map((r) => r.seo)),
        cls: median(runs.map((r) => r.cls)),
        lcpMs: median(runs.map((r) => r.lcpMs)),
        tbtMs: median(runs.map((r) => r.tbtMs)),
      };
    }
  } finally {
    server.close();
  }
  return measured;
}

/** The Lighthouse figures as Markdown tables, one per way of serving. */
function lighthouseTable(measured) {
  return Object.entries(measured)
    .map(([serving, pages]) =>
      [
        `| Lighthouse, mobile, ${serving} (median of ${LIGHTHOUSE_RUNS}) | Performance | Accessibility | Best practices | SEO | Layout shift (CLS) | LCP ms | TBT ms |`,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...Object.entries(pages).map(
          ([page, m]) =>
            `| \`${page}\` | ${m.score} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${fmt(m.cls, 3)} | ${fmt(m.lcpMs, 0)} | ${fmt(m.tbtMs, 0)} |`,
        ),
      ].join("\n"),
    )
    .join("\n\n");
}

const rows = [];
const results = { date: new Date().toISOString(), node: process.version };
try {
  if (options["offline-only"]) {
    const { files, bytes } = offlineCache(options.site);
    results.offline = { site: options.site, files: files.length, bytes };
    console.log(
      `Saved for offline use on the first visit to ${options.site}: ${files.length} files, ${bytes} bytes (${fmt(bytes / 1e6)} MB).`,
    );
    await writeFile("bench-results.json", `${JSON.stringify(results, null, 2)}\n`);
  } else if (options["lighthouse-only"]) {
    results.lighthouse = await measureLighthouse(options.site);
    console.log(lighthouseTable(results.lighthouse));
    await writeFile("bench-results.json", `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nFigures written to bench-results.json");
  } else {
    // 1. The real site.
    rmSync("node_modules/.cache/nhs-login-guide-styles", { recursive: true, force: true });
    const cold = await build({ OUTPUT_DIR: path.join(work, "real-cold") });
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await build({ OUTPUT_DIR: path.join(work, `real-${i}`) }));
    const times = runs.map((r) => r.seconds);
    results.realSite = { cold, runs, medianSeconds: median(times), minSeconds: Math.min(...times), maxSeconds: Math.max(...times) };
    rows.push([
      "Real site, cold (no CSS cache)",
      fmt(cold.seconds),
      "",
      "",
      fmt(cold.peakMB, 0),
      fmt(cold.outputMB),
      fmt(cold.indexMB),
      fmt(cold.offlineMB),
    ]);
    const realSite = path.join(work, "real-0");
    results.realSite.pages = readdirSync(realSite, { recursive: true }).filter(
      (f) => String(f).endsWith(".html") && !String(f).startsWith("pagefind"),
    ).length;
    results.realSite.homePageGzipBytes = pageWeight(path.join(realSite, "index.html"), realSite);
    results.realSite.search = await measureSearch(realSite, { first: "SCAL", second: "sandpit" });
    rows.push([
      `Real site, ${RUNS} runs`,
      fmt(median(times)),
      fmt(Math.min(...times)),
      fmt(Math.max(...times)),
      fmt(Math.max(...runs.map((r) => r.peakMB ?? 0)), 0),
      fmt(runs[0].outputMB),
      fmt(runs[0].indexMB),
      fmt(runs[0].offlineMB),
    ]);

    // 2. Synthetic content.
    const synthetic = [
      ["1,000 documents", { documents: 1_000 }],
      ["10,000 documents", { documents: 10_000 }],
      ["100 steps, 1,000 actions", { steps: 100, actionsPerStep: 10, documents: 1_000 }],
    ];
    results.synthetic = {};
    for (const [label, size] of synthetic) {
      const dir = path.join(work, label.replace(/\W+/g, "-"));
      await generateData(path.join(dir, "data"), size);
      const r = await build({ DATA_DIR: path.join(dir, "data"), OUTPUT_DIR: path.join(dir, "site") });
      // The plan page draws its rows from the manifest: what each action adds is a manifest entry.
      const planPage = path.join(dir, "site", "plan", "index.html");
      const planGzipBytes = existsSync(planPage) ? pageWeight(planPage, path.join(dir, "site")) : null;
      results.synthetic[label] = { ...size, ...r, planGzipBytes };
      rows.push([label, fmt(r.seconds), "", "", fmt(r.peakMB, 0), fmt(r.outputMB), fmt(r.indexMB), fmt(r.offlineMB)]);
    }

    // 3. Search on the 10,000-document site.
    // Typical queries: words on about 1% of pages; then the worst case, a word on every page.
    const search = await measureSearch(path.join(work, "10-000-documents", "site"), {
      first: TYPICAL_WORDS[0],
      second: TYPICAL_WORDS[1],
      warm: TYPICAL_WORDS[0],
      everyPage: COMMON_WORD,
    });
    results.search = search;

    // 4. Lighthouse on the real site as npm run build left it.
    results.lighthouse = await measureLighthouse(options.site);

    const table = [
      "| Build | Median s | Min s | Max s | Peak MB | Output MB | Index MB | Offline MB |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      "| Search on 10,000 documents | KB downloaded | Last keystroke to first result (ms) |",
      "| --- | ---: | ---: |",
      `| First query ("${TYPICAL_WORDS[0]}", on ~1% of pages) | ${fmt(search.first.bytes / 1000, 1)} | ${fmt(search.first.ms, 0)} |`,
      `| Second query ("${TYPICAL_WORDS[1]}") | ${fmt(search.second.bytes / 1000, 1)} | ${fmt(search.second.ms, 0)} |`,
      `| First query again (index warm) | ${fmt(search.warm.bytes / 1000, 1)} | ${fmt(search.warm.ms, 0)} |`,
      `| Worst case ("${COMMON_WORD}", on every page) | ${fmt(search.everyPage.bytes / 1000, 1)} | ${fmt(search.everyPage.ms, 0)} |`,
      "",
      `Plan page (HTML, CSS, JS, gzipped) on the 1,000-action site: ${fmt((results.synthetic["100 steps, 1,000 actions"]?.planGzipBytes ?? NaN) / 1000, 1)} KB (budget 45 KB for the real site).`,
      `Real site: ${results.realSite.pages} pages; home page with its CSS and JS ${fmt(results.realSite.homePageGzipBytes / 1000, 1)} KB gzipped; search index ${fmt(results.realSite.runs[0].indexMB)} MB on disk; saved for offline use on a first visit ${results.realSite.runs[0].offlineFiles} files, ${fmt(results.realSite.runs[0].offlineMB)} MB (budget 5 MB); "SCAL" as a first query downloads ${fmt(results.realSite.search.first.bytes / 1000, 1)} KB, "sandpit" after it ${fmt(results.realSite.search.second.bytes / 1000, 1)} KB.`,
      `Search page itself before any query (HTML, CSS, JS, gzipped): ${fmt(search.pageBytes / 1000, 1)} KB. Time to first result includes the 150 ms pause the page waits for after typing stops.`,
      "",
      lighthouseTable(results.lighthouse),
    ].join("\n");
    console.log(table);
    await writeFile("bench-results.json", `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nFigures written to bench-results.json");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
