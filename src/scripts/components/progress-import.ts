// Reading an import file and merging it into the plan, with the outcome said next to the file input.
// Loaded when a file is chosen (see lazy.ts), not with the page.
import { knownIds, type ActionInfo } from "../progress/actions";
import { MAX_IMPORT_BYTES } from "../progress/export-format";
import { conflictTotal, describeConflicts, previewMerge } from "../progress/merge-preview";
import { plural } from "../progress/records";
import type { ProgressStore } from "../progress/store";
import { parseImport } from "../progress/transfer";
import { showMessage } from "./progress-view";

/** Reads an import file and merges it into the store, reporting the outcome next to the file input. */
export async function importFile(root: HTMLElement, store: ProgressStore, actions: readonly ActionInfo[], file: File): Promise<void> {
  const report = (kind: "problem" | "success", text: string) => showMessage(root, "import", kind, text, true);
  if (file.size > MAX_IMPORT_BYTES) {
    report("problem", "This file cannot be imported: it is over 1 MB, far larger than a progress file. Your progress has not changed.");
    return;
  }
  const result = parseImport(await file.text(), knownIds(document, actions));
  if (!result.ok) {
    report("problem", result.message);
    return;
  }
  const preview = previewMerge(store.state(), result.state, result.sharedAt, Date.now(), store.ownWriters());
  const { saved } = store.merge(result.state);
  const unknown = result.unknownIds.length;
  const kept = unknown
    ? ` It also holds ${plural(unknown, "action", "actions")} this guide does not have: ${unknown === 1 ? "it is" : "they are"} kept, in case the guide brings ${unknown === 1 ? "it" : "them"} back.`
    : "";
  const left = result.unknownAnswers
    ? ` ${plural(result.unknownAnswers, "answer was", "answers were")} to questions this guide does not ask, and ${result.unknownAnswers === 1 ? "was" : "were"} left out.`
    : "";
  const settings =
    (preview.settings > 0 ? ` ${plural(preview.settings, "plan date or answer", "plan dates or answers")} updated.` : "") +
    (preview.requirements > 0
      ? ` ${plural(preview.requirements, "technical requirement tick", "technical requirement ticks")} changed.`
      : "") +
    (preview.members > 0 ? ` ${plural(preview.members, "team member", "team members")} added or changed.` : "");
  const conflicts =
    conflictTotal(preview.conflicts) > 0 ? ` ${describeConflicts(preview.conflicts).replace(/\.$/, "")} on the team plan.` : "";
  const summary = `Imported ${file.name}: ${plural(preview.actions, "action", "actions")} updated.${settings}${conflicts} Nothing in this browser was lost.${kept}${left}`;
  if (saved) report("success", summary);
  else report("problem", `${summary} But it could not be saved in this browser: it stays on this page until you leave.`);
}
