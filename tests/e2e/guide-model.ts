// The built guide's model, loaded from _data/ as the build loads it, so tests follow the content.
import { z } from "zod";
import { loadGuideData } from "../../lib/data/load-guide-data.js";

/**
 * The data the site under test was built from: _data/, or a copy with a content designer's edits
 * (GUIDE_DATA_DIR, set by npm run test:edited), so the same tests hold for it unchanged.
 */
export const GUIDE_DATA_DIR = process.env["GUIDE_DATA_DIR"] ?? "_data";

/** The model the site under test was built from, typed as lib/ builds it (the Guide of lib/data/load-guide-data.js). */
export const guide = await loadGuideData(GUIDE_DATA_DIR);

/** An action's number as pages show it ("3.8"). */
export const numberOf = (action: { stepNumber: number; number: number }): string => `${action.stepNumber}.${action.number}`;

/** The actions of one step, in order. */
export const actionsInStep = (stepId: string) => guide.actions.filter((action) => action.stepId === stepId);

/** Matches text that starts with `title` (a list may add to it, as "(only if it applies to you)"). */
export const startsWith = (title: string): RegExp => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

// What the interface above leaves out, read from the same model and checked by a schema rather than
// cast, so a test that needs an action's `after` or a question's answers reads them from the data.
const details = z.object({
  actions: z.array(
    z.object({
      id: z.string(),
      after: z.array(z.string()),
      who: z.string(),
      outcome: z.string(),
      documents: z.array(z.object({ id: z.string(), title: z.string(), pageUrl: z.string(), typeLabel: z.string() })),
      requirements: z.unknown(),
      abbreviations: z.array(z.string()),
    }),
  ),
  plan: z.object({
    defaultWeeks: z.number(),
    callPacks: z.array(
      z.object({ action: z.string(), name: z.string(), checklist: z.array(z.string()).optional(), attendees: z.string().optional() }),
    ),
    questions: z.array(
      z.object({
        id: z.string(),
        question: z.string(),
        answers: z.array(z.object({ value: z.string(), label: z.string(), reason: z.string().optional() })),
      }),
    ),
  }),
});
const detailed = details.parse(guide);
const detailsById = new Map(detailed.actions.map((action) => [action.id, action]));

/** The ids of the actions that come before `id` (its `after` list), as the data gives them. */
export const afterOf = (id: string): string[] => detailsById.get(id)?.after ?? [];

/** Who takes part in an action and what comes of it, as its step page says. */
export const whoAndOutcomeOf = (id: string) => {
  const action = detailsById.get(id);
  return { who: action?.who ?? "", outcome: action?.outcome ?? "" };
};

/** One of the plan's questions with its answers, by id. */
export const questionOf = (id: string) => detailed.plan.questions.find((question) => question.id === id);

/**
 * An action the team can rule out by an answer, with that answer's question and label as the plan
 * shows them, and the reason given: the first in process order, or undefined when no action has one.
 */
export function actionRuledOut() {
  for (const action of guide.actions) {
    for (const exclusion of action.exclusions) {
      const question = questionOf(exclusion.question);
      const answer = question?.answers.find((a) => a.value === exclusion.answer);
      if (question && answer) return { action, question, answer, reason: exclusion.reason };
    }
  }
  return undefined;
}

/** How many weeks the plan's suggested dates spread over without a go-live date. */
export const defaultWeeks = (): number => detailed.plan.defaultWeeks;

/** The action whose suggested date is going live: the last step's first (src/scripts/plan/schedule.ts). */
export function goLiveAction() {
  const lastStep = guide.steps.at(-1)?.id;
  const action = guide.actions.find((a) => a.stepId === lastStep);
  if (!action) throw new Error("The guide has no last step with an action to go live with");
  return action;
}

/** The documents an action lists, each with its title and page address. */
export const documentsOf = (id: string) => detailsById.get(id)?.documents ?? [];

/** The documents the actions of one step list, each once, in the order the step first lists them. */
export const documentsInStep = (stepId: string) => [
  ...new Map(
    actionsInStep(stepId).flatMap((action) => documentsOf(action.id).map((document) => [document.id, document] as const)),
  ).values(),
];

/** Whether an action carries the count of technical requirements met (the one the requirements file names). */
export const countsRequirements = (id: string): boolean => detailsById.get(id)?.requirements != null;

// The change log as the model builds it, and the latest change it gives each item, checked the same way.
const latestChange = z.object({ id: z.string(), dateText: z.string(), summary: z.string() }).nullish();
const withLatest = z.array(z.object({ id: z.string(), latestChange }));
const changeDetails = z
  .object({
    steps: withLatest,
    actions: withLatest,
    documents: withLatest,
    glossary: z.object({ terms: withLatest }),
    changes: z.array(
      z.object({
        id: z.string(),
        confidence: z.string(),
        sources: z.array(z.unknown()),
        actions: z.array(z.object({ id: z.string(), title: z.string(), number: z.string(), stepId: z.string(), url: z.string() })),
        stepIds: z.array(z.string()),
      }),
    ),
    changeSteps: z.array(
      z.object({ id: z.string(), number: z.number(), title: z.string(), changes: z.array(z.object({ id: z.string() })) }),
    ),
  })
  .parse(guide);

/** Every entry of the change log, newest first, as /changes/ lists them. */
export const changeLog = changeDetails.changes;

/** Each step's page of changes: the step and the ids of the changes that concern it. */
export const changeSteps = changeDetails.changeSteps;

/** Every step, action, document or glossary term, each with its latest change or null. */
export function latestChanges(kind: "steps" | "actions" | "documents" | "terms") {
  return kind === "terms" ? changeDetails.glossary.terms : changeDetails[kind];
}

/** The first step, action, document or glossary term with a latest change (or without one, when `has` is false). */
export function itemWithLatestChange(kind: "steps" | "actions" | "documents" | "terms", has = true) {
  return latestChanges(kind).find((item) => Boolean(item.latestChange) === has);
}

// What the interface leaves out of each document: its title and the answers that rule it out.
const documentDetails = z
  .object({
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        confidence: z.string(),
        exclusions: z.array(z.object({ question: z.string(), answer: z.string(), reason: z.string() })),
      }),
    ),
  })
  .parse(guide).documents;

/** The documents an answer to a question rules out, each with the reason the plan gives. */
export const documentsRuledOutBy = (question: string, answer: string) =>
  documentDetails.flatMap((document) =>
    document.exclusions.filter((e) => e.question === question && e.answer === answer).map((e) => ({ ...document, reason: e.reason })),
  );

/**
 * The `index`th of `of` different actions spread over the process, each always applying (no answer
 * rules it out), for tests where any action would do: a test takes its number, id and title from one
 * pick, so a content edit that adds, removes or renames actions never breaks it.
 */
export function spreadAction(index: number, of: number) {
  const always = guide.actions.filter((a) => !a.conditional && a.exclusions.length === 0);
  const action = always[Math.floor((index * always.length) / of)];
  if (!action || always.length < of) throw new Error(`The guide has ${always.length} actions that always apply; the test needs ${of}`);
  return action;
}

/** What partners call an action, as its `abbreviations` give it (shown as "Also called"). */
export const abbreviationsOf = (id: string): string[] => detailsById.get(id)?.abbreviations ?? [];

/** The calls the plan prints a pack for, with their checklists and who should attend, from plan.yaml. */
export const callPacks = detailed.plan.callPacks;
