/**
 * The change log as pages and the browser read it: newest first, each entry linked to what it
 * concerns and to the steps it matters to; and for any step, action, document or term, its newest entry.
 */
import { dateText } from "../dates.js";
import { lookup } from "./lookup.js";

/** @typedef {import("../data-types.js").ChangeData} ChangeData */

const KIND_LABELS = { process: "NHS login changed its process", guide: "We changed this guide" };

/**
 * The log newest first; entries of the same date keep the order the file gives them.
 * @param {readonly ChangeData[]} entries
 */
export function newestFirst(entries) {
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.order - b.order : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}

/**
 * An entry as an item that it names shows it: so a tick made before it can be flagged.
 * @param {ChangeData} entry
 */
function latestChange(entry) {
  return {
    id: entry.id,
    date: entry.date,
    summary: entry.summary,
    url: `/changes/#${entry.id}`,
    dateText: dateText(entry.date, entry.precision),
  };
}
/** An item's newest change, or null. @typedef {ReturnType<typeof latestChange> | null} LatestChange */

/**
 * For steps, actions, documents and terms, a function giving an item's newest change (the first
 * entry of `log`, newest first, that lists its id), or null.
 * @param {readonly ChangeData[]} log
 */
export function latestChangeFinders(log) {
  /** @param {"steps" | "actions" | "documents" | "terms"} key */
  const finder = (key) => {
    /** @type {Map<string, ReturnType<typeof latestChange>>} */
    const found = new Map();
    for (const entry of log) for (const itemId of entry[key] ?? []) if (!found.has(itemId)) found.set(itemId, latestChange(entry));
    return /** @param {string} itemId @returns {LatestChange} */ (itemId) => found.get(itemId) ?? null;
  };
  return { step: finder("steps"), action: finder("actions"), document: finder("documents"), term: finder("terms") };
}

/**
 * The summaries entries link to, and where documents and terms come up.
 * @typedef {{
 *   steps: ReadonlyArray<{ id: string, number: number, title: string, url: string }>,
 *   actionSummaries: ReadonlyMap<string, { stepId: string }
 *     & import("./steps.js").ActionSummary>,
 *   documentSummaries: ReadonlyMap<string, import("./documents.js").DocumentSummary>,
 *   documentsById: ReadonlyMap<string, { stepIds: string[] }>,
 *   termsById: ReadonlyMap<string, import("./glossary.js").GlossaryTerm>,
 * }} ChangeLinks
 */

/**
 * The change log, each entry linked to what it concerns and to the steps it matters to: those it
 * names, those of its actions, and those where its documents and terms come up; and each step's own list.
 * @param {readonly ChangeData[]} log newest first
 * @param {ChangeLinks} links
 */
export function changeLogModel(log, { steps, actionSummaries, documentSummaries, documentsById, termsById }) {
  const stepSummaries = new Map(steps.map((st) => [st.id, { id: st.id, number: st.number, title: st.title, url: st.url }]));
  const stepIdsOfDocument = (/** @type {string} */ docId) => lookup(documentsById, docId).stepIds;
  const changes = log.map((entry) => {
    const entryActions = (entry.actions ?? []).map((actionId) => lookup(actionSummaries, actionId));
    const entryTerms = (entry.terms ?? []).map((termId) => lookup(termsById, termId));
    const related = new Set([
      ...(entry.steps ?? []),
      ...entryActions.map((a) => a.stepId),
      ...(entry.documents ?? []).flatMap(stepIdsOfDocument),
      ...entryTerms.flatMap((term) => [...term.actions.map((a) => a.stepId), ...term.documents.flatMap((d) => stepIdsOfDocument(d.id))]),
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
      steps: (entry.steps ?? []).map((stepId) => lookup(stepSummaries, stepId)),
      actions: entryActions,
      documents: (entry.documents ?? []).map((docId) => lookup(documentSummaries, docId)),
      terms: entryTerms.map(({ id, term, url }) => ({ id, term, url })),
      stepIds: steps.map((st) => st.id).filter((stepId) => related.has(stepId)),
      sources: entry.sources,
    };
  });
  const changeSteps = steps.map((st) => ({
    ...lookup(stepSummaries, st.id),
    changesUrl: `/changes/step/${st.id}/`,
    changes: changes.filter((c) => c.stepIds.includes(st.id)),
  }));
  return { changes, changeSteps };
}
