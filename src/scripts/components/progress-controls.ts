// Reset (behind a confirmation), export as JSON, download as CSV or Excel, and import, for one page's scope.
// The code that reads, merges and writes files is loaded when a team uses one, not with the page.
import { siteAddress, type ActionInfo } from "../progress/actions";
import { exportFileName } from "../progress/export-format";
import { plural } from "../progress/records";
import { pageRecords } from "../progress/status-view";
import type { ProgressStore } from "../progress/store";
import { formatMoment } from "../progress/wording";
import { idsInScope, showMessage } from "./progress-view";
import { lazy } from "../lazy";

/** The Excel workbook's media type. */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers `content` (text, or a file already made) as a file download named `name`. */
export function download(name: string, type: string, content: string | Blob): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after this handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wires the reset, export and import controls inside `root`. */
export function startProgressControls(root: HTMLElement, store: ProgressStore, actions: readonly ActionInfo[]): void {
  for (const reset of root.querySelectorAll<HTMLButtonElement>("button[data-progress-reset]")) {
    const panel = document.getElementById(reset.getAttribute("aria-controls") ?? "");
    if (!panel) continue;
    const close = () => {
      panel.hidden = true;
      reset.setAttribute("aria-expanded", "false");
    };
    reset.addEventListener("click", () => {
      panel.hidden = false;
      reset.setAttribute("aria-expanded", "true");
      panel.querySelector<HTMLElement>("[data-confirm-focus]")?.focus();
    });
    panel.querySelector("button[data-confirm-no]")?.addEventListener("click", () => {
      close();
      reset.focus();
    });
    panel.querySelector("button[data-confirm-yes]")?.addEventListener("click", () => {
      const ids = idsInScope(actions, reset.dataset["progressScope"] ?? "all");
      const saved = store.setMany(ids, "todo");
      close();
      const done = `Progress reset: ${plural(ids.length, "action is", "actions are")} now not started.`;
      if (saved) showMessage(root, "reset", "success", done, true);
      else
        showMessage(
          root,
          "reset",
          "problem",
          `${done} But it could not be saved in this browser: it stays on this page until you leave.`,
          true,
        );
    });
  }

  // The export button, and the one offered before the plan is reset.
  for (const button of root.querySelectorAll("button[data-progress-export='json']")) {
    button.addEventListener("click", () => {
      const now = new Date();
      void lazy("transfer").then(({ exportJson }) =>
        download(exportFileName(now, "json"), "application/json", exportJson(store.state(), now, store.name())),
      );
    });
  }
  // The spreadsheets: the CSV (checklist and plan) and the Excel workbook (plan), with what the page
  // says about roles, requirements and suggested dates (read by the CSV's module, loaded on demand).
  const address = (url: string) => siteAddress(document, url);
  root.querySelector("button[data-progress-export='csv']")?.addEventListener("click", () => {
    void lazy("csv").then(({ planCsv, pageSheetOptions }) => {
      const plan = store.data();
      const csv = planCsv(actions, pageRecords(plan, actions), plan, address, pageSheetOptions(document));
      download(exportFileName(new Date(), "csv"), "text/csv", csv);
    });
  });
  root.querySelector("button[data-plan-export='xlsx']")?.addEventListener("click", () => {
    void Promise.all([lazy("csv"), lazy("xlsx")]).then(async ([{ pageSheetOptions }, { answeredQuestions, planXlsx }]) => {
      const plan = store.data();
      const now = new Date();
      const questions = answeredQuestions(root, plan);
      const workbook = await planXlsx(actions, pageRecords(plan, actions), plan, address, questions, pageSheetOptions(document));
      download(`nhs-login-plan-${now.toISOString().slice(0, 10)}.xlsx`, XLSX_TYPE, workbook);
    });
  });

  const input = root.querySelector<HTMLInputElement>("input[data-progress-import]");
  input?.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    lazy("progress-import")
      .then(({ importFile }) => importFile(root, store, actions, file))
      .catch(() => showMessage(root, "import", "problem", "This file could not be read. Your progress has not changed.", true))
      .finally(() => {
        input.value = "";
      });
  });

  const printDate = root.querySelector<HTMLElement>("[data-print-date]");
  if (printDate) {
    printDate.textContent = `Printed on ${formatMoment(new Date())} from the NHS login integration guide.`;
  }
}
