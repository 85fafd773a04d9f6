const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Formats an ISO date (YYYY-MM-DD) the way NHS pages write dates.
 * @example {{ "2026-11-24" | readableDate }} → "24 November 2026"
 * @param {string} isoDate
 */
export function readableDate(isoDate) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`readableDate: "${isoDate}" is not a YYYY-MM-DD date`);
  return formatter.format(date);
}
