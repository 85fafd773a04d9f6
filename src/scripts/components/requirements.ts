// The technical requirements, tailored to the team's answers and ticked as met. On their page, a
// requirement the answers rule out shows as not applicable, with the reason; each can be ticked, saved
// with the plan (setRequirement in progress/requirement-ticks.ts), so ticks merge between tabs and travel in links and files like
// every other field. The two questions on the page are the plan's own. Under the action they belong
// to (step page and checklist), a line counts how many of those that apply are met.
// Loaded on demand (lazy.ts) with the store main.js already has, so the store is not bundled twice.
import { isExclusion, type Exclusion } from "../progress/actions";
import { isMet, metText, readProgress, requirementsMet, setRequirement } from "../progress/requirement-ticks";
import type { ProgressStore } from "../progress/store";
import { openedAfresh } from "../started";

type Answers = Record<string, { value: string } | undefined>;

/** The exclusions a requirement's section carries as JSON (data-exclusions), keeping those of the build's shape. */
function readExclusions(json: string | undefined): Exclusion[] {
  const parsed: unknown = JSON.parse(json || "[]");
  return Array.isArray(parsed) ? parsed.filter(isExclusion) : [];
}

/** The first reason the answers give for a requirement not applying, or null when it applies. */
export function requirementExclusion(exclusions: readonly Exclusion[], answers: Answers): string | null {
  return exclusions.find((e) => answers[e.question]?.value === e.answer)?.reason ?? null;
}

/** Binds the requirements page inside `root` (data-module="app-requirements") to `store`, and keeps it in step with other tabs. */
export function startRequirements(root: HTMLElement, store: ProgressStore): void {
  const sections = [...root.querySelectorAll<HTMLElement>("[data-requirement-id]")].map((section) => ({
    section,
    id: section.dataset["requirementId"] ?? "",
    state: section.querySelector<HTMLElement>("[data-requirement-state]"),
    tick: section.querySelector<HTMLInputElement>("[data-requirement-tick]"),
    exclusions: readExclusions(section.dataset["exclusions"]),
  }));
  const progress = Object.fromEntries(sections.map((s) => [s.id, s.exclusions.map((e) => `${e.question}=${e.answer}`)]));
  const questions = [...root.querySelectorAll<HTMLElement>("[data-requirements-question]")];
  const summary = root.querySelector<HTMLElement>("[data-requirements-summary]");

  const render = () => {
    const plan = store.data();
    for (const { section, state, tick, id, exclusions } of sections) {
      const reason = requirementExclusion(exclusions, plan.answers);
      section.dataset["applies"] = reason === null ? "yes" : "no";
      if (state) state.textContent = reason === null ? "Applies to your service." : `Not applicable to your service: ${reason}.`;
      if (tick) tick.checked = isMet(plan, id);
    }
    for (const question of questions) {
      const value = plan.answers[question.dataset["requirementsQuestion"] ?? ""]?.value ?? "";
      for (const radio of question.querySelectorAll<HTMLInputElement>("input[type=radio]")) radio.checked = radio.value === value;
    }
    const counts = requirementsMet(progress, plan);
    const answered = questions.some((q) => plan.answers[q.dataset["requirementsQuestion"] ?? ""]?.value);
    if (summary)
      summary.textContent = answered
        ? `${counts.applying} of ${sections.length} requirements apply to your service. ${metText(counts)}.`
        : `${sections.length} requirements. Answer the questions above to see which apply to your service. ${metText(counts)}.`;
  };

  /** Saves what a box or answer now says; false for any other input. */
  const save = (input: HTMLInputElement): boolean => {
    const question = input.closest<HTMLElement>("[data-requirements-question]")?.dataset["requirementsQuestion"];
    if (question && input.type === "radio") store.setAnswer(question, input.value);
    else if (input.dataset["requirementTick"]) setRequirement(store, input.dataset["requirementTick"], input.checked);
    else return false;
    return true;
  };
  root.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && save(event.target)) render();
  });
  // What was ticked or answered before this code loaded is saved, not reset by the first render; only
  // on a page opened afresh, as on Back or reload a browser may restore what the page showed before.
  if (openedAfresh()) {
    for (const input of root.querySelectorAll<HTMLInputElement>(
      "input[data-requirement-tick], [data-requirements-question] input[type=radio]",
    )) {
      if (input.checked !== input.defaultChecked) save(input);
    }
  }
  store.subscribe(render);
  render();
}

/** Starts whichever of the two this page has: the requirements page, or the count of those met under their action. */
export function start(store: ProgressStore): void {
  const root = document.querySelector<HTMLElement>('[data-module="app-requirements"]');
  if (root) startRequirements(root, store);
  const lines = [...document.querySelectorAll<HTMLElement>("[data-requirements-progress]")];
  if (lines.length > 0) startRequirementsProgress(lines, store);
}

/** Fills in each "N of M requirements met" line (data-requirements-progress) on a page, and keeps it in step with other tabs. */
export function startRequirementsProgress(lines: readonly HTMLElement[], store: ProgressStore): void {
  const render = () => {
    const plan = store.data();
    for (const line of lines) {
      const count = line.querySelector<HTMLElement>("[data-requirements-progress-count]");
      if (count) count.textContent = metText(requirementsMet(readProgress(line.dataset["requirementsProgress"] ?? ""), plan));
    }
  };
  store.subscribe(render);
  render();
}
