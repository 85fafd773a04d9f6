// The checklist component: binds the action checkboxes (done, and not applicable for conditional
// actions) on a page to the progress store, and keeps counts, tags, messages and other tabs in step.
import { Component } from "nhsuk-frontend";
import { readActionManifest, type ActionInfo } from "../progress/actions";
import type { ActionStatus } from "../progress/status";
import { pageRecords } from "../progress/status-view";
import { lateActions, targetDates } from "../plan/schedule";
import { today } from "../plan/working-days";
import { readScheduleSettings } from "../progress/schedule-settings";
import { pageStore, type ProgressStore } from "../progress/store";
import type { ReadReport, StoreProblem } from "../progress/stored-plan";
import { describeSummary, summarise } from "../progress/summary";
import { startProgressControls } from "./progress-controls";
import { lazy } from "../lazy";
import { createAnnouncer, idsInScope, renderProgress, showMessage, wireMarkAsRead } from "./progress-view";
import { openedAfresh } from "../started";

/** Progress tracking for the checklists inside an element with data-module="app-progress". */
export class Progress extends Component {
  static override moduleName = "app-progress";

  constructor($root: Element | null) {
    super($root);
    startProgress(this.$root, pageStore());
  }
}

/** What to tell the user about a storage problem. */
export const PROBLEM_MESSAGES: Record<Exclude<StoreProblem, null>, string> = {
  blocked:
    "Your progress cannot be saved in this browser because it does not let this site store data. Your ticks stay while this page is open. Use Export progress to keep a copy.",
  full: "Your last change could not be saved because this browser's storage is full. It stays on this page until you leave. Use Export progress to keep a copy.",
};

/** Reports storage problems and unreadable saved data at the top of the page, and clears them once saving works again. */
export function createStatusReporter(root: HTMLElement, store: ProgressStore): () => void {
  let showing: "problem" | "report" | null = null;
  // The store reads storage again before every save, and reports a value it could not copy aside
  // each time as found in another tab; the value this page already reported keeps where it was found.
  let shown: { about: string; found: ReadReport["found"] } | null = null;
  return () => {
    if (store.report) {
      const about = JSON.stringify([store.report.unreadable, store.report.rejected, store.report.newerVersion]);
      const found = shown?.about === about ? shown.found : store.report.found;
      // With the store's problem, so the message claims a save only if there was one.
      const [report, problem] = [{ ...store.report, found }, store.problem];
      void lazy("progress-messages").then(({ describeReadReport }) =>
        showMessage(root, "page", "problem", describeReadReport(report, problem)),
      );
      shown = { about, found };
      store.report = null;
      showing = "report";
    } else if (store.problem) {
      showMessage(root, "page", "problem", PROBLEM_MESSAGES[store.problem]);
      showing = "problem";
    } else if (showing === "problem") {
      // Saving works again: the warning no longer holds. A read report stays until the user leaves.
      showMessage(root, "page", null);
      showing = null;
    }
  };
}

function startProgress(root: HTMLElement, store: ProgressStore): void {
  const actions = readActionManifest(document);
  if (actions.length === 0) return;
  const byId = new Map(actions.map((a) => [a.id, a]));
  const announce = createAnnouncer(root.querySelector<HTMLElement>("[data-progress-announcer]"));
  const reportStatus = createStatusReporter(root, store);

  const schedule = readScheduleSettings(document);
  const render = () => {
    const plan = store.data();
    const records = pageRecords(plan, actions);
    const targets = targetDates(actions, plan, schedule);
    const conflicted = new Set(
      store.conflicts().flatMap((c) => (c.path.kind === "action" && c.path.field === "status" ? [c.path.id] : [])),
    );
    renderProgress(root, actions, records, { late: new Set(lateActions(actions, records, targets, today())), targets, conflicted });
    reportStatus();
  };
  const announceChange = (action: ActionInfo, status: ActionStatus) => {
    const records = pageRecords(store.data(), actions);
    const what = status === "done" ? "marked as done" : status === "not-applicable" ? "marked as not applicable" : "marked as not done";
    const step = describeSummary(summarise(idsInScope(actions, action.stepId), records));
    const all = describeSummary(summarise(idsInScope(actions, "all"), records));
    announce(`${action.title}: ${what}. ${action.stepTitle}: ${step}. Whole process: ${all}.`);
  };

  const saveBox = (box: EventTarget | null) => {
    if (!(box instanceof HTMLInputElement)) return;
    const action = byId.get(box.value);
    if (!action) return;
    let status: ActionStatus;
    if (box.matches("[data-action-checkbox]")) status = box.checked ? "done" : "todo";
    else if (box.matches("[data-not-applicable]")) status = box.checked ? "not-applicable" : "todo";
    else return;
    store.set(action.id, status);
    announceChange(action, status);
  };
  root.addEventListener("change", (event) => saveBox(event.target));
  // A box ticked before this script started is saved, not reset by the first render. Only on a page
  // opened afresh: on Back, Forward or reload a browser may restore the ticks the page showed when it
  // was left, which may since have changed in another tab, and saving those would undo that change.
  if (openedAfresh()) {
    for (const box of root.querySelectorAll<HTMLInputElement>("[data-action-checkbox], [data-not-applicable]")) {
      if (box.checked !== box.defaultChecked) saveBox(box);
    }
  }

  wireMarkAsRead(root, (id, date) => store.setField(id, "read", date));
  store.subscribe(render);
  startProgressControls(root, store, actions);
  render();
}
