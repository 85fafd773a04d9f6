/**
 * Checks the dates that must not lie after the day of the build: each change's date and each
 * `reviewed` date. Separate from the schemas, which check that a date is real, because "today" is
 * an input: a build passes today's date, a test passes a fixed one.
 */
import { problem } from "./problems.js";
import { isRealDate } from "./dates.js";

export { todayIso } from "./dates.js";

/** A value that should be a list, as one (empty when it is not): the data is not yet validated. @param {unknown} value @returns {any[]} */
const list = (value) => (Array.isArray(value) ? value : []);

/** Every `checked` value in `value` with its path: sources sit at many depths in many files. */
/**
 * @param {unknown} value
 * @param {Array<string | number>} [path]
 * @returns {Generator<[unknown, Array<string | number>]>}
 */
function* checkedDates(value, path = []) {
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* checkedDates(item, [...path, i]);
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      if (key === "checked") yield [item, [...path, key]];
      else yield* checkedDates(item, [...path, key]);
    }
}

/**
 * Returns a problem for every change, `reviewed` or source's `checked` date after `today` (YYYY-MM-DD). Dates that are
 * not real are left to the schemas. `data` and `labels` are keyed as for checkReferences.
 * @example checkDates({ changes }, { changes: "_data/changes.yaml" }, "2026-11-24")
 */
/**
 * @param {import("./load-guide-data.js").RawData} data
 * @param {import("./load-guide-data.js").Labels} labels
 * @param {string} today
 */
export function checkDates(data, labels, today) {
  /** @type {string[]} */
  const problems = [];
  /** @param {unknown} value @param {string} label @param {Array<string | number>} at @param {string} what */
  const check = (value, label, at, what) => {
    // A date that is not real is the schema's to report; comparing it would report it twice.
    if (isRealDate(value) && value > today)
      problems.push(problem(label, at, `${what} ${value} is in the future (the build's date is ${today})`));
  };
  list(data.changes?.changes).forEach((entry, i) => check(entry?.date, labels.changes, ["changes", i, "date"], "the date"));
  list(data.process?.steps).forEach((step, s) => {
    check(step?.reviewed, labels.process, ["steps", s, "reviewed"], "the review date");
    list(step?.actions).forEach((action, a) =>
      check(action?.reviewed, labels.process, ["steps", s, "actions", a, "reviewed"], "the review date"),
    );
  });
  list(data.documents?.documents).forEach((doc, i) =>
    check(doc?.reviewed, labels.documents, ["documents", i, "reviewed"], "the review date"),
  );
  list(data.glossary?.terms).forEach((term, i) => check(term?.reviewed, labels.glossary, ["terms", i, "reviewed"], "the review date"));
  // A source cannot have been checked on a day that has not come yet, wherever in a file it is.
  for (const [key, value] of Object.entries(data))
    for (const [checked, at] of checkedDates(value)) check(checked, key in labels ? Reflect.get(labels, key) : key, at, "the checked date");
  return problems;
}
