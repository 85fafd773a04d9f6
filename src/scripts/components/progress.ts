// The checklist component: binds the action checkboxes and not-applicable buttons on a page to the
// progress store, and keeps counts, tags, messages and other tabs in step.
import { Component } from "nhsuk-frontend";
import { readActionManifest, type ActionInfo } from "../progress/actions";
import type { ActionStatus } from "../progress/records";
import { ProgressStore } from "../progress/store";
import { describeSummary, effectiveRecords, summarise } from "../progress/summary";
import { startProgressControls } from "./progress-controls";
import { PROBLEM_MESSAGES } from "./progress-messages";
import { createAnnouncer, idsInScope, renderProgress, showMessage } from "./progress-view";

/** Progress tracking for the checklists inside an element with data-module="app-progress". */
export class Progress extends Component {
  static override moduleName = "app-progress";

  constructor($root: Element | null) {
    super($root);
    startProgress(this.$root, new ProgressStore());
  }
}

function startProgress(root: HTMLElement, store: ProgressStore): void {
  const actions = readActionManifest(document);
  if (actions.length === 0) return;
  const byId = new Map(actions.map((a) => [a.id, a]));
  const announce = createAnnouncer(root.querySelector<HTMLElement>("[data-progress-announcer]"));

  const render = () => renderProgress(root, actions, effectiveRecords(store.all(), actions));
  const reportSave = (saved: boolean) => {
    if (!saved && store.problem) showMessage(root, "problem", PROBLEM_MESSAGES[store.problem]);
  };
  const announceChange = (action: ActionInfo, status: ActionStatus) => {
    const records = effectiveRecords(store.all(), actions);
    const what = status === "done" ? "marked as done" : status === "not-applicable" ? "marked as not applicable" : "marked as not done";
    const step = describeSummary(summarise(idsInScope(actions, action.stepId), records));
    const all = describeSummary(summarise(idsInScope(actions, "all"), records));
    announce(`${action.title}: ${what}. ${action.stepTitle}: ${step}. Whole process: ${all}.`);
  };

  root.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches("[data-action-checkbox]")) return;
    const action = byId.get(box.value);
    if (!action) return;
    const status: ActionStatus = box.checked ? "done" : "todo";
    reportSave(store.set(action.id, status));
    announceChange(action, status);
  });

  root.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-not-applicable]") : null;
    const action = byId.get(button?.dataset["notApplicable"] ?? "");
    if (!button || !action) return;
    const status: ActionStatus = button.getAttribute("aria-pressed") === "true" ? "todo" : "not-applicable";
    reportSave(store.set(action.id, status));
    announceChange(action, status);
  });

  store.subscribe(render);
  for (const element of root.querySelectorAll<HTMLElement>("[data-js-only]")) element.hidden = false;
  if (store.problem) showMessage(root, "problem", PROBLEM_MESSAGES[store.problem]);
  startProgressControls(root, store, actions, reportSave);
  render();
}
