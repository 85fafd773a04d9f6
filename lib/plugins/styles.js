/**
 * Compiles the site's Sass (nhsuk-frontend's core and only the components we use) to one CSS file.
 */
import path from "node:path";
import * as sass from "sass";

export default function styles(eleventyConfig, { entry }) {
  eleventyConfig.addTemplateFormats("scss");
  eleventyConfig.addExtension("scss", {
    outputFileExtension: "css",
    useLayouts: false,
    compile: async function (_content, inputPath) {
      // Partials are compiled into the entry file, never on their own.
      if (path.resolve(inputPath) !== path.resolve(entry)) return undefined;
      const result = await sass.compileAsync(inputPath, {
        loadPaths: ["node_modules"],
        style: "compressed",
        // nhsuk-frontend's own Sass still uses APIs Dart Sass has deprecated; its warnings are not ours to fix.
        quietDeps: true,
      });
      this.addDependencies(inputPath, result.loadedUrls.filter((u) => u.protocol === "file:").map((u) => u.pathname));
      return async () => result.css;
    },
  });
}
