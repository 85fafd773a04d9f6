/**
 * Bundles the browser TypeScript (src/scripts/): the main bundle, a minified ES module with a source
 * map; the core bundle, the same without our components, for pages that have none; the plan bundle,
 * for the team plan page only; the head script, a tiny classic script that marks the page as scripted
 * before it is painted; the modules loaded only when used (src/scripts/lazy.ts), one file each in
 * scripts/lazy/; and offline.js, which registers the offline service worker. Each of those is whole in
 * itself: esbuild's code splitting was tried, and cut the code a page loads into ten files that gzip
 * worse than one (main.js went from 17.6 KB to 22.1 KB).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";

/**
 * The lazy modules' names and sources, read from lazy.ts so the list is written once.
 * @param {string} scriptsDir
 */
function lazySources(scriptsDir) {
  const text = readFileSync(path.join(scriptsDir, "lazy.ts"), "utf8");
  const block = text.slice(text.indexOf("LAZY_SOURCES"));
  const entries = [...block.slice(0, block.indexOf("};")).matchAll(/"?([\w-]+)"?: "([\w/.-]+\.ts)"/g)];
  return Object.fromEntries(entries.map(([, name = "", source = ""]) => [name, path.join(scriptsDir, source)]));
}

/**
 * Bundles the scripts before each build.
 * @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig
 * @param {{ entry: string, headEntry?: string, planEntry?: string }} options
 */
export default function scripts(
  eleventyConfig,
  { entry, headEntry = path.join(path.dirname(entry), "head.ts"), planEntry = path.join(path.dirname(entry), "plan.ts") },
) {
  eleventyConfig.addWatchTarget(path.dirname(entry));
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    /** @satisfies {import("esbuild").BuildOptions} */
    const common = { bundle: true, target: ["es2020"], minify: true, sourcemap: true, logLevel: "warning" };
    /** @param {string} entryPoint @param {string} file @param {boolean} withComponents */
    const bundle = (entryPoint, file, withComponents) => ({
      entryPoints: [entryPoint],
      outfile: path.join(directories.output, "scripts", file),
      define: { APP_COMPONENTS: String(withComponents) },
    });
    await Promise.all([
      esbuild.build({ ...common, ...bundle(entry, "main.js", true), format: "esm" }),
      // The same entry without our components, for pages that have none: the layout chooses (base.njk).
      esbuild.build({ ...common, ...bundle(entry, "core.js", false), format: "esm" }),
      // The team plan's own bundle, so no other page loads its code.
      esbuild.build({ ...common, ...bundle(planEntry, "plan.js", true), format: "esm" }),
      // Loaded on demand with import(): never by a page as it starts.
      esbuild.build({
        ...common,
        entryPoints: lazySources(path.dirname(entry)),
        outdir: path.join(directories.output, "scripts", "lazy"),
        define: { APP_COMPONENTS: "true" },
        format: "esm",
      }),
      // Registers the offline service worker on every page (lib/plugins/service-worker.js builds the worker).
      // Three lines with no map: the map's comment alone would add a fifth to what every page loads.
      esbuild.build({
        ...common,
        ...bundle(path.join(path.dirname(entry), "offline.ts"), "offline.js", false),
        format: "esm",
        sourcemap: false,
      }),
      // A classic script in <head> blocks the first paint, so it has no imports and no module wrapper.
      esbuild.build({ ...common, entryPoints: [headEntry], outfile: path.join(directories.output, "scripts", "head.js"), format: "iife" }),
    ]);
  });
}
