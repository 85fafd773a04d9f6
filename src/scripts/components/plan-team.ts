// The team on the plan page: each member's name or initials and, optionally, role, entered once and
// kept with the plan, so it travels in links and files like every other field. Owners are chosen from
// it: an owner is saved as the member's id, so renaming someone keeps their actions, and typing a new
// name as an owner adds them to the team. Names are set as text, never as HTML.
import { LIMITS } from "../progress/limits";
import { MEMBER_PREFIX, memberValue } from "../progress/members";
import type { Member, PlanData } from "../progress/plan-data";
import type { ProgressStore } from "../progress/store";
import { fillIds } from "./plan-rows";

/** Whether two names are the same person's: "Dan" and " dan " are; "Dan (dev)" is someone else. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase("en-GB") === b.trim().toLocaleLowerCase("en-GB");
}

/** The id of the member with this name, or null. */
export function memberNamed(members: Readonly<Record<string, Member>>, name: string): string | null {
  return Object.keys(members).find((id) => sameName(members[id]?.name ?? "", name)) ?? null;
}

/** Why a member's name cannot be saved, or null when it can. */
export function memberNameProblem(members: Readonly<Record<string, Member>>, name: string, self: string | null): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Enter a name or initials";
  if (trimmed.length > LIMITS.by) return `Enter a name or initials of ${LIMITS.by} characters or fewer`;
  const other = memberNamed(members, trimmed);
  if (other !== null && other !== self) return `${members[other]?.name ?? trimmed} is already in the team`;
  return null;
}

/** A new member id: random, so two people adding someone at once never pick the same one. */
function newMemberId(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return `m-${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** What the plan page asks of its team. */
export interface PlanTeam {
  /** Shows the team as saved (the list, the owners' suggestions), leaving a name being typed alone. */
  draw(plan: PlanData): void;
  /**
   * What to save as an owner for what was typed: a member's reference when the name is in the team,
   * adding a new member when it is not (only when `add` is set, as typing pauses must not add
   * "D" and "Da" on the way to "Dan"); otherwise the text itself.
   */
  ownerValue(typed: string, add: boolean): string;
}

/** Wires the team list and its Add form inside the plan's root. */
export function startPlanTeam(root: HTMLElement, store: ProgressStore): PlanTeam {
  const list = root.querySelector<HTMLElement>("[data-plan-team]");
  const template = root.querySelector<HTMLTemplateElement>("template[data-plan-member-template]");
  const empty = root.querySelector<HTMLElement>("[data-plan-team-empty]");
  const names = root.querySelector<HTMLDataListElement>("datalist[data-plan-team-names]");
  const newName = root.querySelector<HTMLInputElement>("[data-plan-member-new]");
  const newRole = root.querySelector<HTMLSelectElement>("[data-plan-member-new-role]");
  const members = () => store.data().members;

  const save = (id: string, name: string, role: string) => store.setAt({ kind: "member", id }, memberValue(name, role));
  const add = (name: string, role: string): string => {
    const id = newMemberId();
    save(id, name, role);
    return id;
  };

  // Enter in the new member's name adds them, as it would submit a form.
  newName?.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    root.querySelector<HTMLButtonElement>("[data-plan-member-add]")?.click();
  });
  root.querySelector("[data-plan-member-add]")?.addEventListener("click", () => {
    if (!newName) return;
    const problem =
      Object.keys(members()).length >= LIMITS.members
        ? `The team is full: it can have up to ${LIMITS.members} members`
        : memberNameProblem(members(), newName.value, null);
    showProblem(root, newName, problem);
    if (problem) {
      newName.focus();
      return;
    }
    add(newName.value, newRole?.value ?? "");
    newName.value = "";
    if (newRole) newRole.value = "";
  });

  // Renaming and changing a role save when the field is left (change), each as one edit.
  list?.addEventListener("change", (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const id = target.closest<HTMLElement>("[data-plan-member]")?.dataset["planMember"] ?? "";
    const member = members()[id];
    if (!member) return;
    if (target instanceof HTMLInputElement && target.matches("[data-plan-member-name]")) {
      const problem = memberNameProblem(members(), target.value, id);
      showProblem(root, target, problem);
      // What was typed stays in the field until it is put right; nothing is saved meanwhile.
      if (!problem && target.value.trim() !== member.name) save(id, target.value, member.role);
    } else if (target.matches("[data-plan-member-role]") && target.value !== member.role) save(id, member.name, target.value);
  });
  list?.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("[data-plan-member-remove]");
    const id = button?.dataset["planMemberRemove"];
    if (!id || !members()[id]) return;
    // Their actions keep them as owner, shown as a removed member, until someone else is chosen.
    store.setAt({ kind: "member", id }, "");
    newName?.focus();
  });

  const draw = (plan: PlanData) => {
    if (!list || !template) return;
    const ids = Object.keys(plan.members).sort((a, b) => (plan.members[a]?.name ?? "").localeCompare(plan.members[b]?.name ?? "", "en"));
    const rows = new Map(
      [...list.querySelectorAll<HTMLElement>("[data-plan-member]")].map((row) => [row.dataset["planMember"] ?? "", row]),
    );
    for (const [id, row] of rows) if (!plan.members[id]) row.remove();
    ids.forEach((id, index) => {
      const member = plan.members[id]!;
      let row = rows.get(id);
      if (!row) {
        const fragment = template.content.cloneNode(true) as DocumentFragment;
        fillIds(fragment, id);
        row = fragment.querySelector<HTMLElement>("[data-plan-member]")!;
      }
      list.append(row);
      row.setAttribute("aria-label", `Team member ${index + 1}`);
      const name = row.querySelector<HTMLInputElement>("[data-plan-member-name]");
      if (name && document.activeElement !== name && !name.closest(".nhsuk-form-group--error")) name.value = member.name;
      const role = row.querySelector<HTMLSelectElement>("[data-plan-member-role]");
      if (role && document.activeElement !== role) role.value = member.role;
      const context = row.querySelector<HTMLElement>("[data-plan-member-remove-context]");
      if (context) context.textContent = ` ${member.name} from the team`;
    });
    if (empty) empty.hidden = ids.length > 0;
    const count = root.querySelector<HTMLElement>("[data-plan-team-count]");
    if (count) count.textContent = String(ids.length);
    names?.replaceChildren(...ids.map((id) => new Option(plan.members[id]?.name ?? "")));
  };

  const ownerValue = (typed: string, addNew: boolean): string => {
    const name = typed.trim();
    if (name === "") return "";
    const existing = memberNamed(members(), name);
    if (existing) return `${MEMBER_PREFIX}${existing}`;
    if (!addNew || name.length > LIMITS.by || Object.keys(members()).length >= LIMITS.members) return name;
    return `${MEMBER_PREFIX}${add(name, "")}`;
  };

  return { draw, ownerValue };
}

/** Shows (or with null clears) nhsuk-frontend's error message above a field, naming what to fix. */
function showProblem(root: HTMLElement, field: HTMLInputElement, problem: string | null): void {
  const group = field.closest<HTMLElement>(".nhsuk-form-group");
  if (!group) return;
  let message = group.querySelector<HTMLElement>("[data-plan-member-error]");
  group.classList.toggle("nhsuk-form-group--error", problem !== null);
  field.classList.toggle("nhsuk-input--error", problem !== null);
  if (problem === null) {
    message?.remove();
    field.removeAttribute("aria-invalid");
    return;
  }
  if (!message) {
    const template = root.querySelector<HTMLTemplateElement>("template[data-plan-member-error-template]");
    message = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | null;
    if (!message) return;
    message.id = `${field.id}-error`;
    group.insertBefore(message, field);
    const describedBy = new Set((field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    describedBy.add(message.id);
    field.setAttribute("aria-describedby", [...describedBy].join(" "));
  }
  const text = message.querySelector<HTMLElement>("[data-plan-member-error-text]");
  if (text) text.textContent = problem;
  field.setAttribute("aria-invalid", "true");
}
