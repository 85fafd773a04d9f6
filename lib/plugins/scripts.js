/**
 * Bundles the browser TypeScript (src/scripts/) into one minified ES module with a source map.
 */
import path from "node:path";
import * as esbuild from "esbuild";

export default function scripts(eleventyConfig, { entry }) {
  eleventyConfig.addWatchTarget(path.dirname(entry));
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    await esbuild.build({
      entryPoints: [entry],
      outfile: path.join(directories.output, "scripts", "main.js"),
      bundle: true,
      format: "esm",
      target: ["es2020"],
      minify: true,
      sourcemap: true,
      logLevel: "warning",
    });
  });
}
