// An action's state as nodes for a page, with the name of whoever did it in a <bdi>: a name is typed
// by anyone and arrives by link or file, and one in a right-to-left script, or holding a direction
// override (U+202E), would otherwise turn around the words after it ("Done by AB on …"). Here, not
// in components/, because the plan's printout (print.ts) draws states too, and plan/ is below components/.
import type { ProgressRecords } from "../progress/records";
import { stateParts } from "../progress/wording";

/** An action's state in the words describeState uses, as text nodes with the name isolated in a <bdi>; `notStarted` when it has none. */
export function stateNodes(record: ProgressRecords[string] | undefined, notStarted?: string): Node[] {
  const { before, name, after } = stateParts(record, notStarted);
  if (!name) return [document.createTextNode(before)];
  return [document.createTextNode(before), isolated(name), document.createTextNode(after)];
}

/** A <bdi> holding `text`: its direction is worked out from the text itself, and cannot leak out. */
function isolated(text: string): HTMLElement {
  const bdi = document.createElement("bdi");
  bdi.textContent = text;
  return bdi;
}
