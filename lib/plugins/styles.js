/**
 * Compiles the site's Sass (nhsuk-frontend's core and only the components we use) to one CSS file.
 *
 * Compiling nhsuk-frontend's Sass takes over a second, yet its source only changes with its version,
 * so the CSS is cached on disk under a hash of our Sass files, the nhsuk-frontend version and the
 * Sass version. Any change to one of those compiles afresh.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as sass from "sass";

const CACHE_DIR = "node_modules/.cache/nhs-login-guide-styles";

/** A hash of everything the compiled CSS depends on. */
async function cacheKey(entry) {
  const hash = createHash("sha256");
  const dir = path.dirname(entry);
  for (const file of (await readdir(dir, { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith(".scss"))
    .sort()) {
    hash.update(file).update(await readFile(path.join(dir, file)));
  }
  const nhsuk = JSON.parse(await readFile("node_modules/nhsuk-frontend/package.json", "utf8")).version;
  return hash.update(`nhsuk-frontend@${nhsuk} ${sass.info}`).digest("hex").slice(0, 16);
}

export default function styles(eleventyConfig, { entry }) {
  eleventyConfig.addTemplateFormats("scss");
  eleventyConfig.addExtension("scss", {
    outputFileExtension: "css",
    useLayouts: false,
    compile: async function (_content, inputPath) {
      // Partials are compiled into the entry file, never on their own.
      if (path.resolve(inputPath) !== path.resolve(entry)) return undefined;
      const cached = path.join(CACHE_DIR, `${await cacheKey(entry)}.css`);
      const css = await readFile(cached, "utf8").catch(async () => {
        const result = await sass.compileAsync(inputPath, {
          loadPaths: ["node_modules"],
          style: "compressed",
          // nhsuk-frontend's own Sass still uses APIs Dart Sass has deprecated; its warnings are not ours to fix.
          quietDeps: true,
        });
        await mkdir(CACHE_DIR, { recursive: true });
        await writeFile(cached, result.css);
        return result.css;
      });
      return async () => css;
    },
  });
}
