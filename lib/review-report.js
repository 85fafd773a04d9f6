/**
 * The maintainers' review report (`npm run review`): every step, action, document and glossary term
 * past its next review date, oldest first, with the sources to check it against; and every source not
 * checked in the last six months, oldest first.
 */
import { monthsBefore } from "./data/dates.js";

/** One thing a maintainer reviews (the model's `reviewItems`). @typedef {import("./data/build-model.js").GuideModel["reviewItems"][number]} ReviewItem */
/** A cited source with the pages citing it (the model's `sources`). @typedef {import("./data/build-model.js").GuideModel["sources"][number]} CitedSource */

/** How long a source's check stays fresh: a page NHS login or NHS England changes is seen within this. */
export const SOURCE_FRESH_MONTHS = 6;

/**
 * The items of `reviewItems` (from the guide model) whose next review date is before `today`
 * (YYYY-MM-DD), the longest overdue first; ties keep the guide's order (steps, actions, documents, terms).
 * @example overdueItems(guide.reviewItems, "2027-06-01")
 * @template {ReviewItem} T
 * @param {readonly T[]} reviewItems
 * @param {string} today
 */
export function overdueItems(reviewItems, today) {
  return reviewItems
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => item.nextReviewDue < today)
    .sort((a, b) =>
      a.item.nextReviewDue === b.item.nextReviewDue ? a.order - b.order : a.item.nextReviewDue < b.item.nextReviewDue ? -1 : 1,
    )
    .map(({ item }) => item);
}

/**
 * The report as text: a line for each overdue item (when it was reviewed, when it was due, who looks
 * after it) and under it the sources it cites; or a line saying nothing is overdue and what is due next.
 * @example reviewReport(guide.reviewItems, "2027-06-01")
 * @param {readonly ReviewItem[]} reviewItems
 * @param {string} today
 */
export function reviewReport(reviewItems, today) {
  const overdue = overdueItems(reviewItems, today);
  if (overdue.length === 0) {
    const next = [...reviewItems].sort((a, b) => (a.nextReviewDue < b.nextReviewDue ? -1 : a.nextReviewDue > b.nextReviewDue ? 1 : 0))[0];
    return next
      ? `Nothing is past its review date on ${today}. The next review is due on ${next.nextReviewDue} (${next.kind} ${next.id}).`
      : `Nothing to review on ${today}.`;
  }
  const count = overdue.length === 1 ? "1 item is" : `${overdue.length} items are`;
  const lines = [`${count} past the next review date on ${today}, oldest first:`, ""];
  for (const item of overdue) {
    const owner = item.owner ? `, owner ${item.owner}` : "";
    lines.push(`${item.nextReviewDue}  ${item.kind} ${item.id}: ${item.title} (last reviewed ${item.reviewed}${owner}; page ${item.url})`);
    for (const source of item.sources) lines.push(`              ${source.title}: ${source.url}`);
  }
  return lines.join("\n");
}

/**
 * The sources of the guide model's `sources` last checked before the six months up to `today`
 * (YYYY-MM-DD), the longest unchecked first; ties keep the guide's order.
 * @example staleSources(guide.sources, "2026-12-07")
 * @template {CitedSource} T
 * @param {readonly T[]} sources
 * @param {string} today
 */
export function staleSources(sources, today) {
  const since = monthsBefore(today, SOURCE_FRESH_MONTHS);
  return sources
    .map((source, order) => ({ source, order }))
    .filter(({ source }) => source.checked < since)
    .sort((a, b) => (a.source.checked === b.source.checked ? a.order - b.order : a.source.checked < b.source.checked ? -1 : 1))
    .map(({ source }) => source);
}

/**
 * The sources part of the report as text: a line for each source not checked in six months (when it
 * was, its title and address) and under it the pages that cite it; or a line saying all are fresh.
 * @example staleSourcesReport(guide.sources, "2026-12-07")
 * @param {readonly CitedSource[]} sources
 * @param {string} today
 */
export function staleSourcesReport(sources, today) {
  const since = monthsBefore(today, SOURCE_FRESH_MONTHS);
  const stale = staleSources(sources, today);
  if (stale.length === 0) return `Every source was checked on or after ${since}.`;
  const count = stale.length === 1 ? "1 source was" : `${stale.length} sources were`;
  const lines = [`${count} last checked before ${since}, oldest first:`, ""];
  for (const source of stale) {
    lines.push(`${source.checked}  ${source.title}: ${source.url}`);
    lines.push(`              cited on ${source.pages.join(", ")}`);
  }
  return lines.join("\n");
}
