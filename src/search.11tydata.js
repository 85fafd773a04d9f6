// How the search page reads a query (see lib/data/search-words.js), for src/search.njk to write into the page.
import { searchRulesJson } from "../lib/data/search-words.js";

export default { searchRulesJson };
