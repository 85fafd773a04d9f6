// The team plan (/plan/): each action's status, owner, target date and notes, edited in place and
// saved by the same store as the checklist; the questions that tailor it; dates; filters; a link that
// carries the whole plan; and the exports. Everything the user typed is set as text, never as HTML.
import { Component } from "nhsuk-frontend";
import { knownIds, readActionManifest, siteAddress, type ActionInfo } from "../progress/actions";
import { LIMITS, MEMBER_PREFIX, type ActionField, type PlanData, type PlanDateField } from "../progress/plan-data";
import { pathKey, type Conflict, type FieldPath } from "../progress/plan-state";
import type { Seen } from "../progress/register";
import { plural } from "../progress/records";
import { pageRecords, updatedSinceTicked } from "../progress/status-view";
import { ProgressStore } from "../progress/store";
import { describeSummary, summarise } from "../progress/summary";
import { exportFileName } from "../progress/export-format";
import { lateActions, suggestedDates, targetDates, today, waitingFor } from "../plan/schedule";
import { isPlanFragment, MAX_LINK_FRAGMENT } from "../plan/link-format";
import { createStatusReporter } from "./progress";
import { download, startProgressControls } from "./progress-controls";
import { showMessage, showUpdatedSinceTicked, wireMarkAsRead } from "./progress-view";
import { formatDay } from "../progress/wording";
import { stateNodes } from "../plan/state-text";
import { lazy, type LazyModules } from "../lazy";
import { drawPlanRows } from "./plan-rows";
import { startPlanDates } from "./plan-dates";
import { startPlanTeam } from "./plan-team";

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
  /** The name this browser's changes are recorded under, for "My actions". */
  me: string;
  records: ReturnType<typeof pageRecords>;
  suggested: Map<string, string>;
  targets: Map<string, string>;
  late: Set<string>;
  conflicts: Conflict[];
}

function startPlan(module: HTMLElement, store: ProgressStore): void {
  const root = module.querySelector<HTMLElement>("[data-plan-root]");
  const actions = readActionManifest(document);
  if (!root || actions.length === 0) return;
  drawPlanRows(root, actions);
  const drawService = startServiceName(root, store);
  const team = startPlanTeam(root, store);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const known = knownIds(document, actions);
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
      me: store.name(),
      conflicts: store.conflicts(),
    };
  };
  const label = (id: string) => {
    const action = byId.get(id);
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

  // ---- What the person editing a field has seen ----------------------------------------------------
  // A field being edited keeps what was in it when editing began (its basis), so saving replaces only
  // that: a value that arrived meanwhile, from another tab or a merge, stays beside it as a conflict.
  const editing = new Map<Element, { basis: Seen; shown: string }>();
  const pathOf = (element: FieldElement): FieldPath => ({
    kind: "action",
    id: element.dataset["planFor"] ?? "",
    field: element.dataset["planField"] as ActionField,
  });
  const shownValue = (element: FieldElement) => {
    const path = pathOf(element) as Extract<FieldPath, { kind: "action" }>;
    return store.data().actions[path.id]?.[path.field]?.value ?? (path.field === "status" ? "todo" : "");
  };
  /** The field's value as saved: for an owner who is a team member, their reference, not their name. */
  const savedValue = (element: FieldElement) => {
    const path = pathOf(element) as Extract<FieldPath, { kind: "action" }>;
    const owner = path.field === "owner" ? store.data().actions[path.id]?.owner : undefined;
    return owner?.member ? `${MEMBER_PREFIX}${owner.member}` : shownValue(element);
  };
  root.addEventListener("focusin", (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.matches("[data-plan-field]") || editing.has(target)) return;
    const element = target as FieldElement;
    editing.set(element, { basis: store.seen(pathOf(element)), shown: shownValue(element) });
  });
  root.addEventListener("focusout", (event) => {
    const target = event.target;
    // After any save the leaving triggers (change fires first); a field with typing not yet saved keeps its basis until saved.
    if (target instanceof HTMLElement && !timers.has(target)) window.setTimeout(() => finishEditing(target), 0);
    // A row kept in view while it was edited goes, once focus has left it, if the filters leave it out.
    window.setTimeout(() => {
      if (!target || !(target instanceof Node) || !target.isConnected) return;
      const row = (target as Element).closest?.("[data-plan-action]");
      if (row && !row.contains(document.activeElement)) applyFilters(root, view());
    }, 0);
  });
  const finishEditing = (element: Element) => {
    if (document.activeElement === element || timers.has(element)) return;
    const edit = editing.get(element);
    editing.delete(element);
    showChangedMeanwhile(element, false);
    // Left untouched: show what arrived meanwhile. Typed text that could not be saved (over a limit) stays.
    if (edit && (element as FieldElement).value === edit.shown) render();
  };

  // ---- Rendering -------------------------------------------------------------------------------
  const render = () => {
    const current = view();
    renderFields(root, current, editing);
    drawService(current.plan);
    team.draw(current.plan);
    drawConflicts(current.conflicts);
    renderStates(root, actions, current);
    renderAnswers(root, current.plan);
    renderDocuments(root, current.plan);
    renderOwnerFilter(root, current.plan);
    applyFilters(root, current);
    const summary = module.querySelector<HTMLElement>("[data-plan-summary]");
    if (summary) {
      const counts = summarise(
        actions.map((a) => a.id),
        current.records,
      );
      const late = current.late.size > 0 ? ` ${plural(current.late.size, "action is", "actions are")} late.` : "";
      const conflicts =
        current.conflicts.length > 0
          ? ` ${plural(current.conflicts.length, "field has", "fields have")} conflicting changes to choose between.`
          : "";
      summary.textContent = `${describeSummary(counts)}.${late}${conflicts}`;
    }
    const name = root.querySelector<HTMLInputElement>("[data-plan-name]");
    if (name && document.activeElement !== name) name.value = store.name();
    reportStatus();
    scheduleLink();
  };

  // ---- Saving what the team types ----------------------------------------------------------------
  // `committed` when the field is left or the page hidden, not when typing pauses: only then does a
  // new owner's name join the team.
  const saveField = (element: FieldElement, committed = true) => {
    const id = element.dataset["planFor"] ?? "";
    const field = element.dataset["planField"] as ActionField;
    if (!byId.has(id)) return;
    const typed = field === "owner" || field === "notes" ? element.value.trim() : element.value;
    const value = field === "owner" ? team.ownerValue(typed, committed) : typed;
    if (field === "notes" && value.length > LIMITS.notes) {
      showFieldProblem(
        root,
        id,
        `Your notes for ${byId.get(id)?.number ?? ""} are not saved: they are ${value.length.toLocaleString("en-GB")} characters long, over the ${LIMITS.notes.toLocaleString("en-GB")} allowed. Shorten them to save.`,
      );
      return;
    }
    showFieldProblem(root, id, "");
    const edit = editing.get(element);
    const path = pathOf(element);
    const inConflict = store.conflicts().some((c) => pathKey(c.path) === pathKey(path));
    if (savedValue(element) === value && !inConflict && (!edit || edit.shown === typed)) return;
    store.setField(id, field, value, edit?.basis);
    // What this page wrote itself, it has seen: the next save replaces it, not what arrived meanwhile.
    if (edit) edit.basis = store.ownSeen(path, edit.basis);
  };
  const timers = new Map<Element, number>();
  const saveSoon = (element: FieldElement) => {
    window.clearTimeout(timers.get(element));
    timers.set(
      element,
      window.setTimeout(() => {
        timers.delete(element);
        saveField(element, false);
        if (document.activeElement !== element) finishEditing(element);
      }, 400),
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
      timers.delete(target);
      saveField(target);
    } else if (target.matches("[data-plan-name]")) {
      window.clearTimeout(timers.get(target));
      store.setName(target.value);
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
  // Packing is asynchronous, so two updates can finish out of order: only the latest may fill the box,
  // or a slower, older one would leave a stale link after Copy link had copied the current one.
  let linkRequest = 0;
  let latestLink: Promise<void> = Promise.resolve();
  const updateLink = () => (latestLink = packLink(++linkRequest));
  /** Resolves once the newest link asked for so far is in the box. */
  const linkSettled = async () => {
    let waited: Promise<void>;
    do await (waited = latestLink);
    while (waited !== latestLink);
  };
  // A link is stamped with when it was made, so it is packed again only when the plan or the name in
  // it changed: otherwise a render after Copy link would put a link in the box other than the one copied.
  let packedFor = "";
  const packLink = async (request: number) => {
    if (!linkField) return;
    const packing = JSON.stringify([store.state(), store.name()]);
    if (packing === packedFor && linkField.value) return;
    // The packing code is loaded once, after the page has started: the link fills in a moment later.
    const { planFragment } = await lazy("share-link");
    const fragment = await planFragment(store.state(), store.name());
    if (request !== linkRequest) return;
    packedFor = packing;
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
      window.clearTimeout(linkTimer);
      void updateLink();
      await linkSettled();
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
  // Its code is loaded only when a link arrives.
  let shareIn: Promise<unknown> | null = null;
  const readShared = () => {
    if (!isPlanFragment(location.hash)) return;
    shareIn ??= lazy("plan-share-in").then(({ startShareIn }) => startShareIn(root, store, known));
  };
  window.addEventListener("hashchange", readShared);
  readShared();

  // ---- Exports and printing ----------------------------------------------------------------------
  startProgressControls(root, store, actions);
  root.querySelector("[data-plan-export='ics']")?.addEventListener("click", () => {
    void lazy("calendar").then(({ planCalendar }) => {
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
  });
  // Printing's code is loaded when the page is idle, or when a print button is pressed; the browser's
  // own Print (which cannot wait for it) prints the plan as a table once it is there.
  const printArea = root.querySelector<HTMLElement>("[data-plan-print-area]");
  let printer: LazyModules["print"] | null = null;
  const loadPrinter = () => lazy("print").then((module) => (printer = module));
  const fillPrintArea = (pack: string | null) => {
    if (!printArea || !printer) return;
    const context = { actions, ...view() };
    if (pack && pack !== "plan") printer.printCallPack(printArea, root, pack, context);
    else printer.printPlanTable(printArea, context);
  };
  let printing = false;
  // A call pack's own parts are built with the site into call-packs.json, beside this page, and put in
  // the page as templates the first time a pack is printed.
  let packs: Promise<void> | null = null;
  const loadPacks = () =>
    (packs ??= fetch(new URL("call-packs.json", location.href))
      .then((response) => response.json() as Promise<{ common: string; packs: { action: string; name: string; html: string }[] }>)
      .then(({ common, packs: list }) => {
        const templates: { attributes: Record<string, string>; html: string }[] = [
          { attributes: { "data-call-pack-common": "" }, html: common },
          ...list.map((pack) => ({ attributes: { "data-call-pack": pack.action, "data-call-name": pack.name }, html: pack.html })),
        ];
        for (const { attributes, html } of templates) {
          const template = document.createElement("template");
          for (const [name, value] of Object.entries(attributes)) template.setAttribute(name, value);
          // Our own build's markup, made from the guide's data; nothing a user typed.
          template.innerHTML = html;
          root.append(template);
        }
      })
      .catch(() => {
        packs = null;
      }));
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-plan-print]")) {
    button.addEventListener("click", () => {
      const pack = button.dataset["planPrint"] ?? "plan";
      void Promise.all([loadPrinter(), pack === "plan" ? null : loadPacks()]).then(() => {
        printing = true;
        fillPrintArea(pack);
        window.print();
        printing = false;
      });
    });
  }
  window.addEventListener("beforeprint", () => {
    if (!printing) fillPrintArea(null);
  });
  (window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000)))(() => void loadPrinter());

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

  store.subscribe(render);
  render();
}

/** Says, next to a field being edited, that its saved value changed meanwhile (or clears that). */
function showChangedMeanwhile(element: Element, changed: boolean): void {
  const group = element.closest<HTMLElement>(".nhsuk-form-group") ?? element.parentElement;
  let note = group?.querySelector<HTMLElement>("[data-plan-changed-meanwhile]") ?? null;
  if (!changed) {
    note?.remove();
    return;
  }
  if (note || !group) return;
  const template = element.closest("[data-plan-root]")?.querySelector<HTMLTemplateElement>("template[data-plan-changed-template]");
  note = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | null;
  if (!note) return;
  group.insertBefore(note, element);
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
function renderFields(root: HTMLElement, { plan, records, suggested }: View, editing: ReadonlyMap<Element, { shown: string }>): void {
  for (const element of root.querySelectorAll<FieldElement>("[data-plan-field]")) {
    const id = element.dataset["planFor"] ?? "";
    const field = element.dataset["planField"] as ActionField;
    const edit = editing.get(element);
    const stored = field === "status" ? (plan.actions[id]?.status?.value ?? "todo") : (plan.actions[id]?.[field]?.value ?? "");
    if (edit) {
      // Never overwritten under the cursor; the person is told it changed.
      showChangedMeanwhile(element, stored !== edit.shown);
      continue;
    }
    if (field === "status") {
      const record = records[id];
      element.value = record?.status ?? "todo";
      // Ruled out by an answer (the state says which): changed by changing the answer.
      element.disabled = Boolean(record?.reason);
      continue;
    }
    const value = stored;
    if (element.value !== value) {
      element.value = value;
      // nhsuk-frontend's character count updates its message on input.
      if (element instanceof HTMLTextAreaElement) element.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  for (const hint of root.querySelectorAll<HTMLElement>("[data-plan-suggested]")) {
    const day = suggested.get(hint.dataset["planSuggested"] ?? "");
    // Without a start date there is nothing to suggest: the plan's length says so once, not per row.
    hint.textContent = day ? `Suggested: ${formatDay(day)}` : "";
    if (hint.parentElement) hint.parentElement.hidden = !day;
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
    const notStarted = waiting.length > 0 ? `Cannot start yet: waits for ${waiting.join(", ")}` : "Not started";
    element.replaceChildren(...stateNodes(record, notStarted));
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
function applyFilters(root: HTMLElement, { plan, late, conflicts, me }: View): void {
  const owner = root.querySelector<HTMLSelectElement>("[data-plan-filter='owner']")?.value ?? "";
  const role = root.querySelector<HTMLSelectElement>("[data-plan-filter='role']")?.value ?? "";
  const onlyLate = root.querySelector<HTMLInputElement>("[data-plan-filter='late']")?.checked ?? false;
  const onlyMine = root.querySelector<HTMLInputElement>("[data-plan-filter='mine']")?.checked ?? false;
  const isMine = (owner: string | undefined) =>
    Boolean(me) && owner?.trim().toLocaleLowerCase("en-GB") === me.trim().toLocaleLowerCase("en-GB");
  const onlyConflicts = root.querySelector<HTMLInputElement>("[data-plan-filter='conflicts']")?.checked ?? false;
  const conflicted = new Set(conflicts.flatMap((c) => (c.path.kind === "action" ? [c.path.id] : [])));
  let shown = 0;
  const groups = [...root.querySelectorAll<HTMLElement>("[data-plan-action]")];
  for (const group of groups) {
    const id = group.dataset["planAction"] ?? "";
    const visible =
      (!owner || plan.actions[id]?.owner?.value === owner) &&
      (!role || (group.dataset["roles"] ?? "").split(" ").includes(role)) &&
      (!onlyLate || late.has(id)) &&
      (!onlyMine || isMine(plan.actions[id]?.owner?.value)) &&
      (!onlyConflicts || conflicted.has(id));
    // The row being edited stays until focus leaves it, so a change that takes it out of the filter
    // (a status changed with the arrow keys) never drops focus to the page.
    const editingHere = group.contains(document.activeElement);
    group.hidden = !visible && !editingHere;
    if (visible) shown += 1;
  }
  // A step with none of the chosen actions is left out, heading and all.
  for (const step of root.querySelectorAll<HTMLElement>("section[data-plan-step]")) {
    step.hidden = !step.querySelector("[data-plan-action]:not([hidden])");
  }
  const status = root.querySelector<HTMLElement>("[data-plan-filter-status]");
  if (status)
    status.textContent =
      shown === groups.length ? `Showing all ${groups.length} actions.` : `Showing ${shown} of ${groups.length} actions.`;
}

/** Wires the service name (a plan-wide text field), and returns what shows it from the saved plan. */
function startServiceName(root: HTMLElement, store: ProgressStore): (plan: PlanData) => void {
  const input = root.querySelector<HTMLInputElement>("[data-plan-setting='serviceName']");
  let timer: number | undefined;
  const save = () => {
    window.clearTimeout(timer);
    const value = input?.value.trim() ?? "";
    if ((store.data().settings.serviceName?.value ?? "") !== value) store.setAt({ kind: "setting", field: "serviceName" }, value);
  };
  input?.addEventListener("input", (event) => {
    if (!event.isTrusted) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 400);
  });
  input?.addEventListener("change", save);
  window.addEventListener("pagehide", () => {
    if (timer !== undefined) save();
  });
  return (plan) => {
    if (input && document.activeElement !== input) input.value = plan.settings.serviceName?.value ?? "";
  };
}
