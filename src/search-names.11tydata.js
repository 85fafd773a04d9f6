// The search page's names file (/search/names.json, see lib/data/search-words.js), written on every build.
import { searchNamesJson } from "../lib/data/search-words.js";

export default {
  layout: false,
  eleventyExcludeFromCollections: true,
  permalink: "/search/names.json",
  // A function the template calls with the guide (computed data would first see stand-in values).
  searchNamesJson,
};
