/**
 * What the plan's dates need from the build: the bank holidays suggested dates skip, and the
 * published estimates of the whole process's length the plan compares its own with.
 */
import { planBankHolidays } from "../bank-holidays.js";

/** @typedef {import("../data-types.js").SiteData} SiteData */

/**
 * The published estimates of the whole process's length ("around 2 to 3 months"), with the months
 * read from their words, for the plan's comparison; an estimate whose words give no "N to M months"
 * is left out rather than guessed.
 * @param {SiteData["duration"]} duration
 */
export function durationEstimates(duration) {
  const estimates = [
    { source: "the integration process", words: duration.text },
    { source: duration.variantSource?.title ?? "the official toolkit", words: duration.variant ?? "" },
  ];
  return estimates.flatMap(({ source, words }) => {
    const found = /(?:(around|about) )?(\d+) to (\d+) months/.exec(words);
    return found ? [{ source, text: found[0], fromMonths: Number(found[2]), toMonths: Number(found[3]) }] : [];
  });
}

/**
 * The plan's dates: the bank holidays (YYYY-MM-DD) a plan made on `today` can meet, and the estimates.
 * @param {SiteData} site
 * @param {string} today YYYY-MM-DD
 */
export function planDates(site, today) {
  return { holidays: planBankHolidays(today), estimates: durationEstimates(site.duration) };
}
