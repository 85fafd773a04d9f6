import { libraryPages } from "./library-pages.js";

/**
 * Builds the model templates render from validated data: numbered steps and actions, each action
 * with its documents resolved, and each document with the actions that use it.
 */

/**
 * Returns { site, steps, actions, documents, documentTypes, libraryPages, totalActions }. Each
 * document carries `pageUrl` (its page in this guide) and `officialUrl` (the `url` from the data).
 * Records refer to each other by id and copies of plain values, never by object, so the model
 * has no cycles (Eleventy deep-merges data).
 */
export function buildModel(site, process, documentsData) {
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

  const stepCount = process.steps.length;
  const steps = process.steps.map((step, s) => {
    const actions = step.actions.map((action, a) => {
      const numbered = {
        ...action,
        number: a + 1,
        stepId: step.id,
        stepNumber: s + 1,
        stepTitle: step.title,
        replaces: action.replaces ?? [],
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
    return { ...step, number: s + 1, actions, url: `/steps/${step.id}/` };
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
      typeLabel: types.get(doc.type).label,
      usedBy: uses,
      stepIds,
      stepTitles: stepIds.map((sid) => steps.find((st) => st.id === sid).title),
      pageUrl: `/documents/${doc.id}/`,
      officialUrl,
    };
  });

  const actions = steps.flatMap((step) => step.actions);
  const documentTypes = documentsData.types.map((t) => ({ ...t, count: documents.filter((d) => d.type === t.id).length }));
  return {
    site,
    steps: steps.map((step) => ({ ...step, documentCount: documents.filter((d) => d.stepIds.includes(step.id)).length })),
    actions,
    documents,
    documentTypes,
    libraryPages: libraryPages(steps, documents, documentsData.types),
    totalActions: actions.length,
  };
}
