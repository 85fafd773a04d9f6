// Eleventy configuration: wiring only. Each concern lives in its own plugin under lib/plugins/.
import { readFileSync } from "node:fs";
import { HtmlBasePlugin } from "@11ty/eleventy";
import nunjucksEnvironment from "./lib/plugins/nunjucks-environment.js";
import guideData from "./lib/plugins/guide-data.js";
import filters from "./lib/filters/index.js";
import styles from "./lib/plugins/styles.js";
import scripts from "./lib/plugins/scripts.js";
import searchIndex from "./lib/plugins/search-index.js";
import serviceWorker from "./lib/plugins/service-worker.js";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(nunjucksEnvironment);
  // DATA_DIR lets the benchmark build synthetic content without touching _data/.
  eleventyConfig.addPlugin(guideData, { dataDir: process.env.DATA_DIR || "_data" });
  eleventyConfig.addPlugin(filters);
  // The plan's field limits: one file, read here for the plan page's maxlengths and bundled into the browser's store.
  eleventyConfig.addGlobalData(
    "planLimits",
    JSON.parse(readFileSync(new URL("./src/scripts/progress/limits.json", import.meta.url), "utf8")),
  );
  eleventyConfig.addPlugin(styles, { entry: "src/styles/main.scss" });
  eleventyConfig.addPlugin(scripts, { entry: "src/scripts/main.ts" });
  eleventyConfig.addPlugin(searchIndex);
  // Last, and the steps after the build in turn (not all at once): the offline worker's list of files
  // must hold the finished CSS and Pagefind's index.
  eleventyConfig.addPlugin(serviceWorker);
  eleventyConfig.setEventEmitterMode("sequential");
  // Rewrites root-relative URLs in the output for PATH_PREFIX, so templates never add the prefix themselves.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addPassthroughCopy({ images: "images", "node_modules/nhsuk-frontend/dist/nhsuk/assets": "assets" });
}

export const config = {
  dir: { input: "src", includes: "../_includes", data: "../_data", output: process.env.OUTPUT_DIR || "_site" },
  pathPrefix: process.env.PATH_PREFIX || "/",
  templateFormats: ["njk", "md"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
