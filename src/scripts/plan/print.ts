// What the plan prints: the whole plan as a table, or a pack for one call listing what is still
// outstanding up to it, with owners and notes, and the documents to bring. Built as text, never HTML;
// what teammates typed (names, owners, notes) is direction-isolated, so it cannot reorder what is around it.
import type { ActionInfo } from "../progress/actions";
import type { PlanData } from "../progress/plan-data";
import type { ProgressRecords } from "../progress/records";
import { STATUS_LABELS } from "../progress/wording";
import { formatDay } from "../progress/wording";
import { isSettled } from "./schedule";
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
      typed(fields?.owner?.value ?? ""),
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

/**
 * Fills `area` with the pack for the call whose action is `callId`: every action up to and including
 * the call that is not yet done (or not applicable), then the documents to bring, from the page's
 * template for that call, less those the team's answers rule out.
 */
export function printCallPack(area: HTMLElement, root: HTMLElement, callId: string, context: PrintContext): void {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-call-pack="${callId}"]`);
  const index = context.actions.findIndex((a) => a.id === callId);
  if (!template || index < 0) return printPlanTable(area, context);
  const name = template.dataset["callName"] ?? "";
  const outstanding = context.actions.slice(0, index + 1).filter((a) => !isSettled(context.records, a.id));
  const documents = template.content.cloneNode(true) as DocumentFragment;
  const documentRows = root.querySelectorAll<HTMLElement>("li[data-exclusions]");
  for (const item of documents.querySelectorAll<HTMLElement>("[data-plan-document]")) {
    const listed = [...documentRows].find((row) => row.dataset["planDocument"] === item.dataset["planDocument"]);
    if (listed?.dataset["needed"] === "no") item.remove();
  }
  const intro =
    outstanding.length > 0
      ? `${outstanding.length} ${outstanding.length === 1 ? "action is" : "actions are"} still outstanding up to this call.`
      : "Every action up to this call is done or does not apply.";
  area.replaceChildren(
    element("h2", "nhsuk-heading-l", `Pack for the ${name}`),
    element("p", "", intro),
    ...(outstanding.length > 0 ? [table(`Outstanding up to the ${name}`, outstanding, context)] : []),
    documents,
  );
}
