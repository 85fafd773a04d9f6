// The words a team sees when their progress cannot be saved or could not all be read.
import { describeRejected, plural } from "../progress/records";
import type { ReadReport, StoreProblem } from "../progress/store";

/** What to tell the user about a storage problem. */
export const PROBLEM_MESSAGES: Record<Exclude<StoreProblem, null>, string> = {
  blocked:
    "Your progress cannot be saved in this browser because it does not let this site store data. Your ticks stay while this page is open. Use Export progress to keep a copy.",
  full: "Your last change could not be saved because this browser's storage is full. It stays on this page until you leave. Use Export progress to keep a copy.",
};

/** What to tell the user about saved progress that could not all be read. */
export function describeReadReport(report: ReadReport): string {
  const kept = report.keptAside
    ? "A copy of what was saved is kept in this browser, not deleted."
    : "This browser's storage is too full to keep a copy, so nothing will be saved over it until there is room.";
  const where =
    report.found === "other-tab"
      ? "Another tab or program saved progress that this page could not read"
      : "The progress saved in this browser could not all be read";
  if (report.unreadable !== null) {
    const after =
      report.found === "other-tab" ? "The ticks on this page are kept and have been saved again." : "The checklist starts without it.";
    return `${report.found === "other-tab" ? where : "The progress saved in this browser could not be read"} (${report.unreadable}). ${after} ${kept}`;
  }
  const newer =
    report.newerVersion !== null
      ? ` It was saved by a newer version of this guide (version ${report.newerVersion}); everything this version understands is shown.`
      : "";
  const rejected =
    report.rejected.length > 0
      ? ` ${plural(report.rejected.length, "entry", "entries")} could not be read and ${report.rejected.length === 1 ? "is" : "are"} left out: ${describeRejected(report.rejected)}. Every other entry is shown.`
      : "";
  return `${where}.${newer}${rejected} ${kept}`;
}
