import { libraryPages } from "./library-pages.js";
import { addDays, dateText, daysBetween, todayIso } from "./dates.js";
import { planBankHolidays } from "./bank-holidays.js";
import { technicalRequirementsModel } from "./technical-requirements-model.js";

/**
 * Builds the model templates render from validated data: numbered steps and actions, each action
 * with its documents resolved, and each document with the actions that use it.
 */

/** An A to Z sort that ignores case and accents, as a reader scans a list. */
const byName = (a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true });

/** The letter a glossary term is filed under: A to Z, or "0–9" for one that starts otherwise. */
function letterOf(term) {
  const first = term.normalize("NFD").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "0–9";
}

const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/** How many of the terms a role meets most its page lists before folding the rest away. */
export const ROLE_TERMS_SHOWN = 10;

const KIND_LABELS = { process: "NHS login changed its process", guide: "We changed this guide" };

/**
 * An item's review: its own `reviewed` date and the next due after the site's review interval, or
 * the site's dates when it has none. `owner` is who looks after it, or null.
 */
function reviewOf(item, site) {
  if (!item.reviewed) return { reviewed: site.lastReviewed, nextReviewDue: site.nextReviewDue, owner: item.owner ?? null };
  const interval = daysBetween(site.lastReviewed, site.nextReviewDue);
  return { reviewed: item.reviewed, nextReviewDue: addDays(item.reviewed, interval), owner: item.owner ?? null };
}

/**
 * A page's review dates from its items': due when its earliest-due item is, and last reviewed when
 * its least recently reviewed item was. A page is only as fresh as its stalest part; taking the
 * latest review instead could show a page "last reviewed" after it fell due.
 */
function pageReview(reviews) {
  return {
    lastReviewed: reviews.reduce((earliest, r) => (r.reviewed < earliest ? r.reviewed : earliest), reviews[0].reviewed),
    nextReviewDue: reviews.reduce((earliest, r) => (r.nextReviewDue < earliest ? r.nextReviewDue : earliest), reviews[0].nextReviewDue),
  };
}

/**
 * The published estimates of the whole process's length ("around 2 to 3 months"), with the months
 * read from their words, for the plan's comparison; an estimate whose words give no "N to M months"
 * is left out rather than guessed.
 */
function durationEstimates(duration) {
  const estimates = [
    { source: "the integration process", words: duration.text },
    { source: duration.variantSource?.title ?? "the official toolkit", words: duration.variant ?? "" },
  ];
  return estimates.flatMap(({ source, words }) => {
    const found = /(?:(around|about) )?(\d+) to (\d+) months/.exec(words);
    return found ? [{ source, text: found[0], fromMonths: Number(found[2]), toMonths: Number(found[3]) }] : [];
  });
}

/**
 * Returns { site, steps, actions, documents, documentTypes, libraryPages, totalActions, glossary,
 * linkTerms, roles, rolesNote, plan, planDates, beforeYouStart, changes, changeSteps, feed, reviews, reviewItems, sources,
 * technicalRequirements } from the validated datasets { site, process, documents, glossary, roles, beforeYouStart,
 * plan, changes, technicalRequirements }.
 * Each document carries `pageUrl` (its page in this guide) and `officialUrl` (the `url` from the
 * data). Every step, action, document and glossary term carries `review` ({ reviewed, nextReviewDue,
 * owner }) and `latestChange` ({ id, date, summary, url, dateText } of the newest change log entry that
 * names it, or null). `sources` lists every cited address once ({ title, url, checked, pages }), with
 * the oldest `checked` of its uses. Records refer to each other by id and copies of plain values, never by object,
 * so the model has no cycles (Eleventy deep-merges data). `today` (YYYY-MM-DD) judges what is overdue.
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
  // The log newest first; entries of the same date keep the order the file gives them.
  const log = changesData.changes
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.order - b.order : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
  /** The newest entry that lists `itemId` under `key`, in the shape pages and the browser read. */
  const latestChanges = (key) => {
    const found = new Map();
    for (const entry of log)
      for (const itemId of entry[key] ?? [])
        if (!found.has(itemId))
          found.set(itemId, {
            id: entry.id,
            date: entry.date,
            summary: entry.summary,
            url: `/changes/#${entry.id}`,
            dateText: dateText(entry.date, entry.precision),
          });
    return (itemId) => found.get(itemId) ?? null;
  };
  const latestChangeOf = {
    step: latestChanges("steps"),
    action: latestChanges("actions"),
    document: latestChanges("documents"),
    term: latestChanges("terms"),
  };

  const roleSummaries = new Map(rolesData.roles.map((r) => [r.id, { id: r.id, title: r.title, url: `/roles/${r.id}/` }]));
  const terms = [...glossary.terms].sort((a, b) => byName(a.term, b.term));
  const termSummary = (t) => ({ id: t.id, term: t.term, url: `/glossary/#${t.id}` });
  const termsFor = (key) => {
    const found = new Map();
    for (const t of terms) for (const target of t[key] ?? []) found.set(target, [...(found.get(target) ?? []), termSummary(t)]);
    return found;
  };
  const termsByAction = termsFor("actions");
  const termsByDocument = termsFor("documents");
  const types = new Map(documentsData.types.map((t) => [t.id, t]));
  const usedBy = new Map(documentsData.documents.map((d) => [d.id, []]));
  const summaries = new Map(
    documentsData.documents.map((d) => [
      d.id,
      {
        id: d.id,
        title: d.title,
        type: d.type,
        typeLabel: types.get(d.type).label,
        confidence: d.confidence,
        pageUrl: `/documents/${d.id}/`,
      },
    ]),
  );

  // What rules an action or document out: each answer its appliesWhen does not allow, with the
  // reason the page gives. The browser then only compares the team's answers with these.
  const exclusionsOf = (conditions = {}) =>
    Object.entries(conditions).flatMap(([questionId, allowed]) =>
      plan.questions
        .find((q) => q.id === questionId)
        .answers.filter((a) => !allowed.includes(a.value))
        .map((a) => ({ question: questionId, answer: a.value, reason: a.reason })),
    );

  const stepCount = process.steps.length;
  const totalActionCount = process.steps.reduce((sum, step) => sum + step.actions.length, 0);
  const steps = process.steps.map((step, s) => {
    const actions = step.actions.map((action, a) => {
      const numbered = {
        ...action,
        number: a + 1,
        stepId: step.id,
        stepNumber: s + 1,
        stepTitle: step.title,
        stepShare: step.planShare ?? (100 * step.actions.length) / totalActionCount,
        replaces: action.replaces ?? [],
        after: action.after ?? [],
        exclusions: exclusionsOf(action.appliesWhen),
        abbreviations: action.abbreviations ?? [],
        roles: (action.roles ?? []).map((roleId) => roleSummaries.get(roleId)),
        terms: termsByAction.get(action.id) ?? [],
        documents: action.documents.map((docId) => summaries.get(docId)),
        review: reviewOf(action, site),
        latestChange: latestChangeOf.action(action.id),
      };
      for (const docId of action.documents) {
        usedBy.get(docId).push({
          stepId: step.id,
          stepNumber: s + 1,
          stepTitle: step.title,
          actionId: action.id,
          actionNumber: a + 1,
          actionTitle: action.title,
        });
      }
      return numbered;
    });
    // Without shares in the data, a step's share of the time is its share of the actions.
    return {
      ...step,
      planShare: step.planShare ?? (100 * step.actions.length) / totalActionCount,
      number: s + 1,
      actions,
      url: `/steps/${step.id}/`,
      review: reviewOf(step, site),
      latestChange: latestChangeOf.step(step.id),
    };
  });

  steps.forEach((step, s) => {
    step.previous = s > 0 ? { id: steps[s - 1].id, title: steps[s - 1].title, url: steps[s - 1].url } : null;
    step.next = s < stepCount - 1 ? { id: steps[s + 1].id, title: steps[s + 1].title, url: steps[s + 1].url } : null;
  });

  // A document has two addresses: its page in this guide and the official one it is published at.
  // They get different names, and no plain `url`, so one can never overwrite the other.
  const documents = documentsData.documents.map(({ url: officialUrl, ...doc }) => {
    const uses = usedBy.get(doc.id);
    const stepIds = [...new Set(uses.map((u) => u.stepId))];
    return {
      ...doc,
      aliases: doc.aliases ?? [],
      alsoSee: doc.alsoSee ?? [],
      exclusions: exclusionsOf(doc.appliesWhen),
      roles: (doc.roles ?? []).map((roleId) => roleSummaries.get(roleId)),
      terms: termsByDocument.get(doc.id) ?? [],
      typeLabel: types.get(doc.type).label,
      usedBy: uses,
      stepIds,
      stepTitles: stepIds.map((sid) => steps.find((st) => st.id === sid).title),
      pageUrl: `/documents/${doc.id}/`,
      officialUrl,
      review: reviewOf(doc, site),
      latestChange: latestChangeOf.document(doc.id),
    };
  });

  const actions = steps.flatMap((step) => step.actions);
  const actionSummaries = new Map(
    actions.map((a) => [
      a.id,
      { id: a.id, title: a.title, number: `${a.stepNumber}.${a.number}`, stepId: a.stepId, url: `/steps/${a.stepId}/#${a.id}` },
    ]),
  );
  const documentTypes = documentsData.types.map((t) => ({ ...t, count: documents.filter((d) => d.type === t.id).length }));

  const glossaryTerms = terms.map((t) => ({
    ...t,
    abbreviations: t.abbreviations ?? [],
    aliases: t.aliases ?? [],
    letter: letterOf(t.term),
    url: `/glossary/#${t.id}`,
    actions: (t.actions ?? []).map((actionId) => actionSummaries.get(actionId)),
    documents: (t.documents ?? []).map((docId) => summaries.get(docId)),
    review: reviewOf(t, site),
    latestChange: latestChangeOf.term(t.id),
  }));
  const lettersUsed = new Set(glossaryTerms.map((t) => t.letter));
  const letters = [...ALPHABET, ...(lettersUsed.has("0–9") ? ["0–9"] : [])].map((letter) => ({
    letter,
    id: letter === "0–9" ? "letter-0-9" : `letter-${letter.toLowerCase()}`,
    terms: glossaryTerms.filter((t) => t.letter === letter),
  }));

  const technicalRequirements = technicalRequirementsModel(requirementsData, {
    plan,
    roleSummaries,
    termSummaries: new Map(terms.map((t) => [t.id, termSummary(t)])),
  });

  // The action the requirements belong to shows how many are met, on its step page and the checklist.
  for (const action of actions)
    action.requirements =
      technicalRequirements && technicalRequirements.action === action.id
        ? { url: technicalRequirements.url, count: technicalRequirements.count, progress: technicalRequirements.progress }
        : null;

  // A role handles the documents that name it and those of the actions it takes part in, in the
  // library's order; it meets the terms of those actions and documents, listed once, A to Z, and the
  // ones it meets most often (tied to the most of them) first on its page.
  const roles = rolesData.roles.map((role) => {
    const roleActions = actions.filter((a) => a.roles.some((r) => r.id === role.id));
    const roleDocumentIds = new Set([
      ...documents.filter((d) => d.roles.some((r) => r.id === role.id)).map((d) => d.id),
      ...roleActions.flatMap((a) => a.documents.map((d) => d.id)),
    ]);
    const roleDocuments = documents.filter((d) => roleDocumentIds.has(d.id));
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
      actions: roleActions.map((a) => actionSummaries.get(a.id)),
      // The same actions grouped by step, in process order, as the role's page lists them.
      steps: steps
        .map((step) => ({
          id: step.id,
          number: step.number,
          title: step.title,
          url: step.url,
          actions: roleActions.filter((a) => a.stepId === step.id).map((a) => actionSummaries.get(a.id)),
        }))
        .filter((step) => step.actions.length > 0),
      documents: roleDocuments.map((d) => ({ ...summaries.get(d.id), format: d.format ?? null })),
      terms: allTerms,
      // The terms it meets most, most often first, and the rest A to Z: the page shows the first and folds the rest away.
      mostMetTerms: mostMet,
      otherTerms: allTerms.filter((t) => !mostMet.includes(t)),
      requirements: (technicalRequirements?.requirements ?? [])
        .filter((r) => r.roles.some((r2) => r2.id === role.id))
        .map((r) => ({ id: r.id, title: r.title, url: r.url, appliesText: r.appliesText })),
    };
  });

  // The change log, each entry linked to what it concerns and to the steps it matters to: those it
  // names, those of its actions, and those where its documents and terms come up.
  const stepSummaries = new Map(steps.map((st) => [st.id, { id: st.id, number: st.number, title: st.title, url: st.url }]));
  const documentsById = new Map(documents.map((d) => [d.id, d]));
  const termsById = new Map(glossaryTerms.map((t) => [t.id, t]));
  const changes = log.map((entry) => {
    const entryActions = (entry.actions ?? []).map((actionId) => actionSummaries.get(actionId));
    const entryDocuments = (entry.documents ?? []).map((docId) => summaries.get(docId));
    const entryTerms = (entry.terms ?? []).map((termId) => termSummary(termsById.get(termId)));
    const related = new Set([
      ...(entry.steps ?? []),
      ...entryActions.map((a) => a.stepId),
      ...(entry.documents ?? []).flatMap((docId) => documentsById.get(docId).stepIds),
      ...(entry.terms ?? []).flatMap((termId) => [
        ...termsById.get(termId).actions.map((a) => a.stepId),
        ...termsById.get(termId).documents.flatMap((d) => documentsById.get(d.id).stepIds),
      ]),
    ]);
    return {
      id: entry.id,
      date: entry.date,
      precision: entry.precision ?? "day",
      dateText: dateText(entry.date, entry.precision),
      title: entry.title,
      summary: entry.summary,
      kind: entry.kind,
      kindLabel: KIND_LABELS[entry.kind],
      confidence: entry.confidence ?? "official",
      url: `/changes/#${entry.id}`,
      steps: (entry.steps ?? []).map((stepId) => stepSummaries.get(stepId)),
      actions: entryActions,
      documents: entryDocuments,
      terms: entryTerms,
      stepIds: steps.map((st) => st.id).filter((stepId) => related.has(stepId)),
      sources: entry.sources,
    };
  });
  const changeSteps = steps.map((st) => ({
    ...stepSummaries.get(st.id),
    changesUrl: `/changes/step/${st.id}/`,
    changes: changes.filter((c) => c.stepIds.includes(st.id)),
  }));

  // Review dates: each page's from the items it shows; pages not listed show the site's own.
  const library = libraryPages(steps, documents, documentsData.types);
  const allReviews = [...steps.map((st) => st.review), ...actions.map((a) => a.review)];
  const reviews = {
    "/": pageReview(allReviews),
    "/checklist/": pageReview(allReviews),
  };
  for (const st of steps) reviews[st.url] = pageReview([st.review, ...st.actions.map((a) => a.review)]);
  for (const doc of documents) reviews[doc.pageUrl] = pageReview([doc.review]);
  if (documents.length > 0) reviews["/documents/"] = pageReview(documents.map((d) => d.review));
  for (const view of library)
    if (view.rows.length > 0) reviews[view.url] = pageReview(view.rows.map((r) => documentsById.get(r.id).review));
  if (glossaryTerms.length > 0) reviews["/glossary/"] = pageReview(glossaryTerms.map((t) => t.review));
  for (const role of roles) {
    const items = [
      ...actions.filter((a) => a.roles.some((r) => r.id === role.id)).map((a) => a.review),
      ...documents.filter((d) => d.roles.some((r) => r.id === role.id)).map((d) => d.review),
    ];
    if (items.length > 0) reviews[role.url] = pageReview(items);
  }

  // Everything a maintainer reviews, with the sources to check it against, for `npm run review`.
  const reviewItems = [
    ...steps.map((st) => ({
      kind: "step",
      id: st.id,
      title: `Step ${st.number}: ${st.title}`,
      url: st.url,
      ...st.review,
      sources: [st.source],
    })),
    ...actions.map((a) => ({
      kind: "action",
      id: a.id,
      title: `${a.stepNumber}.${a.number} ${a.title}`,
      url: `/steps/${a.stepId}/#${a.id}`,
      ...a.review,
      sources: a.sources,
    })),
    ...documents.map((d) => ({
      kind: "document",
      id: d.id,
      title: d.title,
      url: d.pageUrl,
      ...d.review,
      sources: [{ title: d.source, url: d.officialUrl, checked: d.checked }, ...d.alsoSee],
    })),
    ...glossaryTerms.map((t) => ({ kind: "term", id: t.id, title: t.term, url: t.url, ...t.review, sources: t.sources })),
  ].map((item) => ({ ...item, overdue: item.nextReviewDue < today }));

  // Every source the guide cites, once per address, with the oldest day any of its uses was checked
  // and the pages it is cited on, for the review report's list of sources to check again.
  const sourceUses = [
    ...(site.duration.variantSource ? [[site.duration.variantSource, "/"]] : []),
    ...steps.map((st) => [st.source, st.url]),
    ...actions.flatMap((a) => a.sources.map((source) => [source, `/steps/${a.stepId}/#${a.id}`])),
    ...documents.flatMap((d) => [
      [{ title: d.source, url: d.officialUrl, checked: d.checked }, d.pageUrl],
      ...d.alsoSee.map((source) => [source, d.pageUrl]),
    ]),
    ...glossaryTerms.flatMap((t) => t.sources.map((source) => [source, t.url])),
    ...beforeYouStart.items.flatMap((item) => item.sources.map((source) => [source, `/#before-you-start-${item.id}`])),
    ...changes.flatMap((c) => c.sources.map((source) => [source, c.url])),
    ...(technicalRequirements?.requirements ?? []).flatMap((r) => r.sources.map((source) => [source, r.url])),
  ];
  const sourcesByUrl = new Map();
  for (const [source, page] of sourceUses) {
    const known = sourcesByUrl.get(source.url);
    if (!known) sourcesByUrl.set(source.url, { title: source.title, url: source.url, checked: source.checked, pages: [page] });
    else {
      if (source.checked < known.checked) Object.assign(known, { checked: source.checked, title: source.title });
      if (!known.pages.includes(page)) known.pages.push(page);
    }
  }

  return {
    site,
    steps: steps.map((step) => ({ ...step, documentCount: documents.filter((d) => d.stepIds.includes(step.id)).length })),
    actions,
    documents,
    documentTypes,
    libraryPages: library,
    totalActions: actions.length,
    glossary: { terms: glossaryTerms, letters },
    // What the Markdown renderer links to the glossary: only the names, so no page carries more.
    linkTerms: terms.map((t) => ({ id: t.id, term: t.term, aliases: t.aliases ?? [], abbreviations: t.abbreviations ?? [] })),
    roles,
    rolesNote: rolesData.note,
    plan,
    // For the plan's dates: the bank holidays it skips, and the estimates it compares its length with.
    planDates: { holidays: planBankHolidays(today), estimates: durationEstimates(site.duration) },
    beforeYouStart: {
      intro: beforeYouStart.intro,
      items: beforeYouStart.items.map((item) => ({ ...item, neededFor: item.neededFor.map((actionId) => actionSummaries.get(actionId)) })),
    },
    changes,
    changeSteps,
    // The Atom feed, where the log has entries to publish and the site's public address is known.
    feed: changes.length > 0 && site.url ? { url: "/changes.xml", updated: changes[0].date } : null,
    reviews,
    reviewItems,
    sources: [...sourcesByUrl.values()],
    // The rules NHS login checks before go-live, or null when the guide has none.
    technicalRequirements,
  };
}
