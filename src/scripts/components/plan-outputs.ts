// The plan's exports and printing: the JSON, CSV and Excel downloads (progress-controls.ts), the
// calendar of target dates, and printing the plan as a table or a call pack. Their code loads on
// demand; a call pack's own parts come from /plan/call-packs.json the first time one is printed.
import type { ActionInfo } from "../progress/actions";
import { siteAddress } from "../progress/actions";
import { exportFileName } from "../progress/export-format";
import type { ProgressStore } from "../progress/store";
import { lazy, type LazyModules } from "../lazy";
import { download, startProgressControls } from "./progress-controls";
import type { View } from "./plan-view";

/** Wires the export, calendar and print buttons, and the browser's own Print. */
export function startPlanOutputs(root: HTMLElement, store: ProgressStore, actions: readonly ActionInfo[], view: () => View): void {
  const address = (url: string) => siteAddress(document, url);
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
}
