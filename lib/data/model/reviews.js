/**
 * Review dates: each item's (its own `reviewed`, or the site's), each page's from the items it shows,
 * and the list a maintainer works through with `npm run review`.
 */
import { addDays, daysBetween } from "../dates.js";

/** @typedef {import("../data-types.js").SiteData} SiteData */
/** @typedef {import("../data-types.js").SourceData} SourceData */
/** @typedef {ReturnType<typeof reviewOf>} Review */
/** A page's review dates, or null for a page with no items of its own (it shows the site's). @typedef {ReturnType<typeof pageReview>} PageReview */

/**
 * An item's review: its own `reviewed` date and the next due after the site's review interval, or
 * the site's dates when it has none. `owner` is who looks after it, or null.
 * @param {{ reviewed?: string | undefined, owner?: string | undefined }} item
 * @param {SiteData} site
 */
export function reviewOf(item, site) {
  if (!item.reviewed) return { reviewed: site.lastReviewed, nextReviewDue: site.nextReviewDue, owner: item.owner ?? null };
  const interval = daysBetween(site.lastReviewed, site.nextReviewDue);
  return { reviewed: item.reviewed, nextReviewDue: addDays(item.reviewed, interval), owner: item.owner ?? null };
}

/**
 * A page's review dates from its items': due when its earliest-due item is, and last reviewed when
 * its least recently reviewed item was. A page is only as fresh as its stalest part; taking the
 * latest review instead could show a page "last reviewed" after it fell due. Null without items.
 * @param {readonly Review[]} reviews
 * @returns {{ lastReviewed: string, nextReviewDue: string } | null}
 */
export function pageReview(reviews) {
  const [first] = reviews;
  if (!first) return null;
  return {
    lastReviewed: reviews.reduce((earliest, r) => (r.reviewed < earliest ? r.reviewed : earliest), first.reviewed),
    nextReviewDue: reviews.reduce((earliest, r) => (r.nextReviewDue < earliest ? r.nextReviewDue : earliest), first.nextReviewDue),
  };
}

/**
 * One thing a maintainer reviews: what it is, where it is shown, its review and the sources to check it against.
 * @typedef {{ kind: "step" | "action" | "document" | "term", id: string, title: string, url: string, sources: SourceData[] } & Review} Reviewable
 */

/**
 * Everything a maintainer reviews, each marked `overdue` when its next review fell due before `today`.
 * @param {Reviewable[]} items
 * @param {string} today YYYY-MM-DD
 */
export function reviewItems(items, today) {
  return items.map((item) => ({ ...item, overdue: item.nextReviewDue < today }));
}
