/**
 * The bank holidays of England and Wales, worked out at build time by date-holidays (which keeps
 * the rules, substitute days included), so the plan's suggested dates fall on working days. Never
 * typed by hand: a new year, or a change to the rules, comes with the library.
 */
import Holidays from "date-holidays";

/** The regions whose bank holidays the plan skips: England and Wales share one list. */
const REGIONS = ["ENG", "WLS"];

/**
 * The bank holidays (YYYY-MM-DD, in order, each once) of England and Wales in the years `from` to
 * `to`, both included. Only days off ("public" and "bank" in date-holidays), never observances
 * such as Mother's Day.
 * @example bankHolidays(2026, 2026) → ["2026-01-01", "2026-04-03", …, "2026-12-25", "2026-12-26", "2026-12-28"]
 * @param {number} from
 * @param {number} to
 */
export function bankHolidays(from, to) {
  /** @type {Set<string>} */
  const days = new Set();
  for (const region of REGIONS) {
    const calendar = new Holidays("GB", region);
    for (let year = from; year <= to; year += 1)
      for (const holiday of calendar.getHolidays(year))
        if (holiday.type === "public" || holiday.type === "bank") days.add(holiday.date.slice(0, 10));
  }
  return [...days].sort();
}

/**
 * The bank holidays a plan made now can meet: from the year before `today` (a plan started last
 * year is still running) to five years after it.
 * @param {string} today YYYY-MM-DD
 */
export function planBankHolidays(today) {
  const year = Number(today.slice(0, 4));
  return bankHolidays(year - 1, year + 5);
}
