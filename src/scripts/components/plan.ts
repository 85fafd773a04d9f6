// The team plan (/plan/): each action's status, owner, target date and notes, edited in place and
// saved by the same store as the checklist; the questions that tailor it; dates; filters; a link that
// carries the whole plan; and the exports. Everything the user typed is set as text, never as HTML.
import { Component } from "nhsuk-frontend";
import { readActionManifest, siteAddress, type ActionInfo } from "../progress/actions";
import { LIMITS, mergePlans, type ActionField, type PlanData, type PlanDateField } from "../progress/plan-data";
import { plural } from "../progress/records";
import { pageRecords, updatedSinceTicked } from "../progress/status-view";
import { ProgressStore } from "../progress/store";
import { describeSummary, summarise } from "../progress/summary";
import { exportFileName } from "../progress/transfer";
import { planCalendar } from "../plan/calendar";
import { printCallPack, printPlanTable } from "../plan/print";
import { lateActions, suggestedDates, targetDates, today, waitingFor } from "../plan/schedule";
import { isPlanFragment, MAX_LINK_FRAGMENT, planFragment, readPlanFragment } from "../plan/share-link";
import { createStatusReporter } from "./progress";
import { download, startProgressControls } from "./progress-controls";
import { showMessage, showUpdatedSinceTicked } from "./progress-view";
import { describeState, formatDay } from "../progress/wording";

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The team plan inside an element with data-module="app-plan". */
export class Plan extends Component {
  static override moduleName = "app-plan";

  constructor($root: Element | null) {
    super($root);
    startPlan(this.$root, new ProgressStore());
  }
}

/** Everything the page shows, worked out once per render from the stored plan. */
interface View {
  plan: PlanData;
  records: ReturnType<typeof pageRecords>;
  suggested: Map<string, string>;
  targets: Map<string, string>;
  late: Set<string>;
}

function startPlan(module: HTMLElement, store: ProgressStore): void {
  const root = module.querySelector<HTMLElement>("[data-plan-root]");
  const actions = readActionManifest(document);
  if (!root || actions.length === 0) return;
  const byId = new Map(actions.map((a) => [a.id, a]));
  const known = new Set(actions.flatMap((a) => [a.id, ...a.replaces]));
  const defaultWeeks = Number(module.dataset["defaultWeeks"]) || 12;
  const address = (url: string) => siteAddress(document, url);
  const reportStatus = createStatusReporter(root, store);

  const view = (): View => {
    const plan = store.data();
    const records = pageRecords(plan, actions);
    const targets = targetDates(actions, plan, defaultWeeks);
    return {
      plan,
      records,
      suggested: suggestedDates(actions, plan, defaultWeeks),
      targets,
      late: new Set(lateActions(actions, records, targets, today())),
    };
  };

  // ---- Rendering -------------------------------------------------------------------------------
  const render = () => {
    const current = view();
    renderFields(root, current);
    renderStates(root, actions, current);
    renderAnswers(root, current.plan);
    renderDocuments(root, current.plan);
    renderOwnerFilter(root, current.plan);
    applyFilters(root, current);
    const summary = root.querySelector<HTMLElement>("[data-plan-summary]");
    if (summary) {
      const counts = summarise(
        actions.map((a) => a.id),
        current.records,
      );
      const late = current.late.size > 0 ? ` ${plural(current.late.size, "action is", "actions are")} late.` : "";
      summary.textContent = `${describeSummary(counts)}.${late}`;
    }
    const name = root.querySelector<HTMLInputElement>("[data-plan-name]");
    if (name && document.activeElement !== name) name.value = store.name();
    reportStatus();
    scheduleLink();
  };

  // ---- Saving what the team types ----------------------------------------------------------------
  const saveField = (element: FieldElement) => {
    const id = element.dataset["planFor"] ?? "";
    const field = element.dataset["planField"] as ActionField;
    if (!byId.has(id)) return;
    const value = field === "owner" || field === "notes" ? element.value.trim() : element.value;
    if (field === "notes" && value.length > LIMITS.notes) {
      showFieldProblem(
        root,
        id,
        `Your notes for ${byId.get(id)?.number ?? ""} are not saved: they are ${value.length.toLocaleString("en-GB")} characters long, over the ${LIMITS.notes.toLocaleString("en-GB")} allowed. Shorten them to save.`,
      );
      return;
    }
    showFieldProblem(root, id, "");
    const stored = store.data().actions[id]?.[field]?.value ?? (field === "status" ? "todo" : "");
    if (stored !== value) store.setField(id, field, value);
  };
  const timers = new Map<Element, number>();
  const saveSoon = (element: FieldElement) => {
    window.clearTimeout(timers.get(element));
    timers.set(
      element,
      window.setTimeout(() => saveField(element), 400),
    );
  };

  root.addEventListener("input", (event) => {
    // Only what the user types is saved. The plan's own rendering tells the character count about a
    // value it shows with an input event; saving that would stamp a teammate's note as ours, and newer.
    if (!event.isTrusted) return;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.matches("[data-plan-name]")) {
      window.clearTimeout(timers.get(target));
      timers.set(
        target,
        window.setTimeout(() => store.setName(target.value), 400),
      );
    } else if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.matches("[data-plan-field]")) {
      // Typed text is saved as the user pauses, so closing the tab never loses a note.
      if (target.type !== "date") saveSoon(target);
    }
  });
  root.addEventListener("change", (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) return;
    if (target.matches("[data-plan-field]")) {
      window.clearTimeout(timers.get(target));
      saveField(target);
    } else if (target.matches("[data-plan-name]")) {
      window.clearTimeout(timers.get(target));
      store.setName(target.value);
    } else if (target.matches("[data-plan-date]")) {
      const field = target.dataset["planDate"] as PlanDateField;
      if ((store.data().dates[field]?.value ?? "") !== target.value) store.setDate(field, target.value);
    } else if (target.closest("[data-plan-question]") && target instanceof HTMLInputElement && target.checked) {
      store.setAnswer(target.closest<HTMLElement>("[data-plan-question]")?.dataset["planQuestion"] ?? "", target.value);
    } else if (target.matches("[data-plan-filter]")) {
      applyFilters(root, view());
    }
  });
  // A field left with unsaved typing is saved as the page is hidden or closed.
  window.addEventListener("pagehide", () => {
    for (const element of timers.keys()) {
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        if (element.matches("[data-plan-field]")) saveField(element);
        else if (element.matches("[data-plan-name]")) store.setName(element.value);
      }
    }
  });

  // ---- The link to share -------------------------------------------------------------------------
  let linkTimer: number | undefined;
  const linkField = root.querySelector<HTMLInputElement>("[data-plan-link]");
  const scheduleLink = () => {
    window.clearTimeout(linkTimer);
    linkTimer = window.setTimeout(() => void updateLink(), 150);
  };
  const updateLink = async () => {
    if (!linkField) return;
    const fragment = await planFragment(store.data());
    const base = `${location.origin}${location.pathname}`;
    if (fragment.length - 1 > MAX_LINK_FRAGMENT) {
      linkField.value = "";
      linkField.dataset["tooBig"] = "true";
      showMessage(
        root,
        "link",
        "problem",
        `Your plan is too big to fit in a link (${fragment.length.toLocaleString("en-GB")} characters; a link holds up to ${MAX_LINK_FRAGMENT.toLocaleString("en-GB")}). Use Export plan below and send your team the file instead.`,
      );
      return;
    }
    if (linkField.dataset["tooBig"]) {
      delete linkField.dataset["tooBig"];
      showMessage(root, "link", null);
    }
    linkField.value = `${base}${fragment}`;
  };
  root.querySelector("[data-plan-copy]")?.addEventListener("click", () => {
    void (async () => {
      await updateLink();
      if (!linkField?.value) return;
      let copied: boolean;
      try {
        await navigator.clipboard.writeText(linkField.value);
        copied = true;
      } catch {
        linkField.select();
        copied = document.execCommand("copy");
      }
      showMessage(
        root,
        "link",
        copied ? "success" : "problem",
        copied
          ? "Link copied. Anyone with it can read your plan, notes included."
          : "The link could not be copied. Select it in the box above and copy it yourself.",
        true,
      );
    })();
  });

  // ---- A plan shared with this browser ------------------------------------------------------------
  const incoming = root.querySelector<HTMLElement>("[data-plan-incoming]");
  let pending: PlanData | null = null;
  const clearFragment = () => history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  const readIncoming = async () => {
    if (!isPlanFragment(location.hash)) return;
    const result = await readPlanFragment(location.hash, known);
    if (!result.ok) {
      pending = null;
      if (incoming) incoming.hidden = true;
      showMessage(root, "share", "problem", `This shared link cannot be used: ${result.why}. Your plan has not changed.`, true);
      return;
    }
    const { count } = mergePlans(store.data(), result.plan);
    if (count.fields + count.settings === 0) {
      clearFragment();
      showMessage(root, "share", "success", "This shared link holds nothing newer than your plan. Your plan has not changed.", true);
      return;
    }
    pending = result.plan;
    const parts = [count.actions > 0 ? `${plural(count.actions, "action is", "actions are")} newer in this link` : ""];
    if (count.settings > 0)
      parts.push(`${plural(count.settings, "answer or plan date is", "answers or plan dates are")} newer in this link`);
    const unknown =
      result.unknownIds.length > 0
        ? ` It also has ${plural(result.unknownIds.length, "action", "actions")} this guide does not have, which will be left out.`
        : "";
    const text = incoming?.querySelector<HTMLElement>("[data-plan-incoming-text]");
    if (text) text.textContent = `${parts.filter(Boolean).join(", and ")}.${unknown}`.replace(/^./, (c) => c.toUpperCase());
    if (incoming) {
      incoming.hidden = false;
      incoming.focus();
    }
  };
  incoming?.querySelector("[data-plan-merge]")?.addEventListener("click", () => {
    if (!pending) return;
    const { saved, count } = store.merge(pending);
    pending = null;
    incoming.hidden = true;
    clearFragment();
    const what = `Merged the shared plan: ${plural(count.actions, "action", "actions")} and ${plural(count.settings, "answer or date", "answers or dates")} updated. Where this browser had a newer change, it was kept.`;
    showMessage(
      root,
      "share",
      saved ? "success" : "problem",
      saved ? what : `${what} But it could not be saved in this browser: it stays on this page until you leave.`,
      true,
    );
  });
  incoming?.querySelector("[data-plan-ignore]")?.addEventListener("click", () => {
    pending = null;
    incoming.hidden = true;
    clearFragment();
    showMessage(root, "share", "success", "The shared plan was not merged. Your plan has not changed.", true);
  });
  window.addEventListener("hashchange", () => void readIncoming());

  // ---- Exports and printing ----------------------------------------------------------------------
  startProgressControls(root, store, actions);
  root.querySelector("[data-plan-export='ics']")?.addEventListener("click", () => {
    const current = view();
    const now = new Date();
    const calendar = planCalendar(
      actions,
      current.records,
      current.plan,
      current.targets,
      address,
      location.host || "nhs-login-guide",
      now,
    );
    download(exportFileName(now, "ics", "plan"), "text/calendar", calendar);
  });
  const printArea = root.querySelector<HTMLElement>("[data-plan-print-area]");
  let printing: string | null = null;
  const fillPrintArea = () => {
    if (!printArea) return;
    const current = view();
    const context = { actions, ...current };
    if (printing && printing !== "plan") printCallPack(printArea, root, printing, context);
    else printPlanTable(printArea, context);
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-plan-print]")) {
    button.addEventListener("click", () => {
      printing = button.dataset["planPrint"] ?? "plan";
      fillPrintArea();
      window.print();
      printing = null;
    });
  }
  // The browser's own Print prints the plan as a table.
  window.addEventListener("beforeprint", () => {
    if (!printing) fillPrintArea();
  });

  store.subscribe(render);
  render();
  void readIncoming();
}

/** Shows (or with "" clears) a problem with one action's fields, next to them. */
function showFieldProblem(root: HTMLElement, id: string, text: string): void {
  const slot = root.querySelector<HTMLElement>(`[data-plan-problem="${id}"]`);
  const slotText = slot?.querySelector<HTMLElement>("[data-plan-problem-text]");
  if (!slot || !slotText) return;
  slotText.textContent = text;
  slot.hidden = text === "";
}

/** Brings every field up to date, except the one being typed in. */
function renderFields(root: HTMLElement, { plan, records, suggested }: View): void {
  for (const element of root.querySelectorAll<FieldElement>("[data-plan-field]")) {
    const id = element.dataset["planFor"] ?? "";
    const field = element.dataset["planField"] as ActionField;
    if (field === "status") {
      const record = records[id];
      element.value = record?.status ?? "todo";
      // Ruled out by an answer (the state says which): changed by changing the answer.
      element.disabled = Boolean(record?.reason);
      continue;
    }
    if (document.activeElement === element) continue;
    const value = plan.actions[id]?.[field]?.value ?? "";
    if (element.value !== value) {
      element.value = value;
      // nhsuk-frontend's character count updates its message on input.
      if (element instanceof HTMLTextAreaElement) element.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  for (const hint of root.querySelectorAll<HTMLElement>("[data-plan-suggested]")) {
    const day = suggested.get(hint.dataset["planSuggested"] ?? "");
    hint.textContent = day ? `Suggested: ${formatDay(day)}` : "Suggested date: set a start date first";
  }
  for (const input of root.querySelectorAll<HTMLInputElement>("[data-plan-date]")) {
    if (document.activeElement !== input) input.value = plan.dates[input.dataset["planDate"] as PlanDateField]?.value ?? "";
  }
}

/** Each action's state in words: who did it and when, why it does not apply, what it waits for, and whether it is late. */
function renderStates(root: HTMLElement, actions: readonly ActionInfo[], { records, targets, late }: View): void {
  const byId = new Map(actions.map((a) => [a.id, a]));
  for (const element of root.querySelectorAll<HTMLElement>("[data-plan-state]")) {
    const id = element.dataset["planState"] ?? "";
    const action = byId.get(id);
    if (!action) continue;
    const record = records[id];
    const started = record?.status !== undefined && record.status !== "todo";
    const waiting = started ? [] : waitingFor(action, records).map((w) => byId.get(w)?.number ?? w);
    const text = describeState(record, waiting.length > 0 ? `Cannot start yet: waits for ${waiting.join(", ")}` : "Not started");
    element.replaceChildren(document.createTextNode(text));
    if (late.has(id)) {
      const tag = document.createElement("strong");
      tag.className = "nhsuk-tag nhsuk-tag--red app-plan-late";
      tag.textContent = "Late";
      element.append(" ", tag, ` (target date ${formatDay(targets.get(id) ?? "")})`);
    }
    showUpdatedSinceTicked(element, action, updatedSinceTicked(action, records, id));
  }
}

function renderAnswers(root: HTMLElement, plan: PlanData): void {
  for (const group of root.querySelectorAll<HTMLElement>("[data-plan-question]")) {
    const answer = plan.answers[group.dataset["planQuestion"] ?? ""]?.value ?? "";
    for (const radio of group.querySelectorAll<HTMLInputElement>("input[type=radio]")) radio.checked = radio.value === answer;
  }
}

/** Says, for each document whose need depends on an answer, whether this team needs it, and why not. */
function renderDocuments(root: HTMLElement, plan: PlanData): void {
  for (const item of root.querySelectorAll<HTMLElement>("li[data-exclusions]")) {
    const exclusions = JSON.parse(item.dataset["exclusions"] ?? "[]") as { question: string; answer: string; reason: string }[];
    const ruledOut = exclusions.find(({ question, answer }) => plan.answers[question]?.value === answer);
    item.dataset["needed"] = ruledOut ? "no" : "yes";
    const state = item.querySelector<HTMLElement>("[data-plan-document-state]");
    if (state) state.textContent = ruledOut ? `not needed, as ${ruledOut.reason}` : "needed unless your answers rule it out";
  }
}

/** Offers each owner named in the plan, keeping the current choice. */
function renderOwnerFilter(root: HTMLElement, plan: PlanData): void {
  const select = root.querySelector<HTMLSelectElement>("[data-plan-filter='owner']");
  if (!select) return;
  const owners = [
    ...new Set(
      Object.values(plan.actions)
        .map((r) => r.owner?.value ?? "")
        .filter(Boolean),
    ),
  ].sort((a, b) => a.localeCompare(b, "en"));
  const chosen = select.value;
  const options = [new Option("Anyone", ""), ...owners.map((owner) => new Option(owner, owner))];
  select.replaceChildren(...options);
  select.value = owners.includes(chosen) ? chosen : "";
}

/** Shows only the actions the filters choose; the saved plan and the counts keep every action. */
function applyFilters(root: HTMLElement, { plan, late }: View): void {
  const owner = root.querySelector<HTMLSelectElement>("[data-plan-filter='owner']")?.value ?? "";
  const role = root.querySelector<HTMLSelectElement>("[data-plan-filter='role']")?.value ?? "";
  const onlyLate = root.querySelector<HTMLInputElement>("[data-plan-filter='late']")?.checked ?? false;
  let shown = 0;
  const groups = [...root.querySelectorAll<HTMLElement>("[data-plan-action]")];
  for (const group of groups) {
    const id = group.dataset["planAction"] ?? "";
    const visible =
      (!owner || plan.actions[id]?.owner?.value === owner) &&
      (!role || (group.dataset["roles"] ?? "").split(" ").includes(role)) &&
      (!onlyLate || late.has(id));
    group.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const heading of root.querySelectorAll<HTMLElement>("[data-plan-step]")) {
    let next = heading.nextElementSibling;
    let any = false;
    while (next && !next.matches("[data-plan-step]") && next.matches("[data-plan-action]")) {
      if (!(next as HTMLElement).hidden) any = true;
      next = next.nextElementSibling;
    }
    heading.hidden = !any;
  }
  const status = root.querySelector<HTMLElement>("[data-plan-filter-status]");
  if (status)
    status.textContent =
      shown === groups.length ? `Showing all ${groups.length} actions.` : `Showing ${shown} of ${groups.length} actions.`;
}
