// The words a team sees when their progress cannot be saved.
import type { StoreProblem } from "../progress/store";

/** What to tell the user about a storage problem. */
export const PROBLEM_MESSAGES: Record<Exclude<StoreProblem, null>, string> = {
  blocked:
    "Your progress cannot be saved in this browser because it does not let this site store data. Your ticks stay while this page is open. Use Export progress to keep a copy.",
  full: "Your last change could not be saved because this browser's storage is full. It stays on this page until you leave. Use Export progress to keep a copy.",
  corrupt:
    "The progress saved in this browser could not be read, so this checklist has started afresh. The unreadable copy has been kept in this browser, not deleted.",
};
