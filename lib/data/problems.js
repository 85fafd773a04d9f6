/** Where in a file a problem is: keys and list positions. @typedef {ReadonlyArray<string | number | symbol>} Path */

/**
 * Turns a path such as ["steps", 2, "actions", 4] into "steps[2].actions[4]".
 * @param {Path} path
 */
export function formatPath(path) {
  return path.reduce((/** @type {string} */ out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

/**
 * One problem in one data file, printed as `file › path: message`.
 * @param {string} file
 * @param {Path} path
 * @param {string} message
 */
export function problem(file, path, message) {
  const where = formatPath(path);
  return where ? `${file} › ${where}: ${message}` : `${file}: ${message}`;
}

/** Thrown when the data cannot be built into a site; `problems` lists every one found. */
export class GuideDataError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The guide's data has ${count}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "GuideDataError";
    this.problems = problems;
  }
}
