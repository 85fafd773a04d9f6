/**
 * Bundles the browser TypeScript (src/scripts/): the main bundle, a minified ES module with a source
 * map, and the head script, a tiny classic script that marks the page as scripted before it is painted.
 */
import path from "node:path";
import * as esbuild from "esbuild";

export default function scripts(eleventyConfig, { entry, headEntry = path.join(path.dirname(entry), "head.ts") }) {
  eleventyConfig.addWatchTarget(path.dirname(entry));
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const common = { bundle: true, target: ["es2020"], minify: true, sourcemap: true, logLevel: "warning" };
    await Promise.all([
      esbuild.build({ ...common, entryPoints: [entry], outfile: path.join(directories.output, "scripts", "main.js"), format: "esm" }),
      // A classic script in <head> blocks the first paint, so it has no imports and no module wrapper.
      esbuild.build({ ...common, entryPoints: [headEntry], outfile: path.join(directories.output, "scripts", "head.js"), format: "iife" }),
    ]);
  });
}
