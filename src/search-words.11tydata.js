// The search page's words file (/search/words.json, see lib/data/search-words.js), written on every build.
import { searchWordsJson } from "../lib/data/search-words.js";

export default {
  layout: false,
  eleventyExcludeFromCollections: true,
  permalink: "/search/words.json",
  // A function the template calls with the guide (computed data would first see stand-in values).
  searchWordsJson,
};
