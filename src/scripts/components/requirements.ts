// The technical requirements page, tailored to the team's answers: a requirement the answers rule out
// shows as not applicable, with the reason, and the page counts what applies. The two questions on the
// page are the plan's own, saved in the same place, so an answer given here shows on the plan and back.
// Loaded on demand (lazy.ts) with the store main.js already has, so the store is not bundled twice.
import type { Exclusion } from "../progress/actions";
import type { ProgressStore } from "../progress/store";

/** The first reason the answers give for a requirement not applying, or null when it applies. */
export function requirementExclusion(
  exclusions: readonly Exclusion[],
  answers: Record<string, { value: string } | undefined>,
): string | null {
  return exclusions.find((e) => answers[e.question]?.value === e.answer)?.reason ?? null;
}

/** Binds the page inside `root` (data-module="app-requirements") to `store`, and keeps it in step with other tabs. */
export function startRequirements(root: HTMLElement, store: ProgressStore): void {
  const sections = [...root.querySelectorAll<HTMLElement>("[data-requirement-id]")].map((section) => ({
    section,
    state: section.querySelector<HTMLElement>("[data-requirement-state]"),
    exclusions: JSON.parse(section.dataset["exclusions"] ?? "[]") as Exclusion[],
  }));
  const questions = [...root.querySelectorAll<HTMLElement>("[data-requirements-question]")];
  const summary = root.querySelector<HTMLElement>("[data-requirements-summary]");

  const render = () => {
    const answers = store.data().answers;
    let applying = 0;
    for (const { section, state, exclusions } of sections) {
      const reason = requirementExclusion(exclusions, answers);
      section.dataset["applies"] = reason === null ? "yes" : "no";
      if (state) state.textContent = reason === null ? "Applies to your service." : `Not applicable to your service: ${reason}.`;
      if (reason === null) applying += 1;
    }
    for (const question of questions) {
      const value = answers[question.dataset["requirementsQuestion"] ?? ""]?.value ?? "";
      for (const radio of question.querySelectorAll<HTMLInputElement>("input[type=radio]")) radio.checked = radio.value === value;
    }
    const answered = questions.some((q) => answers[q.dataset["requirementsQuestion"] ?? ""]?.value);
    if (summary)
      summary.textContent = answered
        ? `${applying} of ${sections.length} requirements apply to your service.`
        : `${sections.length} requirements. Answer the questions above to see which apply to your service.`;
  };

  root.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio") return;
    const question = input.closest<HTMLElement>("[data-requirements-question]")?.dataset["requirementsQuestion"];
    if (!question) return;
    store.setAnswer(question, input.value);
    render();
  });
  store.subscribe(render);
  render();
}
