/**
 * Checks that ids are unique and that every id one record uses points at a record that exists.
 * Runs on parsed but possibly invalid data (the schema reports shape errors), so it skips
 * anything that is not shaped as expected rather than reporting it twice.
 */
import { formatPath, problem } from "./problems.js";

const list = (value) => (Array.isArray(value) ? value : []);
const isId = (value) => typeof value === "string";

/** Adds a problem for every id seen before in `entries` ([id, path] pairs). */
function findDuplicates(entries, label, what, problems) {
  const firstSeen = new Map();
  for (const [value, at] of entries) {
    if (!isId(value)) continue;
    const earlier = firstSeen.get(value);
    if (earlier) problems.push(problem(label, at, `duplicate ${what} id "${value}" (first used at ${earlier})`));
    else firstSeen.set(value, formatPath(at));
  }
}

/**
 * Returns the list of reference problems between the process and the documents.
 * @example checkReferences(process, documents, { process: "_data/process.yaml", documents: "_data/documents.yaml" })
 */
export function checkReferences(process, documents, labels) {
  const problems = [];
  const steps = list(process?.steps);
  const docs = list(documents?.documents);
  const types = list(documents?.types);
  const actions = steps.flatMap((step, s) => list(step?.actions).map((action, a) => [action?.id, ["steps", s, "actions", a, "id"]]));

  findDuplicates(
    steps.map((step, s) => [step?.id, ["steps", s, "id"]]),
    labels.process,
    "step",
    problems,
  );
  findDuplicates(actions, labels.process, "action", problems);
  findDuplicates(
    types.map((t, i) => [t?.id, ["types", i, "id"]]),
    labels.documents,
    "document type",
    problems,
  );
  findDuplicates(
    docs.map((d, i) => [d?.id, ["documents", i, "id"]]),
    labels.documents,
    "document",
    problems,
  );

  const documentIds = new Set(docs.map((d) => d?.id).filter(isId));
  const typeIds = new Set(types.map((t) => t?.id).filter(isId));
  const actionIds = new Set(actions.map(([value]) => value).filter(isId));

  steps.forEach((step, s) =>
    list(step?.actions).forEach((action, a) => {
      const at = ["steps", s, "actions", a];
      list(action?.documents).forEach((docId, d) => {
        if (isId(docId) && !documentIds.has(docId))
          problems.push(problem(labels.process, [...at, "documents", d], `no document with id "${docId}"`));
      });
      list(action?.replaces).forEach((old, r) => {
        // A replaced action is gone from the data; one that is still listed cannot also be replaced.
        if (isId(old) && actionIds.has(old))
          problems.push(problem(labels.process, [...at, "replaces", r], `"${old}" is still an action, so it cannot be replaced`));
      });
    }),
  );
  docs.forEach((doc, i) => {
    if (isId(doc?.type) && !typeIds.has(doc.type))
      problems.push(problem(labels.documents, ["documents", i, "type"], `no document type with id "${doc.type}"`));
  });
  return problems;
}
