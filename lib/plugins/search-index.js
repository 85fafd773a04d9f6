/**
 * Builds the Pagefind index of the finished site, so one build yields the site and its search.
 * SEARCH_INDEX=off skips it, for builds that only measure pages (the library scale test).
 */
import path from "node:path";
import * as pagefind from "pagefind";

export default function searchIndex(eleventyConfig) {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (process.env.SEARCH_INDEX === "off") return;
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: directories.output });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath: path.join(directories.output, "pagefind") });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    } finally {
      await index.deleteIndex();
      await pagefind.close();
    }
  });
}
