/** Date helpers for the change log and review dates. Every date is a YYYY-MM-DD string in UTC. */

const DAY = 24 * 60 * 60 * 1000;
const parse = (/** @type {string} */ isoDate) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Whether `value` is a real date written YYYY-MM-DD (not 2026-02-30 or 2026-13-01).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isRealDate(value) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parse(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today as YYYY-MM-DD in UTC: the day a build runs. */
export function todayIso(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

/**
 * The whole days from one date to a later one. @example daysBetween("2026-11-24", "2027-05-24") → 181
 * @param {string} from
 * @param {string} to
 */
export function daysBetween(from, to) {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY);
}

/**
 * The date `days` days after `isoDate`. @example addDays("2026-11-24", 181) → "2027-05-24"
 * @param {string} isoDate
 * @param {number} days
 */
export function addDays(isoDate, days) {
  return new Date(parse(isoDate).getTime() + days * DAY).toISOString().slice(0, 10);
}

const formats = {
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

/**
 * A date as a reader sees it, only as exact as it is known.
 * @example dateText("2023-12-01", "month") → "December 2023"; dateText("2026-04-03") → "3 April 2026"
 * @param {string} isoDate
 * @param {"day" | "month" | "year"} [precision]
 */
export function dateText(isoDate, precision = "day") {
  return formats[precision].format(parse(isoDate));
}

/**
 * The same day `months` calendar months earlier, or the month's last day when it is shorter.
 * @example monthsBefore("2026-12-07", 6) → "2026-06-07"; monthsBefore("2026-08-31", 6) → "2026-02-28"
 * @param {string} isoDate
 * @param {number} months
 */
export function monthsBefore(isoDate, months) {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}
