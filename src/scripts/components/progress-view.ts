// Shows progress on the page: ticks, not-applicable buttons, counts, status tags, and a polite
// announcement after changes (debounced, so quick changes are announced once).
import { siteAddress, type ActionInfo } from "../progress/actions";
import { updatedSinceTicked } from "../progress/status-view";
import { describeSummary, summarise, type ProgressStatus } from "../progress/summary";
import type { ProgressRecords } from "../progress/records";
import { formatDay } from "../progress/wording";
import { stateNodes } from "../plan/state-text";

const TAGS: Record<ProgressStatus, { text: string; modifier: string }> = {
  "not-started": { text: "Not started", modifier: "nhsuk-tag--grey" },
  "in-progress": { text: "In progress", modifier: "nhsuk-tag--blue" },
  completed: { text: "Completed", modifier: "nhsuk-tag--green" },
};

/** The ids of the actions a scope covers: "all", or a step's id. */
export function idsInScope(actions: readonly ActionInfo[], scope: string): string[] {
  return actions.filter((a) => scope === "all" || a.stepId === scope).map((a) => a.id);
}

/** The actions past their target date, and those dates, as the plan sets them; and those whose status is in conflict. */
export interface Lateness {
  late: ReadonlySet<string>;
  targets: ReadonlyMap<string, string>;
  conflicted?: ReadonlySet<string>;
}

/** Brings every progress element inside `root` up to date with `records`, flagging late actions. */
export function renderProgress(
  root: HTMLElement,
  actions: readonly ActionInfo[],
  records: ProgressRecords,
  { late, targets, conflicted = new Set() }: Lateness = { late: new Set(), targets: new Map() },
): void {
  for (const box of root.querySelectorAll<HTMLInputElement>("input[data-action-checkbox]")) {
    box.checked = records[box.value]?.status === "done";
  }
  for (const box of root.querySelectorAll<HTMLInputElement>("input[data-not-applicable]")) {
    const record = records[box.value];
    box.checked = record?.status === "not-applicable";
    // Ruled out by the team's answers (the state says why): changed by changing the answer on the plan.
    box.disabled = Boolean(record?.reason);
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-action-state]")) {
    const id = element.dataset["actionState"] ?? "";
    const target = targets.get(id);
    const lateText = late.has(id) && target ? ` (late: its target date was ${formatDay(target)})` : "";
    element.replaceChildren(...stateNodes(records[id]), lateText);
    if (conflicted.has(id)) {
      // Two people set its status without seeing each other's change: the plan shows both, to choose from.
      const link = document.createElement("a");
      link.href = siteAddress(document, `/plan/#plan-action-${id}`);
      link.textContent = "Conflicting changes: choose on the team plan";
      element.append(" · ", link);
    }
    const action = actions.find((a) => a.id === id);
    if (action) showUpdatedSinceTicked(element, action, updatedSinceTicked(action, records, id));
  }
  const updated = actions.filter((a) => updatedSinceTicked(a, records, a.id)).length;
  for (const element of root.querySelectorAll<HTMLElement>("[data-progress-updated]")) {
    element.hidden = updated === 0;
    const text = element.querySelector<HTMLElement>("[data-progress-updated-text]");
    if (text)
      text.textContent = `${updated} ${updated === 1 ? "action" : "actions"} you ticked ${updated === 1 ? "has" : "have"} changed since.`;
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-progress-late]")) {
    element.hidden = late.size === 0;
    const text = element.querySelector<HTMLElement>("[data-progress-late-text]");
    if (text)
      text.textContent = `${late.size} ${late.size === 1 ? "action is" : "actions are"} past ${late.size === 1 ? "its" : "their"} target date.`;
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-progress-count]")) {
    element.textContent = describeSummary(summarise(idsInScope(actions, element.dataset["progressScope"] ?? "all"), records));
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-progress-tag]")) {
    const tag = TAGS[summarise(idsInScope(actions, element.dataset["progressScope"] ?? "all"), records).status];
    element.textContent = tag.text;
    element.classList.remove(...Object.values(TAGS).map((t) => t.modifier));
    element.classList.add(tag.modifier);
  }
}

/**
 * After an action's state, a link to the change made to its guidance since it was ticked, or none.
 * The link is the state element's next sibling, made once and kept.
 */
export function showUpdatedSinceTicked(state: HTMLElement, action: ActionInfo, updated: boolean): void {
  let link = state.nextElementSibling;
  if (!(link instanceof HTMLAnchorElement && link.matches("[data-updated-since]"))) {
    if (!updated) return;
    link = document.createElement("a");
    link.className = "app-updated-since";
    link.setAttribute("data-updated-since", action.id);
    link.textContent = "Updated since you ticked it";
    state.after(link);
    // Then "Mark as read", from the template rendered with the manifest (nhsuk-frontend's button).
    const button = document
      .querySelector<HTMLTemplateElement>("template[data-mark-read-template]")
      ?.content.firstElementChild?.cloneNode(true);
    if (button instanceof HTMLButtonElement) {
      button.dataset["markRead"] = action.id;
      const context = button.querySelector("[data-mark-read-context]");
      if (context) context.textContent = ` for ${action.number} ${action.title}`;
      link.after(button);
    }
  }
  const anchor = link as HTMLAnchorElement;
  anchor.hidden = !updated;
  const button = anchor.nextElementSibling;
  if (button instanceof HTMLButtonElement && button.matches("[data-mark-read]")) {
    button.hidden = !updated;
    if (action.change) button.dataset["changeDate"] = action.change.date;
  }
  if (updated && action.change) anchor.href = siteAddress(document, action.change.url);
}

/**
 * Wires every "Mark as read" button inside `root`: it records, like any field, that the team has read
 * the change, so the flag goes for everyone the plan reaches. Focus moves to the action's state.
 */
export function wireMarkAsRead(root: HTMLElement, markRead: (id: string, changeDate: string) => void): void {
  root.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-mark-read]") : null;
    const id = button?.dataset["markRead"];
    const date = button?.dataset["changeDate"];
    if (!button || !id || !date) return;
    const state = button.previousElementSibling?.previousElementSibling;
    markRead(id, date);
    if (state instanceof HTMLElement) {
      state.tabIndex = -1;
      state.focus();
    }
  });
}

/** Announces text politely, once the user has paused for `delay` milliseconds. */
export function createAnnouncer(region: HTMLElement | null, delay = 600): (text: string) => void {
  let timer: number | undefined;
  return (text) => {
    if (!region) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      region.textContent = text;
    }, delay);
  };
}

/** Where a message shows: at the top of the page, or next to the control it is about (import, reset; on the plan, an incoming link and the link to share). */
export type MessageScope = "page" | "import" | "reset" | "share" | "link" | "plan-reset";

/**
 * Shows a message in one scope's problem or success banner (as text, never as HTML), or hides that
 * scope's banners when `kind` is null. `focus` moves focus to it, so it is read out and in view.
 */
export function showMessage(root: HTMLElement, scope: MessageScope, kind: "problem" | "success" | null, text = "", focus = false): void {
  for (const banner of root.querySelectorAll<HTMLElement>(`[data-message-scope="${scope}"]`)) {
    const matches = banner.dataset["progressMessage"] === kind;
    banner.hidden = !matches;
    const slot = banner.querySelector<HTMLElement>("[data-message-text]");
    if (slot && matches) slot.textContent = text;
    if (matches && focus) {
      banner.tabIndex = -1;
      banner.focus();
    }
  }
}
