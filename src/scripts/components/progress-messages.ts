// The words a team sees when saved progress could not all be read. Loaded only then (see lazy.ts);
// the shorter storage problems are in progress.ts.
import { describeRejected, plural } from "../progress/records";
import type { ReadReport, StoreProblem } from "../progress/stored-plan";

/** The end of every message in which nothing is saved: what happens to the ticks instead. */
const NOT_SAVED = "your ticks are not saved: they stay on this page until you leave. Use Export progress to keep a copy.";

/**
 * What to tell the user about saved progress that could not all be read, and what became of it and of
 * the ticks on the page. `problem` is the store's after it read the value and tried to save: each
 * message claims a save only when there was one (a copy kept aside, and no problem since).
 */
export function describeReadReport(report: ReadReport, problem: StoreProblem = null): string {
  const otherTab = report.found === "other-tab";
  const whole = report.unreadable !== null;
  const found = otherTab
    ? `Another tab or program saved progress that this page could not ${whole ? "read" : "all read"}`
    : `The progress saved in this browser could not ${whole ? "" : "all "}be read`;
  const why = whole ? ` (${report.unreadable})` : "";
  const newer =
    report.newerVersion === null
      ? ""
      : ` It was saved by a newer version of this guide (version ${report.newerVersion})${whole ? "." : "; everything this version understands is shown."}`;
  const rejected =
    !whole && report.rejected.length > 0
      ? ` ${plural(report.rejected.length, "entry", "entries")} could not be read and ${report.rejected.length === 1 ? "is" : "are"} left out: ${describeRejected(report.rejected)}. Every other entry is shown.`
      : "";
  // Opening with a value it cannot read, the page starts from nothing; one arriving from another tab
  // is merged into what the page holds, so its ticks stay.
  const start = whole && !otherTab ? " This page starts without it." : "";

  let outcome: string;
  if (!report.keptAside) {
    // The store never writes over a value it could not copy aside, so nothing was saved, nor will be until there is room.
    outcome = `This browser's storage is too full to keep a copy of what was saved, so it is left as it is, and ${NOT_SAVED}`;
  } else if (problem !== null) {
    const cause = problem === "full" ? "this browser's storage is full" : "this browser does not let this site store data";
    outcome = `A copy of what was saved is kept in this browser, not deleted, but ${cause}, so ${NOT_SAVED}`;
  } else {
    const saved = otherTab ? "The ticks on this page are kept and have been saved again. " : "";
    outcome = `${saved}A copy of what was saved is kept in this browser, not deleted.`;
  }
  return `${found}${why}.${newer}${rejected}${start} ${outcome}`;
}
