/**
 * Builds the model templates render from validated data, composing one module per part of it
 * (lib/data/model/): steps and actions, documents and the library's views, the glossary, roles,
 * the change log, reviews, sources and the plan's dates. Records refer to each other by id and
 * copies of plain values, never by object, so the model has no cycles (Eleventy deep-merges data).
 */
import { todayIso } from "./dates.js";
import { technicalRequirementsModel } from "./technical-requirements-model.js";
import { changeLogModel, latestChangeFinders, newestFirst } from "./model/change-log.js";
import { documentSummaries, documentTypes, documentUses, documentsModel, libraryViews } from "./model/documents.js";
import { glossaryModel, linkTerms, sortedTerms, termSummary, termsNaming } from "./model/glossary.js";
import { lookup } from "./model/lookup.js";
import { planDates } from "./model/plan-dates.js";
import { pageReview, reviewItems } from "./model/reviews.js";
import { roleSummaries, rolesModel } from "./model/roles.js";
import { citedSources } from "./model/sources.js";
import { actionSummary, exclusionsFinder, stepsModel } from "./model/steps.js";

/** The model every template reads as `guide` (with `search` added by load-guide-data.js). @typedef {ReturnType<typeof buildModel>} GuideModel */

/**
 * Returns { site, steps, actions, documents, documentTypes, libraryPages, totalActions, glossary,
 * linkTerms, roles, rolesNote, plan, planDates, beforeYouStart, changes, changeSteps, feed,
 * processReview, libraryReview, reviewItems, sources, technicalRequirements } from the validated datasets.
 * Each document carries `pageUrl` (its page in this guide) and `officialUrl` (the `url` from the
 * data). Every step, action, document and glossary term carries `review` ({ reviewed, nextReviewDue,
 * owner }) and `latestChange` ({ id, date, summary, url, dateText } of the newest change log entry that
 * names it, or null). What a page renders carries that page's review dates as `pageReview` (steps,
 * documents, library views, roles, the glossary; `processReview` for the overview and checklist,
 * `libraryReview` for the library), or null to show the site's. `sources` lists every cited address
 * once ({ title, url, checked, pages }), with the oldest `checked` of its uses. `today` (YYYY-MM-DD)
 * judges what is overdue.
 * @param {import("./data-types.js").Datasets} datasets
 * @param {{ today?: string }} [options]
 */
export function buildModel(
  {
    site,
    process,
    documents: documentsData,
    glossary,
    roles: rolesData,
    beforeYouStart,
    plan,
    changes: changesData = { changes: [] },
    technicalRequirements: requirementsData = null,
  },
  { today = todayIso() } = {},
) {
  const log = newestFirst(changesData.changes);
  const latestChange = latestChangeFinders(log);
  const roles = roleSummaries(rolesData);
  const terms = sortedTerms(glossary.terms);
  const documentsById = documentSummaries(documentsData);
  const exclusionsOf = exclusionsFinder(plan);
  const technicalRequirements = technicalRequirementsModel(requirementsData, {
    plan,
    roleSummaries: roles,
    termSummaries: new Map(terms.map((t) => [t.id, termSummary(t)])),
  });

  const steps = stepsModel(process, {
    site,
    exclusionsOf,
    roleSummaries: roles,
    termsByAction: termsNaming(terms, "actions"),
    documentSummaries: documentsById,
    latestChange,
    requirements: technicalRequirements,
  });
  const actions = steps.flatMap((step) => step.actions);
  const actionSummaries = new Map(actions.map((a) => [a.id, actionSummary(a)]));
  const documents = documentsModel(documentsData, {
    site,
    uses: documentUses(documentsData, process),
    stepTitles: new Map(steps.map((st) => [st.id, st.title])),
    exclusionsOf,
    roleSummaries: roles,
    termsByDocument: termsNaming(terms, "documents"),
    latestChange: latestChange.document,
  });
  const glossaryPage = glossaryModel(terms, { site, actionSummaries, documentSummaries: documentsById, latestChange: latestChange.term });
  const { changes, changeSteps } = changeLogModel(log, {
    steps,
    actionSummaries,
    documentSummaries: documentsById,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    termsById: new Map(glossaryPage.terms.map((t) => [t.id, t])),
  });

  return {
    site,
    steps: steps.map((step) => ({ ...step, documentCount: documents.filter((d) => d.stepIds.includes(step.id)).length })),
    actions,
    documents,
    documentTypes: documentTypes(documentsData, documents),
    libraryPages: libraryViews(steps, documents, documentsData.types),
    totalActions: actions.length,
    glossary: glossaryPage,
    linkTerms: linkTerms(terms),
    roles: rolesModel(rolesData, {
      steps,
      actions,
      documents,
      actionSummaries,
      documentSummaries: documentsById,
      requirements: technicalRequirements?.requirements ?? [],
    }),
    rolesNote: rolesData.note,
    plan,
    // For the plan's dates: the bank holidays it skips, and the estimates it compares its length with.
    planDates: planDates(site, today),
    beforeYouStart: {
      intro: beforeYouStart.intro,
      items: beforeYouStart.items.map((item) => ({
        ...item,
        neededFor: item.neededFor.map((actionId) => lookup(actionSummaries, actionId)),
      })),
    },
    changes,
    changeSteps,
    // The Atom feed, where the log has entries to publish and the site's public address is known.
    feed: changes[0] && site.url ? { url: "/changes.xml", updated: changes[0].date } : null,
    // The overview and the checklist show every step and action; the library every document.
    processReview: pageReview([...steps.map((st) => st.review), ...actions.map((a) => a.review)]),
    libraryReview: pageReview(documents.map((d) => d.review)),
    // Everything a maintainer reviews, with the sources to check it against, for `npm run review`.
    reviewItems: reviewItems(
      [
        ...steps.map((st) => ({
          kind: /** @type {const} */ ("step"),
          id: st.id,
          title: `Step ${st.number}: ${st.title}`,
          url: st.url,
          ...st.review,
          sources: [st.source],
        })),
        ...actions.map((a) => ({
          kind: /** @type {const} */ ("action"),
          id: a.id,
          title: `${a.stepNumber}.${a.number} ${a.title}`,
          url: `/steps/${a.stepId}/#${a.id}`,
          ...a.review,
          sources: a.sources,
        })),
        ...documents.map((d) => ({
          kind: /** @type {const} */ ("document"),
          id: d.id,
          title: d.title,
          url: d.pageUrl,
          ...d.review,
          sources: [{ title: d.source, url: d.officialUrl, checked: d.checked }, ...d.alsoSee],
        })),
        ...glossaryPage.terms.map((t) => ({
          kind: /** @type {const} */ ("term"),
          id: t.id,
          title: t.term,
          url: t.url,
          ...t.review,
          sources: t.sources,
        })),
      ],
      today,
    ),
    sources: citedSources([
      ...(site.duration.variantSource ? [pair(site.duration.variantSource, "/")] : []),
      ...steps.map((st) => pair(st.source, st.url)),
      ...actions.flatMap((a) => a.sources.map((source) => pair(source, `/steps/${a.stepId}/#${a.id}`))),
      ...documents.flatMap((d) => [
        pair({ title: d.source, url: d.officialUrl, checked: d.checked }, d.pageUrl),
        ...d.alsoSee.map((source) => pair(source, d.pageUrl)),
      ]),
      ...glossaryPage.terms.flatMap((t) => t.sources.map((source) => pair(source, t.url))),
      ...beforeYouStart.items.flatMap((item) => item.sources.map((source) => pair(source, `/#before-you-start-${item.id}`))),
      ...changes.flatMap((c) => c.sources.map((source) => pair(source, c.url))),
      ...(technicalRequirements?.requirements ?? []).flatMap((r) => r.sources.map((source) => pair(source, r.url))),
    ]),
    // The rules NHS login checks before go-live, or null when the guide has none.
    technicalRequirements,
  };
}

/**
 * A cited source and the page it is cited on, typed as a pair.
 * @param {import("./data-types.js").SourceData} source
 * @param {string} page
 * @returns {[import("./data-types.js").SourceData, string]}
 */
function pair(source, page) {
  return [source, page];
}
