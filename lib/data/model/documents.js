/**
 * The document library as pages read it: each document with the actions that use it, the steps it
 * comes up in, its two addresses (its page here and the official one), and the library's views.
 */
import { libraryPages } from "../library-pages.js";
import { lookup } from "./lookup.js";
import { pageReview, reviewOf } from "./reviews.js";

/** @typedef {import("../data-types.js").DocumentsData} DocumentsData */
/** @typedef {import("../data-types.js").ProcessData} ProcessData */
/** @typedef {import("../data-types.js").SiteData} SiteData */
/** What a page shows of a document it links to. @typedef {ReturnType<typeof documentSummaries> extends Map<string, infer S> ? S : never} DocumentSummary */
/** A document as its page reads it. @typedef {ReturnType<typeof documentsModel>[number]} Document */

/**
 * Each document as other pages link to it, by id.
 * @param {DocumentsData} documentsData
 */
export function documentSummaries(documentsData) {
  const types = new Map(documentsData.types.map((t) => [t.id, t]));
  return new Map(
    documentsData.documents.map((d) => [
      d.id,
      {
        id: d.id,
        title: d.title,
        type: d.type,
        typeLabel: lookup(types, d.type).label,
        confidence: d.confidence,
        pageUrl: `/documents/${d.id}/`,
      },
    ]),
  );
}

/**
 * Where each document is used, by its id: every action that lists it, with the action's step, in process order.
 * @param {DocumentsData} documentsData
 * @param {ProcessData} process
 */
export function documentUses(documentsData, process) {
  /** @type {Map<string, Array<{ stepId: string, stepNumber: number, stepTitle: string, actionId: string, actionNumber: number, actionTitle: string }>>} */
  const uses = new Map(documentsData.documents.map((d) => [d.id, []]));
  process.steps.forEach((step, s) =>
    step.actions.forEach((action, a) => {
      for (const docId of action.documents)
        lookup(uses, docId).push({
          stepId: step.id,
          stepNumber: s + 1,
          stepTitle: step.title,
          actionId: action.id,
          actionNumber: a + 1,
          actionTitle: action.title,
        });
    }),
  );
  return uses;
}

/**
 * What the rest of the model gives the documents.
 * @typedef {{
 *   site: SiteData,
 *   uses: ReturnType<typeof documentUses>,
 *   stepTitles: ReadonlyMap<string, string>,
 *   exclusionsOf: ReturnType<typeof import("./steps.js").exclusionsFinder>,
 *   roleSummaries: ReadonlyMap<string, import("./roles.js").RoleSummary>,
 *   termsByDocument: ReadonlyMap<string, import("./glossary.js").TermSummary[]>,
 *   latestChange: (id: string) => import("./change-log.js").LatestChange,
 * }} DocumentLinks
 */

/**
 * The documents in the data's order. A document has two addresses: its page in this guide and the
 * official one it is published at. They get different names, and no plain `url`, so one can never
 * overwrite the other.
 * @param {DocumentsData} documentsData
 * @param {DocumentLinks} links
 */
export function documentsModel(documentsData, { site, uses, stepTitles, exclusionsOf, roleSummaries, termsByDocument, latestChange }) {
  const types = new Map(documentsData.types.map((t) => [t.id, t]));
  return documentsData.documents.map(({ url: officialUrl, ...doc }) => {
    const usedBy = lookup(uses, doc.id);
    const stepIds = [...new Set(usedBy.map((u) => u.stepId))];
    const review = reviewOf(doc, site);
    return {
      ...doc,
      aliases: doc.aliases ?? [],
      alsoSee: doc.alsoSee ?? [],
      exclusions: exclusionsOf(doc.appliesWhen),
      roles: (doc.roles ?? []).map((roleId) => lookup(roleSummaries, roleId)),
      terms: termsByDocument.get(doc.id) ?? [],
      typeLabel: lookup(types, doc.type).label,
      usedBy,
      stepIds,
      stepTitles: stepIds.map((stepId) => lookup(stepTitles, stepId)),
      pageUrl: `/documents/${doc.id}/`,
      officialUrl,
      review,
      latestChange: latestChange(doc.id),
      pageReview: pageReview([review]),
    };
  });
}

/**
 * The document types, each with how many documents it has.
 * @param {DocumentsData} documentsData
 * @param {ReadonlyArray<{ type: string }>} documents
 */
export function documentTypes(documentsData, documents) {
  return documentsData.types.map((t) => ({ ...t, count: documents.filter((d) => d.type === t.id).length }));
}

/**
 * The library's views (see library-pages.js), each page with the review dates of the documents it lists.
 * @param {Parameters<typeof libraryPages>[0]} steps
 * @param {ReadonlyArray<Document>} documents
 * @param {DocumentsData["types"]} types
 */
export function libraryViews(steps, documents, types) {
  const reviews = new Map(documents.map((d) => [d.id, d.review]));
  return libraryPages(steps, documents, types).map((view) => ({
    ...view,
    pageReview: pageReview(view.rows.map((r) => lookup(reviews, r.id))),
  }));
}
