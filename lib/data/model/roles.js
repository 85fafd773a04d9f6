/**
 * The roles in a partner's team as their pages read them: the actions each takes part in, by step,
 * the documents it handles, the terms it meets and the technical requirements it looks after.
 */
import { byName } from "./glossary.js";
import { lookup } from "./lookup.js";
import { pageReview } from "./reviews.js";

/** @typedef {import("../data-types.js").RolesData} RolesData */
/** What a page shows of a role it links to. @typedef {{ id: string, title: string, url: string }} RoleSummary */

/** How many of the terms a role meets most its page lists before folding the rest away. */
export const ROLE_TERMS_SHOWN = 10;

/**
 * Each role as other pages link to it, by id.
 * @param {RolesData} rolesData
 * @returns {Map<string, RoleSummary>}
 */
export function roleSummaries(rolesData) {
  return new Map(rolesData.roles.map((r) => [r.id, { id: r.id, title: r.title, url: `/roles/${r.id}/` }]));
}

/**
 * What a role's page needs of the rest of the model.
 * @typedef {{
 *   steps: ReadonlyArray<import("./steps.js").Step>,
 *   actions: ReadonlyArray<import("./steps.js").Action>,
 *   documents: ReadonlyArray<import("./documents.js").Document>,
 *   actionSummaries: ReadonlyMap<string, import("./steps.js").ActionSummary>,
 *   documentSummaries: ReadonlyMap<string, import("./documents.js").DocumentSummary>,
 *   requirements: ReadonlyArray<{ id: string, title: string, url: string, appliesText: string, roles: RoleSummary[] }>,
 * }} RoleLinks
 */

/**
 * The roles, in the data's order. A role handles the documents that name it and those of the actions
 * it takes part in, in the library's order; it meets the terms of those actions and documents, listed
 * once, A to Z, and the ones it meets most often (tied to the most of them) first on its page.
 * @param {RolesData} rolesData
 * @param {RoleLinks} links
 */
export function rolesModel(rolesData, { steps, actions, documents, actionSummaries, documentSummaries, requirements }) {
  return rolesData.roles.map((role) => {
    const takesPart = (/** @type {{ roles: RoleSummary[] }} */ item) => item.roles.some((r) => r.id === role.id);
    const roleActions = actions.filter(takesPart);
    const namedIn = documents.filter(takesPart);
    const roleDocumentIds = new Set([...namedIn.map((d) => d.id), ...roleActions.flatMap((a) => a.documents.map((d) => d.id))]);
    const roleDocuments = documents.filter((d) => roleDocumentIds.has(d.id));
    /** @type {Map<string, { term: import("./glossary.js").TermSummary, count: number }>} */
    const met = new Map();
    for (const record of [...roleActions, ...roleDocuments])
      for (const t of record.terms) met.set(t.id, { term: t, count: (met.get(t.id)?.count ?? 0) + 1 });
    const mostMet = [...met.values()]
      .sort((a, b) => b.count - a.count || byName(a.term.term, b.term.term))
      .slice(0, ROLE_TERMS_SHOWN)
      .map(({ term }) => term);
    const allTerms = [...met.values()].map(({ term }) => term).sort((a, b) => byName(a.term, b.term));
    return {
      ...role,
      url: `/roles/${role.id}/`,
      actions: roleActions.map((a) => lookup(actionSummaries, a.id)),
      // The same actions grouped by step, in process order, as the role's page lists them.
      steps: steps
        .map((step) => ({
          id: step.id,
          number: step.number,
          title: step.title,
          url: step.url,
          actions: roleActions.filter((a) => a.stepId === step.id).map((a) => lookup(actionSummaries, a.id)),
        }))
        .filter((step) => step.actions.length > 0),
      documents: roleDocuments.map((d) => ({ ...lookup(documentSummaries, d.id), format: d.format ?? null })),
      terms: allTerms,
      // The terms it meets most, most often first, and the rest A to Z: the page shows the first and folds the rest away.
      mostMetTerms: mostMet,
      otherTerms: allTerms.filter((t) => !mostMet.includes(t)),
      requirements: requirements.filter(takesPart).map((r) => ({ id: r.id, title: r.title, url: r.url, appliesText: r.appliesText })),
      // Its page is as fresh as the actions it takes part in and the documents that name it.
      pageReview: pageReview([...roleActions.map((a) => a.review), ...namedIn.map((d) => d.review)]),
    };
  });
}
