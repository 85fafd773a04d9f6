// Shows progress on the page: ticks, not-applicable buttons, counts, status tags, and a polite
// announcement after changes (debounced, so quick changes are announced once).
import type { ActionInfo } from "../progress/actions";
import { describeSummary, summarise, type ProgressStatus } from "../progress/summary";
import type { ProgressRecords } from "../progress/records";

const TAGS: Record<ProgressStatus, { text: string; modifier: string }> = {
  "not-started": { text: "Not started", modifier: "nhsuk-tag--grey" },
  "in-progress": { text: "In progress", modifier: "nhsuk-tag--blue" },
  completed: { text: "Completed", modifier: "nhsuk-tag--green" },
};

/** The ids of the actions a scope covers: "all", or a step's id. */
export function idsInScope(actions: readonly ActionInfo[], scope: string): string[] {
  return actions.filter((a) => scope === "all" || a.stepId === scope).map((a) => a.id);
}

/** Brings every progress element inside `root` up to date with `records`. */
export function renderProgress(root: HTMLElement, actions: readonly ActionInfo[], records: ProgressRecords): void {
  for (const box of root.querySelectorAll<HTMLInputElement>("input[data-action-checkbox]")) {
    box.checked = records[box.value]?.status === "done";
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-not-applicable]")) {
    const notApplicable = records[button.dataset["notApplicable"] ?? ""]?.status === "not-applicable";
    button.setAttribute("aria-pressed", String(notApplicable));
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

/** Shows a message in the page's problem or success banner (as text, never as HTML). */
export function showMessage(root: HTMLElement, kind: "problem" | "success" | null, text = ""): void {
  for (const banner of root.querySelectorAll<HTMLElement>("[data-progress-message]")) {
    const matches = banner.dataset["progressMessage"] === kind;
    banner.hidden = !matches;
    const slot = banner.querySelector<HTMLElement>("[data-message-text]");
    if (slot && matches) slot.textContent = text;
  }
}
