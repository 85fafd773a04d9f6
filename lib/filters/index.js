/** Registers every filter in this folder with Eleventy. A new filter is one file plus one line here. */
import { actionManifestJson } from "./action-manifest-json.js";
import { markdown } from "./markdown.js";
import { markdownInline } from "./markdown-inline.js";
import { navigationItems } from "./navigation-items.js";
import { readableDate } from "./readable-date.js";

export const filters = { actionManifestJson, markdown, markdownInline, navigationItems, readableDate };

/** @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig */
export default function registerFilters(eleventyConfig) {
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
}
