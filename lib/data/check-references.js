/**
 * Checks that ids are unique and that every id one record uses points at a record that exists.
 */
import { problem } from "./problems.js";

/** Adds a problem for every id seen before in `entries` ([id, path] pairs). */
function findDuplicates(entries, label, what, problems) {
  const firstSeen = new Map();
  for (const [value, at] of entries) {
    const earlier = firstSeen.get(value);
    if (earlier) problems.push(problem(label, at, `duplicate ${what} id "${value}" (first used at ${earlier})`));
    else firstSeen.set(value, at.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("").replace(/^\./, ""));
  }
}

/**
 * Returns the list of reference problems between the process and the documents.
 * @example checkReferences(process, documents, { process: "_data/process.yaml", documents: "_data/documents.yaml" })
 */
export function checkReferences(process, documents, labels) {
  const problems = [];
  const steps = process.steps.map((step, s) => [step.id, ["steps", s, "id"]]);
  const actions = process.steps.flatMap((step, s) =>
    step.actions.map((action, a) => [action.id, ["steps", s, "actions", a, "id"]]),
  );
  findDuplicates(steps, labels.process, "step", problems);
  findDuplicates(actions, labels.process, "action", problems);
  findDuplicates(documents.types.map((t, i) => [t.id, ["types", i, "id"]]), labels.documents, "document type", problems);
  findDuplicates(documents.documents.map((d, i) => [d.id, ["documents", i, "id"]]), labels.documents, "document", problems);

  const documentIds = new Set(documents.documents.map((d) => d.id));
  const typeIds = new Set(documents.types.map((t) => t.id));
  const actionIds = new Set(actions.map(([value]) => value));

  process.steps.forEach((step, s) =>
    step.actions.forEach((action, a) => {
      const at = ["steps", s, "actions", a];
      action.documents.forEach((docId, d) => {
        if (!documentIds.has(docId)) problems.push(problem(labels.process, [...at, "documents", d], `no document with id "${docId}"`));
      });
      (action.replaces ?? []).forEach((old, r) => {
        // A replaced action is gone from the data; one that is still listed cannot also be replaced.
        if (actionIds.has(old)) problems.push(problem(labels.process, [...at, "replaces", r], `"${old}" is still an action, so it cannot be replaced`));
      });
    }),
  );
  documents.documents.forEach((doc, i) => {
    if (!typeIds.has(doc.type)) problems.push(problem(labels.documents, ["documents", i, "type"], `no document type with id "${doc.type}"`));
  });
  return problems;
}
