// A plan shared with this browser by link (loaded only when one arrives): read and checked, described (who shared it, when, what it
// would change, how many conflicts it would leave to choose between, whether the sender's clock looks
// wrong), and merged only when the reader agrees. The link's fragment is removed once answered.
import { conflictTotal, describeConflicts, previewMerge } from "../progress/merge-preview";
import type { PlanState } from "../progress/state-shape";
import { parseDateTime, plural } from "../progress/records";
import type { ProgressStore } from "../progress/store";
import type { KnownIds } from "../progress/transfer";
import { formatTime } from "../progress/wording";
import { isPlanFragment } from "../plan/share-link";
import { readPlanFragment } from "../plan/share-link-read";
import { showMessage } from "./progress-view";

/** The time of the latest change a plan holds, by its writers' clocks, or null when it holds none. */
function latestChange(state: PlanState): string | null {
  let latest: string | null = null;
  let latestTime = -Infinity;
  const registers = [
    ...Object.values(state.actions).flatMap((a) => Object.values(a)),
    ...Object.values(state.dates),
    ...Object.values(state.answers),
  ];
  for (const register of registers)
    for (const entry of register?.entries ?? []) {
      const time = parseDateTime(entry.at) ?? -Infinity;
      if (time > latestTime) [latest, latestTime] = [entry.at, time];
    }
  return latest;
}

/** Reads a shared link whenever the address carries one, and asks before merging it. */
export function startShareIn(root: HTMLElement, store: ProgressStore, known: KnownIds): void {
  const incoming = root.querySelector<HTMLElement>("[data-plan-incoming]");
  if (!incoming) return;
  let pending: PlanState | null = null;
  const clearFragment = () => history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  const set = (selector: string, text: string) => {
    const element = incoming.querySelector<HTMLElement>(selector);
    if (!element) return;
    element.textContent = text;
    element.hidden = text === "";
  };

  const read = async () => {
    if (!isPlanFragment(location.hash)) return;
    const result = await readPlanFragment(location.hash, known);
    if (!result.ok) {
      pending = null;
      incoming.hidden = true;
      showMessage(root, "share", "problem", `This shared link cannot be used: ${result.why}. Your plan has not changed.`, true);
      return;
    }
    const preview = previewMerge(store.state(), result.state, result.sharedAt, Date.now(), store.ownWriters());
    const conflicts = conflictTotal(preview.conflicts);
    if (preview.actions + preview.settings + preview.requirements + preview.members + conflicts === 0) {
      clearFragment();
      showMessage(
        root,
        "share",
        "success",
        "This shared link holds nothing your plan does not already have. Your plan has not changed.",
        true,
      );
      return;
    }
    pending = result.state;
    const latest = latestChange(result.state);
    // The sender's name is theirs to write: isolated, so right-to-left text cannot reorder the line.
    const from = incoming.querySelector<HTMLElement>("[data-plan-incoming-from]");
    const name = document.createElement("bdi");
    name.textContent = result.sharedBy || "someone who gave no name";
    from?.replaceChildren("Shared by ", name, latest ? ` · ${formatTime(latest)}` : "");
    const parts = [preview.actions > 0 ? `${plural(preview.actions, "action is", "actions are")} newer in this link` : ""];
    if (preview.settings > 0)
      parts.push(`${plural(preview.settings, "answer or plan date is", "answers or plan dates are")} newer in this link`);
    if (preview.requirements > 0)
      parts.push(`${plural(preview.requirements, "technical requirement tick is", "technical requirement ticks are")} newer in this link`);
    if (preview.members > 0) parts.push(`${plural(preview.members, "team member is", "team members are")} new or changed in this link`);
    const unknown =
      result.unknownIds.length > 0
        ? ` It also has ${plural(result.unknownIds.length, "action", "actions")} this guide does not have, which will be kept but not shown.`
        : "";
    const changes = parts.filter(Boolean).join(", and ");
    set("[data-plan-incoming-text]", changes ? `${changes}.${unknown}`.replace(/^./, (c) => c.toUpperCase()) : unknown.trim());
    set("[data-plan-incoming-conflicts]", describeConflicts(preview.conflicts));
    set(
      "[data-plan-incoming-clock]",
      preview.clock === null
        ? ""
        : `The sender's computer clock looks ${preview.clock === "ahead" ? "fast" : "slow"} by more than a day, so the dates and times shown for their changes may be wrong. Merging is not affected: it follows who had seen which change, not the clock.`,
    );
    incoming.hidden = false;
    incoming.focus();
  };

  incoming.querySelector("[data-plan-merge]")?.addEventListener("click", () => {
    if (!pending) return;
    const preview = previewMerge(store.state(), pending, null, Date.now());
    const { saved } = store.merge(pending);
    pending = null;
    incoming.hidden = true;
    clearFragment();
    const conflicts = conflictTotal(preview.conflicts);
    // Only what changed is named: a link holding only requirement ticks says so, not "0 actions".
    const updated = [
      preview.actions > 0 ? plural(preview.actions, "action", "actions") : "",
      preview.settings > 0 ? plural(preview.settings, "answer or date", "answers or dates") : "",
    ].filter(Boolean);
    const what = `Merged the shared plan:${updated.length > 0 ? ` ${updated.join(" and ")} updated.` : ""}${preview.requirements > 0 ? ` ${plural(preview.requirements, "technical requirement tick", "technical requirement ticks")} changed.` : ""}${preview.members > 0 ? ` ${plural(preview.members, "team member", "team members")} added or changed.` : ""}${conflicts > 0 ? ` ${plural(conflicts, "field has", "fields have")} conflicting changes for you to choose between: look for “Conflicting changes” below.` : ""} Nothing in your plan was lost.`;
    showMessage(
      root,
      "share",
      saved ? "success" : "problem",
      saved ? what : `${what} But it could not be saved in this browser: it stays on this page until you leave.`,
      true,
    );
  });
  incoming.querySelector("[data-plan-ignore]")?.addEventListener("click", () => {
    pending = null;
    incoming.hidden = true;
    clearFragment();
    showMessage(root, "share", "success", "The shared plan was not merged. Your plan has not changed.", true);
  });
  window.addEventListener("hashchange", () => void read());
  void read();
}
