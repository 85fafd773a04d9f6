/**
 * Nunjucks that finds our _includes first, then nhsuk-frontend's component macros
 * ("nhsuk/components/<name>/macro.njk"), with the whitespace settings those templates expect.
 */
import nunjucks from "nunjucks";

/** Uses that environment for Eleventy's .njk files. @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig */
export default function nunjucksEnvironment(eleventyConfig) {
  const loader = new nunjucks.FileSystemLoader(["_includes", "src", "node_modules/nhsuk-frontend/dist"], {
    noCache: process.env.ELEVENTY_RUN_MODE === "serve",
  });
  const env = new nunjucks.Environment(loader, { autoescape: true, trimBlocks: true, lstripBlocks: true, throwOnUndefined: false });
  eleventyConfig.setLibrary("njk", env);
}
