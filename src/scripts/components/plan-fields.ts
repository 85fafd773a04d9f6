// The plan's fields as the team edits them: each action's Status, Owner, Target date and Notes, the
// answers, the name this browser gives, and the filters. A field being edited is never overwritten
// under the cursor; typed text is saved as the person pauses, leaves the field or hides the page; a
// new owner's name joins the team when the field is left.
import type { ActionInfo } from "../progress/actions";
import { LIMITS } from "../progress/limits";
import { MEMBER_PREFIX } from "../progress/members";
import type { ActionField } from "../progress/plan-data";
import { pathKey, type FieldPath } from "../progress/field-paths";
import type { Seen } from "../progress/register";
import type { ProgressStore } from "../progress/store";
import type { PlanTeam } from "./plan-team";
import type { View } from "./plan-view";
import { renderFields, showChangedMeanwhile, showFieldProblem, type FieldElement } from "./plan-field-render";

/** What the page needs from the rest of the plan while fields are edited. */
interface FieldHooks {
  byId: ReadonlyMap<string, ActionInfo>;
  team: PlanTeam;
  /** Draws the whole plan from what is saved. */
  render: () => void;
  /** Shows the rows the filters choose. */
  refilter: () => void;
}

/** Wires editing and saving; returns what brings the fields up to date without touching one being edited. */
export function startPlanFields(
  root: HTMLElement,
  store: ProgressStore,
  { byId, team, render, refilter }: FieldHooks,
): (current: View) => void {
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
      if (row && !row.contains(document.activeElement)) refilter();
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
      refilter();
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
  return (current) => renderFields(root, current, editing);
}
