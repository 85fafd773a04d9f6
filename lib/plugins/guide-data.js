/**
 * Makes the validated guide model available to every template as `guide`.
 * A data problem stops the build with every problem listed (see lib/data/load-guide-data.js).
 */
import { loadGuideData } from "../data/load-guide-data.js";
import { GuideDataError } from "../data/problems.js";

/**
 * Readies a data error for Eleventy's error handler (src/Errors/EleventyErrorHandler.js), so the
 * build prints its message once and without a stack trace: the trace points into the loader, not at
 * the data, which the message already names. Eleventy logs a failed build where it fails and again
 * as the command exits; marking the error as logged leaves only the second. `skipOriginalStack` is
 * the flag Eleventy sets on its own errors that need no trace.
 * @param {unknown} error
 */
function asReported(error) {
  if (error instanceof GuideDataError) {
    Object.assign(error, { skipOriginalStack: true });
    Object.defineProperty(error, "__errorAlreadyLogged", { value: true });
  }
  return error;
}

/**
 * The model the latest build rendered, for plugins that run after the pages are written (the search index).
 * @type {import("../data/load-guide-data.js").Guide | null}
 */
let latest = null;

/** Returns the guide model of the latest build, or null before one has loaded. */
export function latestGuide() {
  return latest;
}

/**
 * Adds the model as global data `guide`, loaded from `dataDir`.
 * @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig
 * @param {{ dataDir: string }} options
 */
export default function guideData(eleventyConfig, { dataDir }) {
  eleventyConfig.addWatchTarget(dataDir);
  eleventyConfig.addGlobalData("guide", () =>
    loadGuideData(dataDir, { siteUrl: process.env.SITE_URL || undefined }).then(
      (guide) => {
        latest = guide;
        // Said once per build, plainly: a feed with stand-in links would mislead every reader of it.
        if (guide.changes.length > 0 && !guide.feed)
          console.log(
            "[guide] No public address (SITE_URL, or url in _data/site.yaml): /changes.xml, the changes feed, is left out of this build.",
          );
        return guide;
      },
      (error) => {
        throw asReported(error);
      },
    ),
  );
}
