/**
 * Every source the guide cites, once per address, with the oldest day any of its uses was checked
 * and the pages it is cited on, for the review report's list of sources to check again.
 */

/** @typedef {import("../data-types.js").SourceData} SourceData */

/**
 * The cited sources, in the order `uses` first cites them. A source cited with different titles or
 * dates keeps the title of its oldest check.
 * @param {Iterable<[SourceData, string]>} uses each source with the page (root-relative) that cites it
 */
export function citedSources(uses) {
  /** @type {Map<string, SourceData & { pages: string[] }>} */
  const byUrl = new Map();
  for (const [source, page] of uses) {
    const known = byUrl.get(source.url);
    if (!known) byUrl.set(source.url, { title: source.title, url: source.url, checked: source.checked, pages: [page] });
    else {
      if (source.checked < known.checked) Object.assign(known, { checked: source.checked, title: source.title });
      if (!known.pages.includes(page)) known.pages.push(page);
    }
  }
  return [...byUrl.values()];
}
