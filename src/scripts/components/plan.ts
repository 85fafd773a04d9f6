// The team plan (/plan/): each action's status, owner, target date and notes, edited in place and
// saved by the same store as the checklist; the questions that tailor it; dates; the team; filters; a
// link that carries the whole plan; and the exports. This module starts the parts and redraws them
// when the saved plan changes; each part is a module of its own. Everything the user typed is set as
// text, never as HTML.
import { Component } from "nhsuk-frontend";
import { knownIds, readActionManifest, type ActionInfo } from "../progress/actions";
import type { Conflict } from "../progress/plan-state";
import { readScheduleSettings } from "../progress/schedule-settings";
import { pageStore, type ProgressStore } from "../progress/store";
import { isPlanFragment } from "../plan/link-format";
import { createStatusReporter } from "./progress";
import { showMessage, wireMarkAsRead } from "./progress-view";
import { lazy, type LazyModules } from "../lazy";
import { drawPlanRows } from "./plan-rows";
import { startPlanDates } from "./plan-dates";
import { startPlanTeam } from "./plan-team";
import { startPlanFields } from "./plan-fields";
import { startPlanLink } from "./plan-link";
import { startPlanOutputs } from "./plan-outputs";
import { startServiceName } from "./plan-service-name";
import { applyFilters, currentView, renderAnswers, renderDocuments, renderOwnerFilter, renderStates, renderSummary } from "./plan-view";

/** The team plan inside an element with data-module="app-plan". */
export class Plan extends Component {
  static override moduleName = "app-plan";

  constructor($root: Element | null) {
    super($root);
    startPlan(this.$root, pageStore());
  }
}

function startPlan(module: HTMLElement, store: ProgressStore): void {
  const root = module.querySelector<HTMLElement>("[data-plan-root]");
  const actions = readActionManifest(document);
  if (!root || actions.length === 0) return;
  drawPlanRows(root, actions);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const known = knownIds(document, actions);
  const schedule = readScheduleSettings(document);
  const reportStatus = createStatusReporter(root, store);
  const view = () => currentView(store, actions, schedule);
  const label = (id: string) => {
    const action: ActionInfo | undefined = byId.get(id);
    return action ? `${action.number} ${action.title}` : id;
  };

  // ---- Conflicting changes: their code is loaded once there is one to show ---------------------------
  let conflictsModule: LazyModules["plan-conflicts"] | null = null;
  let loadingConflicts = false;
  const drawConflicts = (conflicts: Conflict[]) => {
    if (conflictsModule) conflictsModule.renderConflicts(root, store, conflicts, label);
    else if (conflicts.length > 0 && !loadingConflicts) {
      loadingConflicts = true;
      void lazy("plan-conflicts").then((module) => {
        conflictsModule = module;
        render();
      });
    }
  };

  // ---- The parts, each drawn from the saved plan on every render -----------------------------------
  const drawService = startServiceName(root, store);
  const team = startPlanTeam(root, store);
  const scheduleLink = startPlanLink(root, store);
  const refilter = () => applyFilters(root, view());
  const render = () => {
    const current = view();
    drawFields(current);
    drawService(current.plan);
    team.draw(current.plan);
    drawConflicts(current.conflicts);
    renderStates(root, actions, current);
    renderAnswers(root, current.plan);
    renderDocuments(root, current.plan);
    renderOwnerFilter(root, current.plan);
    applyFilters(root, current);
    renderSummary(module.querySelector<HTMLElement>("[data-plan-summary]"), actions, current);
    const name = root.querySelector<HTMLInputElement>("[data-plan-name]");
    if (name && document.activeElement !== name) name.value = store.name();
    reportStatus();
    scheduleLink();
  };
  const drawFields = startPlanFields(root, store, { byId, team, render, refilter });

  // ---- A plan shared with this browser ------------------------------------------------------------
  // Its code is loaded only when a link arrives.
  let shareIn: Promise<unknown> | null = null;
  const readShared = () => {
    if (!isPlanFragment(location.hash)) return;
    shareIn ??= lazy("plan-share-in").then(({ startShareIn }) => startShareIn(root, store, known));
  };
  window.addEventListener("hashchange", readShared);
  readShared();

  startPlanOutputs(root, store, actions, view);

  // ---- Reset the plan ------------------------------------------------------------------------------
  root.querySelector("[data-plan-reset-yes]")?.addEventListener("click", () => {
    const saved = store.reset();
    const panel = root.querySelector<HTMLElement>("[data-plan-reset-panel]");
    if (panel) panel.hidden = true;
    root.querySelector<HTMLButtonElement>("[data-plan-reset]")?.setAttribute("aria-expanded", "false");
    showMessage(
      root,
      "plan-reset",
      saved ? "success" : "problem",
      saved
        ? "The plan is reset: everything it held in this browser is cleared. Links and files you made before still hold it."
        : "The plan is reset on this page, but it could not be saved in this browser: it comes back when you reload.",
      true,
    );
  });

  wireMarkAsRead(root, (id, date) => store.setField(id, "read", date));

  // The start and go-live dates: checked where they are typed, with the plan's working days (plan-dates.ts).
  startPlanDates(root, store, actions, render);

  // The count of technical requirements met under their action: its code loads only when there is one.
  const requirementLines = [...root.querySelectorAll<HTMLElement>("[data-requirements-progress]")];
  if (requirementLines.length > 0)
    void lazy("requirements").then((requirements) => requirements.startRequirementsProgress(requirementLines, store));

  store.subscribe(render);
  render();
}
