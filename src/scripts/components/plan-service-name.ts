// The plan's service name: the team's own name for its service, a plan-wide text field saved as the
// team types (as it pauses, when it leaves the field, and as the page is hidden).
import type { PlanData } from "../progress/plan-data";
import type { ProgressStore } from "../progress/store";

/** Wires the service name (a plan-wide text field), and returns what shows it from the saved plan. */
export function startServiceName(root: HTMLElement, store: ProgressStore): (plan: PlanData) => void {
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
