/**
 * Makes the validated guide model available to every template as `guide`.
 * A data problem stops the build with every problem listed (see lib/data/load-guide-data.js).
 */
import { loadGuideData } from "../data/load-guide-data.js";

export default function guideData(eleventyConfig, { dataDir }) {
  eleventyConfig.addWatchTarget(dataDir);
  eleventyConfig.addGlobalData("guide", () => loadGuideData(dataDir));
}
