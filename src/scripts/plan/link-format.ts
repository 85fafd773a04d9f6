// What a plan link looks like, small enough to load with the page: the packing and reading are loaded
// when needed (share-link.ts, share-link-read.ts).

export const LINK_PREFIX = "#plan=";

/**
 * The longest fragment a link may carry. A full plan with a 500-character note on every action
 * fits with room to spare (about 6,000 characters of real notes, 12,000 of random text); longer
 * links break in some email and chat tools, so a bigger plan goes by file.
 */
export const MAX_LINK_FRAGMENT = 16_000;

/** True when an address's fragment looks like a shared plan. */
export function isPlanFragment(hash: string): boolean {
  return hash.startsWith(LINK_PREFIX);
}
