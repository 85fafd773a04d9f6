import { libraryPages } from "./library-pages.js";

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

/**
 * Returns { site, steps, actions, documents, documentTypes, libraryPages, totalActions, glossary,
 * linkTerms, roles, rolesNote, plan, beforeYouStart } from the validated datasets
 * { site, process, documents, glossary, roles, beforeYouStart, plan }. Each document carries `pageUrl`
 * (its page in this guide) and `officialUrl` (the `url` from the data). Records refer to each other
 * by id and copies of plain values, never by object, so the model has no cycles (Eleventy
 * deep-merges data).
 */
export function buildModel({ site, process, documents: documentsData, glossary, roles: rolesData, beforeYouStart, plan }) {
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
      exclusions: exclusionsOf(doc.appliesWhen),
      roles: (doc.roles ?? []).map((roleId) => roleSummaries.get(roleId)),
      terms: termsByDocument.get(doc.id) ?? [],
      typeLabel: types.get(doc.type).label,
      usedBy: uses,
      stepIds,
      stepTitles: stepIds.map((sid) => steps.find((st) => st.id === sid).title),
      pageUrl: `/documents/${doc.id}/`,
      officialUrl,
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
  }));
  const lettersUsed = new Set(glossaryTerms.map((t) => t.letter));
  const letters = [...ALPHABET, ...(lettersUsed.has("0–9") ? ["0–9"] : [])].map((letter) => ({
    letter,
    id: letter === "0–9" ? "letter-0-9" : `letter-${letter.toLowerCase()}`,
    terms: glossaryTerms.filter((t) => t.letter === letter),
  }));

  // A role meets the terms of the actions and documents it takes part in, listed once, A to Z.
  const roles = rolesData.roles.map((role) => {
    const roleActions = actions.filter((a) => a.roles.some((r) => r.id === role.id));
    const roleDocuments = documents.filter((d) => d.roles.some((r) => r.id === role.id));
    const met = new Map();
    for (const record of [...roleActions, ...roleDocuments]) for (const t of record.terms) met.set(t.id, t);
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
      terms: [...met.values()].sort((a, b) => byName(a.term, b.term)),
    };
  });

  return {
    site,
    steps: steps.map((step) => ({ ...step, documentCount: documents.filter((d) => d.stepIds.includes(step.id)).length })),
    actions,
    documents,
    documentTypes,
    libraryPages: libraryPages(steps, documents, documentsData.types),
    totalActions: actions.length,
    glossary: { terms: glossaryTerms, letters },
    // What the Markdown renderer links to the glossary: only the names, so no page carries more.
    linkTerms: terms.map((t) => ({ id: t.id, term: t.term, aliases: t.aliases ?? [], abbreviations: t.abbreviations ?? [] })),
    roles,
    rolesNote: rolesData.note,
    plan,
    beforeYouStart: {
      intro: beforeYouStart.intro,
      items: beforeYouStart.items.map((item) => ({ ...item, neededFor: item.neededFor.map((actionId) => actionSummaries.get(actionId)) })),
    },
  };
}
