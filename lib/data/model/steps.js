/**
 * The process as pages read it: numbered steps, each linked to the one before and after, and
 * numbered actions, each with its roles, terms, documents, review, newest change and what rules it out.
 */
import { lookup } from "./lookup.js";
import { pageReview, reviewOf } from "./reviews.js";

/** @typedef {import("../data-types.js").ProcessData} ProcessData */
/** @typedef {import("../data-types.js").PlanData} PlanData */
/** @typedef {import("../data-types.js").SiteData} SiteData */
/** @typedef {import("../data-types.js").AppliesWhen} AppliesWhen */
/** A step as its page reads it. @typedef {ReturnType<typeof stepsModel>[number]} Step */
/** An action as its step's page and the checklist read it. @typedef {Step["actions"][number]} Action */
/** What a page shows of an action it links to. @typedef {ReturnType<typeof actionSummary>} ActionSummary */
/**
 * An answer to one of the plan's questions that rules an action, document or requirement out, with the reason the page gives.
 * @typedef {{ question: string, answer: string, reason: string }} Exclusion
 */

/**
 * What rules an action or document out: each answer its appliesWhen does not allow, with the reason
 * the page gives. The browser then only compares the team's answers with these.
 * @param {PlanData} plan
 */
export function exclusionsFinder(plan) {
  const questions = new Map(plan.questions.map((q) => [q.id, q]));
  return (/** @type {AppliesWhen} */ conditions = {}) =>
    Object.entries(conditions).flatMap(([questionId, allowed]) =>
      lookup(questions, questionId)
        .answers.filter((a) => !allowed.includes(a.value))
        // check-references.js requires a reason of every answer that rules something out.
        .map((a) => ({ question: questionId, answer: a.value, reason: a.reason ?? "" })),
    );
}

/**
 * What the rest of the model gives the steps: summaries by id, what rules an action out, its newest
 * change, and the count of technical requirements met, for the action they belong to.
 * @typedef {{
 *   site: SiteData,
 *   exclusionsOf: ReturnType<typeof exclusionsFinder>,
 *   roleSummaries: ReadonlyMap<string, import("./roles.js").RoleSummary>,
 *   termsByAction: ReadonlyMap<string, import("./glossary.js").TermSummary[]>,
 *   documentSummaries: ReadonlyMap<string, import("./documents.js").DocumentSummary>,
 *   latestChange: { step: (id: string) => import("./change-log.js").LatestChange, action: (id: string) => import("./change-log.js").LatestChange },
 *   requirements: { action: string | null, url: string, count: number, progress: string } | null,
 * }} StepLinks
 */

/**
 * The steps in order, each numbered, with its actions numbered within it. Without shares in the
 * data, a step's share of the time is its share of the actions.
 * @param {ProcessData} process
 * @param {StepLinks} links
 */
export function stepsModel(process, { site, exclusionsOf, roleSummaries, termsByAction, documentSummaries, latestChange, requirements }) {
  const totalActionCount = process.steps.reduce((sum, step) => sum + step.actions.length, 0);
  const steps = process.steps.map((step, s) => {
    const planShare = step.planShare ?? (100 * step.actions.length) / totalActionCount;
    const actions = step.actions.map((action, a) => ({
      ...action,
      number: a + 1,
      stepId: step.id,
      stepNumber: s + 1,
      stepTitle: step.title,
      stepShare: planShare,
      replaces: action.replaces ?? [],
      after: action.after ?? [],
      exclusions: exclusionsOf(action.appliesWhen),
      abbreviations: action.abbreviations ?? [],
      roles: (action.roles ?? []).map((roleId) => lookup(roleSummaries, roleId)),
      terms: termsByAction.get(action.id) ?? [],
      documents: action.documents.map((docId) => lookup(documentSummaries, docId)),
      review: reviewOf(action, site),
      latestChange: latestChange.action(action.id),
      // The action the requirements belong to shows how many are met, on its step page and the checklist.
      requirements:
        requirements && requirements.action === action.id
          ? { url: requirements.url, count: requirements.count, progress: requirements.progress }
          : null,
    }));
    const review = reviewOf(step, site);
    return {
      ...step,
      planShare,
      number: s + 1,
      actions,
      url: `/steps/${step.id}/`,
      review,
      latestChange: latestChange.step(step.id),
      // Its page is as fresh as the step and every action on it.
      pageReview: pageReview([review, ...actions.map((a) => a.review)]),
    };
  });
  /** @param {{ id: string, title: string, url: string } | undefined} step */
  const link = (step) => (step ? { id: step.id, title: step.title, url: step.url } : null);
  return steps.map((step, s) => ({ ...step, previous: link(steps[s - 1]), next: link(steps[s + 1]) }));
}

/**
 * An action as another page links to it.
 * @param {{ id: string, title: string, number: number, stepNumber: number, stepId: string }} a
 */
export function actionSummary(a) {
  return { id: a.id, title: a.title, number: `${a.stepNumber}.${a.number}`, stepId: a.stepId, url: `/steps/${a.stepId}/#${a.id}` };
}
