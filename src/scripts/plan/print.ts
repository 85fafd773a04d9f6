// What the plan prints: the whole plan as a table, or a pack for one call: the service, the date, the
// team and its answers, what is still outstanding up to the call, with owners and notes, the call's
// checklist, who should attend and the documents to bring. Built as text, never HTML;
// what teammates typed (names, owners, notes) is direction-isolated, so it cannot reorder what is around it.
import type { ActionInfo } from "../progress/actions";
import { MEMBER_PREFIX } from "../progress/members";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";
import { STATUS_LABELS } from "../progress/wording";
import { formatDay } from "../progress/wording";
import { isSettled } from "./schedule";
import { today } from "./working-days";
import { stateNodes } from "./state-text";

/** What printing needs from the page's current view. */
export interface PrintContext {
  actions: readonly ActionInfo[];
  plan: PlanData;
  records: ProgressRecords;
  targets: Map<string, string>;
  late: Set<string>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** A cell holding what a teammate typed, its direction taken from its own text (dir="auto"), so an override in it stays in it. */
function typed(text: string): HTMLTableCellElement {
  const cell = element("td", "nhsuk-table__cell", text);
  cell.dir = "auto";
  return cell;
}

/** An owner as a reader knows them: a team member ("member:<id>") by their name; anything else as written. */
export function ownerName(owner: string, plan: PlanData): string {
  if (!owner.startsWith(MEMBER_PREFIX)) return owner;
  return plan.members[owner.slice(MEMBER_PREFIX.length)]?.name ?? "(removed member)";
}

/** A table of actions in nhsuk-frontend's table style: number and action, status, owner, target date, notes. */
function table(caption: string, rows: readonly ActionInfo[], context: PrintContext): HTMLTableElement {
  const made = element("table", "nhsuk-table app-plan-print-table");
  made.append(element("caption", "nhsuk-table__caption", caption));
  const head = element("thead", "nhsuk-table__head");
  const headRow = element("tr", "nhsuk-table__row");
  for (const name of ["Action", "Status", "Owner", "Target date", "Notes"]) {
    const th = element("th", "nhsuk-table__header", name);
    th.scope = "col";
    headRow.append(th);
  }
  head.append(headRow);
  const body = element("tbody", "nhsuk-table__body");
  for (const action of rows) {
    const record = context.records[action.id];
    const fields = context.plan.actions[action.id];
    const target = context.targets.get(action.id);
    // In the words the plan shows on screen, so the printout and the page agree.
    const status = element("td", "nhsuk-table__cell");
    status.append(...stateNodes(record, STATUS_LABELS.todo), context.late.has(action.id) ? " (late)" : "");
    const row = element("tr", "nhsuk-table__row");
    row.append(
      element("td", "nhsuk-table__cell", `${action.number} ${action.title}`),
      status,
      typed(ownerName(fields?.owner?.value ?? "", context.plan)),
      element("td", "nhsuk-table__cell", target ? formatDay(target) : ""),
      typed(fields?.notes?.value ?? ""),
    );
    body.append(row);
  }
  made.append(head, body);
  return made;
}

/** Fills `area` with the whole plan as a table. */
export function printPlanTable(area: HTMLElement, context: PrintContext): void {
  area.replaceChildren(element("h2", "nhsuk-heading-m", "Team plan"), table("Every action, in process order", context.actions, context));
}

/** Role titles by role id, from the page's role filter, so the pack names roles as the plan does. */
function roleTitles(root: ParentNode): Map<string, string> {
  const titles = new Map<string, string>();
  for (const option of root.querySelectorAll<HTMLOptionElement>("[data-plan-filter='role'] option"))
    if (option.value) titles.set(option.value, (option.textContent ?? "").trim());
  return titles;
}

/** The label of the team's answer to each question on the page (its radios), by question id. */
function answerLabels(root: ParentNode, plan: PlanData): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of root.querySelectorAll<HTMLElement>("[data-plan-question]")) {
    const id = group.dataset["planQuestion"] ?? "";
    const value = plan.answers[id]?.value ?? "";
    const chosen = [...group.querySelectorAll<HTMLInputElement>("input[type=radio]")].find((radio) => radio.value === value);
    labels.set(id, (chosen?.labels?.[0]?.textContent ?? "").trim());
  }
  return labels;
}

/** Fills the pack's service, date, team and answers, all as text. */
function fillAbout(pack: DocumentFragment, root: ParentNode, plan: PlanData): void {
  const service = pack.querySelector<HTMLElement>("[data-call-pack-service]");
  const serviceName = plan.settings.serviceName?.value.trim() ?? "";
  if (service && serviceName) {
    service.textContent = serviceName;
    service.dir = "auto";
  } else
    service?.append(
      "Service name not set. ",
      element("span", "nhsuk-body-s", "Add your service's name on the team plan to print it here."),
    );
  const date = pack.querySelector<HTMLElement>("[data-call-pack-date]");
  if (date) date.textContent = formatDay(today());
  const team = pack.querySelector<HTMLElement>("[data-call-pack-team]");
  const members = Object.values(plan.members).sort((a, b) => a.name.localeCompare(b.name));
  if (team && members.length === 0) team.replaceWith(element("p", "", "No team members added yet. Add them on the team plan."));
  else if (team) {
    const titles = roleTitles(root);
    for (const member of members) {
      const item = element("li", "");
      const name = element("span", "", member.name);
      name.dir = "auto";
      item.append(name, member.role ? `: ${titles.get(member.role) ?? member.role}` : "");
      team.append(item);
    }
  }
  const labels = answerLabels(root, plan);
  for (const answer of pack.querySelectorAll<HTMLElement>("[data-call-pack-answer]"))
    answer.textContent = labels.get(answer.dataset["callPackAnswer"] ?? "") || "Not answered";
}

/** What a call's pack lists as outstanding: every action up to and including the call not yet done (or not applicable), in process order. */
export function outstandingUpTo(actions: readonly ActionInfo[], records: ProgressRecords, callId: string): ActionInfo[] {
  const index = actions.findIndex((a) => a.id === callId);
  return actions.slice(0, index + 1).filter((a) => !isSettled(records, a.id));
}

/** The line that opens a pack's outstanding actions: how many there are, or that there are none. */
export function outstandingIntro(count: number): string {
  return count > 0
    ? `${count} ${count === 1 ? "action is" : "actions are"} still outstanding up to this call.`
    : "Every action up to this call is done or does not apply.";
}

/**
 * Fills `area` with the pack for the call whose action is `callId`, from the page's template for that
 * call: the service, date, team and answers; every action up to and including the call that is not
 * yet done (or not applicable); then the call's checklist, who should attend and the documents to
 * bring, less those the team's answers rule out.
 */
export function printCallPack(area: HTMLElement, root: HTMLElement, callId: string, context: PrintContext): void {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-call-pack="${callId}"]`);
  const index = context.actions.findIndex((a) => a.id === callId);
  if (!template || index < 0) return printPlanTable(area, context);
  const name = template.dataset["callName"] ?? "";
  const outstanding = outstandingUpTo(context.actions, context.records, callId);
  const pack = template.content.cloneNode(true) as DocumentFragment;
  // Every pack starts with the same part (service, date, team, answers), kept once in the page.
  const common = root.querySelector<HTMLTemplateElement>("template[data-call-pack-common]");
  if (common) pack.prepend(common.content.cloneNode(true));
  const documentRows = root.querySelectorAll<HTMLElement>("li[data-exclusions]");
  for (const item of pack.querySelectorAll<HTMLElement>("[data-plan-document]")) {
    const listed = [...documentRows].find((row) => row.dataset["planDocument"] === item.dataset["planDocument"]);
    if (listed?.dataset["needed"] === "no") item.remove();
  }
  fillAbout(pack, root, context.plan);
  pack
    .querySelector("[data-call-pack-outstanding]")
    ?.replaceWith(
      element("h2", "nhsuk-heading-m", `Outstanding up to the ${name}`),
      element("p", "", outstandingIntro(outstanding.length)),
      ...(outstanding.length > 0 ? [table(`Outstanding up to the ${name}`, outstanding, context)] : []),
    );
  area.replaceChildren(element("h2", "nhsuk-heading-l", `Pack for the ${name}`), pack);
}
