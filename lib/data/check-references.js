/**
 * Checks that ids are unique and that every id one record uses points at a record that exists.
 * Runs on parsed but possibly invalid data (the schema reports shape errors), so it skips
 * anything that is not shaped as expected rather than reporting it twice.
 */
import { markdown } from "../markdown.js";
import { formatPath, problem } from "./problems.js";

/**
 * A value that should be a list, as one (empty when it is not). The data is not yet validated: the
 * checks read it defensively, so its entries are `any`.
 * @param {unknown} value
 * @returns {any[]}
 */
const list = (value) => (Array.isArray(value) ? value : []);
/** @param {unknown} value @returns {value is string} */
const isId = (value) => typeof value === "string";

/** @typedef {import("./problems.js").Path} Path */
/** A value with where it is, for the duplicate checks. @param {unknown} value @param {Path} path @returns {[unknown, Path]} */
const found = (value, path) => [value, path];
/** @typedef {import("./load-guide-data.js").Labels} Labels */

/**
 * Adds a problem for every id seen before in `entries` ([id, path] pairs).
 * @param {Array<[unknown, Path]>} entries
 * @param {string} label
 * @param {string} what
 * @param {string[]} problems
 */
function findDuplicates(entries, label, what, problems) {
  /** @type {Map<string, string>} */
  const firstSeen = new Map();
  for (const [value, at] of entries) {
    if (!isId(value)) continue;
    const earlier = firstSeen.get(value);
    if (earlier) problems.push(problem(label, at, `duplicate ${what} id "${value}" (first used at ${earlier})`));
    else firstSeen.set(value, formatPath(at));
  }
}

/** Adds a problem for every id in `ids` (at `path`) that `known` lacks; `known` is null when its file could not be read. */
/**
 * @param {unknown} ids
 * @param {Path} path
 * @param {ReadonlySet<string> | null} known
 * @param {string} what
 * @param {string} label
 * @param {string[]} problems
 */
function findDangling(ids, path, known, what, label, problems) {
  if (!known) return;
  list(ids).forEach((value, i) => {
    if (isId(value) && !known.has(value)) problems.push(problem(label, [...path, i], `no ${what} with id "${value}"`));
  });
}

/**
 * The names a glossary term is found by: its term, abbreviations and aliases. Two terms may not
 * share one in any letter case, or a word in the guide could link to either.
 * @param {any[]} terms
 * @param {string} label
 * @param {string[]} problems
 */
function findDuplicateNames(terms, label, problems) {
  /** @type {Map<string, { term: number, at: string }>} */
  const firstSeen = new Map();
  terms.forEach((term, t) => {
    /** @type {Array<[unknown, Path]>} */
    const names = [
      found(term?.term, ["terms", t, "term"]),
      ...list(term?.abbreviations).map((name, i) => found(name, ["terms", t, "abbreviations", i])),
      ...list(term?.aliases).map((name, i) => found(name, ["terms", t, "aliases", i])),
    ];
    for (const [name, at] of names) {
      if (typeof name !== "string" || !name.trim()) continue;
      const key = name.trim().toLowerCase();
      const earlier = firstSeen.get(key);
      if (earlier && earlier.term !== t) {
        problems.push(problem(label, at, `"${name}" already names another term (at ${earlier.at})`));
      } else if (!earlier) firstSeen.set(key, { term: t, at: formatPath(at) });
    }
  });
}

/**
 * The plan's references: `appliesWhen` names real questions and answers, and every answer it rules
 * out gives the reason the page shows; `after` names other actions, with no cycle; step shares add up.
 * @param {any[]} steps
 * @param {any[]} docs
 * @param {any} plan
 * @param {Labels} labels
 */
function checkPlanReferences(steps, docs, plan, labels) {
  /** @type {string[]} */
  const problems = [];
  const questions = plan === undefined ? null : new Map(list(plan?.questions).map((q) => [q?.id, q]));
  /** @type {Set<string>} */
  const missingReasons = new Set();
  /** @param {unknown} conditions @param {Path} at @param {string} label */
  const checkAppliesWhen = (conditions, at, label) => {
    if (!questions || !conditions || typeof conditions !== "object" || Array.isArray(conditions)) return;
    for (const [questionId, values] of Object.entries(conditions)) {
      const question = questions.get(questionId);
      if (!question) {
        problems.push(problem(label, [...at, questionId], `no question with id "${questionId}" in ${labels.plan}`));
        continue;
      }
      const answers = list(question.answers);
      list(values).forEach((value, i) => {
        if (isId(value) && !answers.some((a) => a?.value === value))
          problems.push(problem(label, [...at, questionId, i], `question "${questionId}" has no answer "${value}"`));
      });
      answers.forEach((answer, i) => {
        const at = ["questions", [...questions.keys()].indexOf(questionId), "answers", i, "reason"];
        if (
          isId(answer?.value) &&
          !list(values).includes(answer.value) &&
          typeof answer.reason !== "string" &&
          !missingReasons.has(formatPath(at))
        ) {
          missingReasons.add(formatPath(at));
          problems.push(
            problem(labels.plan, at, "is required: an action or document does not apply after this answer, and the page must say why"),
          );
        }
      });
    }
  };

  /** @type {Map<string, { action: any, at: Path }>} */
  const actionsById = new Map();
  steps.forEach((step, s) =>
    list(step?.actions).forEach((action, a) => {
      if (isId(action?.id)) actionsById.set(action.id, { action, at: ["steps", s, "actions", a] });
    }),
  );
  for (const { action, at } of actionsById.values()) {
    checkAppliesWhen(action.appliesWhen, [...at, "appliesWhen"], labels.process);
    list(action.after).forEach((before, i) => {
      if (!isId(before)) return;
      if (before === action.id) problems.push(problem(labels.process, [...at, "after", i], "an action cannot come after itself"));
      else if (!actionsById.has(before)) problems.push(problem(labels.process, [...at, "after", i], `no action with id "${before}"`));
    });
  }
  // A cycle in `after` would leave every action in it waiting for ever: report each cycle once.
  /** @type {Map<string, "visiting" | "done">} */
  const state = new Map();
  /** @param {string} actionId @param {string[]} trail */
  const visit = (actionId, trail) => {
    if (state.get(actionId) === "done") return;
    if (state.get(actionId) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(actionId)), actionId];
      const at = actionsById.get(actionId)?.at ?? [];
      problems.push(problem(labels.process, [...at, "after"], `makes a cycle: ${cycle.join(" → ")}`));
      return;
    }
    state.set(actionId, "visiting");
    for (const before of list(actionsById.get(actionId)?.action.after))
      if (actionsById.has(before) && before !== actionId) visit(before, [...trail, actionId]);
    state.set(actionId, "done");
  };
  for (const actionId of actionsById.keys()) visit(actionId, []);

  list(plan?.callPacks).forEach((pack, i) => {
    if (isId(pack?.action) && !actionsById.has(pack.action))
      problems.push(problem(labels.plan, ["callPacks", i, "action"], `no action with id "${pack.action}"`));
  });
  if (isId(plan?.goLiveAction) && !actionsById.has(plan.goLiveAction))
    problems.push(problem(labels.plan, ["goLiveAction"], `no action with id "${plan.goLiveAction}"`));
  docs.forEach((doc, i) => checkAppliesWhen(doc?.appliesWhen, ["documents", i, "appliesWhen"], labels.documents));

  const shares = steps.map((step) => step?.planShare);
  if (shares.some((share) => share !== undefined)) {
    steps.forEach((step, s) => {
      if (step && typeof step === "object" && step.planShare === undefined)
        problems.push(problem(labels.process, ["steps", s, "planShare"], "is required when another step has one"));
    });
    const total = shares.reduce((sum, share) => sum + (typeof share === "number" ? share : 0), 0);
    if (shares.every((share) => typeof share === "number") && total !== 100)
      problems.push(problem(labels.process, ["steps"], `planShare must add up to 100 across the steps, not ${total}`));
  }
  return problems;
}

/**
 * The change log's references: unique ids, and the steps, actions, documents and glossary terms each
 * entry concerns exist.
 */
/**
 * @param {import("./load-guide-data.js").RawData} data
 * @param {Labels} labels
 * @param {{ steps: any[], actionIds: ReadonlySet<string> | null, documentIds: ReadonlySet<string> | null, termIds: ReadonlySet<string> | null }} known
 */
function checkChanges({ changes }, labels, { steps, actionIds, documentIds, termIds }) {
  /** @type {string[]} */
  const problems = [];
  const entries = list(changes?.changes);
  findDuplicates(
    entries.map((entry, i) => [entry?.id, ["changes", i, "id"]]),
    labels.changes,
    "change",
    problems,
  );
  // Without a readable process.yaml (actionIds is null) there are no steps to check against.
  const stepIds = actionIds ? new Set(steps.map((step) => step?.id).filter(isId)) : null;
  entries.forEach((entry, i) => {
    const at = ["changes", i];
    findDangling(entry?.steps, [...at, "steps"], stepIds, "step", labels.changes, problems);
    findDangling(entry?.actions, [...at, "actions"], actionIds, "action", labels.changes, problems);
    findDangling(entry?.documents, [...at, "documents"], documentIds, "document", labels.changes, problems);
    findDangling(entry?.terms, [...at, "terms"], termIds, "glossary term", labels.changes, problems);
  });
  return problems;
}

/**
 * Every string in `value` with its path, for checks that apply to any Markdown field.
 * @param {unknown} value
 * @param {Array<string | number>} [path]
 * @returns {Generator<[string, Array<string | number>]>}
 */
function* strings(value, path = []) {
  if (typeof value === "string") yield [value, path];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

const GLOSSARY_LINK = /^\/glossary\/#(.+)$/;

/**
 * Adds a problem for every Markdown link to /glossary/#<id> in `data` whose term does not exist.
 * @param {unknown} data
 * @param {ReadonlySet<string>} termIds
 * @param {string} label
 * @param {string[]} problems
 */
function findDanglingGlossaryLinks(data, termIds, label, problems) {
  for (const [value, at] of strings(data)) {
    if (!value.includes("/glossary/#")) continue;
    const stack = [...markdown.parse(value, {})];
    while (stack.length > 0) {
      const token = stack.pop();
      if (!token) break;
      if (token.children) stack.push(...token.children);
      const target = token.type === "link_open" ? GLOSSARY_LINK.exec(token.attrGet("href") ?? "") : null;
      if (target?.[1] !== undefined && !termIds.has(target[1]))
        problems.push(problem(label, at, `links to /glossary/#${target[1]}, but no term has that id`));
    }
  }
}

/**
 * Returns the list of reference problems between the datasets: duplicate ids, and ids of actions,
 * documents, types, roles and glossary terms that do not exist. `data` and `labels` are keyed
 * site, process, documents, glossary, roles, beforeYouStart, plan, changes; a missing dataset is skipped. Also checks
 * what the schema cannot see alone: every action and document lists its roles (the schema has them
 * optional so a missing list is reported here, once), and a document without a format says how to get it.
 * @example checkReferences({ process, documents }, { process: "_data/process.yaml", documents: "_data/documents.yaml" })
 * @param {import("./load-guide-data.js").RawData} data
 * @param {Labels} labels
 */
export function checkReferences(data, labels) {
  const { process, documents, glossary, roles, beforeYouStart, plan } = data;
  /** @type {string[]} */
  const problems = [];
  const steps = list(process?.steps);
  const docs = list(documents?.documents);
  const types = list(documents?.types);
  const terms = list(glossary?.terms);
  const roleList = list(roles?.roles);
  const items = list(beforeYouStart?.items);
  const actions = steps.flatMap((step, s) => list(step?.actions).map((action, a) => found(action?.id, ["steps", s, "actions", a, "id"])));

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
  findDuplicates(
    terms.map((t, i) => [t?.id, ["terms", i, "id"]]),
    labels.glossary,
    "term",
    problems,
  );
  findDuplicateNames(terms, labels.glossary, problems);
  findDuplicates(
    roleList.map((r, i) => [r?.id, ["roles", i, "id"]]),
    labels.roles,
    "role",
    problems,
  );
  findDuplicates(
    items.map((item, i) => [item?.id, ["items", i, "id"]]),
    labels.beforeYouStart,
    "item",
    problems,
  );

  // An unreadable file is reported once, as itself, not as every reference to it.
  const documentIds = documents === undefined ? null : new Set(docs.map((d) => d?.id).filter(isId));
  const typeIds = new Set(types.map((t) => t?.id).filter(isId));
  const actionIds = process === undefined ? null : new Set(actions.map(([value]) => value).filter(isId));
  const termIds = glossary === undefined ? null : new Set(terms.map((t) => t?.id).filter(isId));
  // The roles are the ones roles.yaml lists; without a readable roles.yaml there is nothing to check against.
  const roleIds = roles === undefined ? null : new Set(roleList.map((r) => r?.id).filter(isId));

  steps.forEach((step, s) =>
    list(step?.actions).forEach((action, a) => {
      const at = ["steps", s, "actions", a];
      findDangling(action?.documents, [...at, "documents"], documentIds, "document", labels.process, problems);
      list(action?.replaces).forEach((old, r) => {
        // A replaced action is gone from the data; one that is still listed cannot also be replaced.
        if (isId(old) && actionIds?.has(old))
          problems.push(problem(labels.process, [...at, "replaces", r], `"${old}" is still an action, so it cannot be replaced`));
      });
      if (action && typeof action === "object" && action.roles === undefined)
        problems.push(problem(labels.process, [...at, "roles"], "is required"));
      findDangling(action?.roles, [...at, "roles"], roleIds, "role", labels.process, problems);
    }),
  );
  // The library groups documents by the steps whose actions list them: one no action lists would be
  // missing from every step's group. (Without a readable process.yaml there is nothing to check against.)
  const listedDocuments = new Set(steps.flatMap((step) => list(step?.actions).flatMap((action) => list(action?.documents))));
  docs.forEach((doc, i) => {
    if (actionIds && isId(doc?.id) && !listedDocuments.has(doc.id))
      problems.push(
        problem(
          labels.documents,
          ["documents", i, "id"],
          `"${doc.id}" is under no action's documents, so the library could not place it in a step`,
        ),
      );
    if (isId(doc?.type) && !typeIds.has(doc.type))
      problems.push(problem(labels.documents, ["documents", i, "type"], `no document type with id "${doc.type}"`));
    if (doc && typeof doc === "object" && doc.roles === undefined)
      problems.push(problem(labels.documents, ["documents", i, "roles"], "is required"));
    findDangling(doc?.roles, ["documents", i, "roles"], roleIds, "role", labels.documents, problems);
    // Where no source gives a format, the page says how to get the document instead.
    if (doc && typeof doc === "object" && doc.format === undefined && doc.howToGet === undefined)
      problems.push(problem(labels.documents, ["documents", i, "howToGet"], "is required when format is not given"));
  });
  terms.forEach((term, t) => {
    findDangling(term?.actions, ["terms", t, "actions"], actionIds, "action", labels.glossary, problems);
    findDangling(term?.documents, ["terms", t, "documents"], documentIds, "document", labels.glossary, problems);
  });
  problems.push(...checkPlanReferences(steps, docs, plan, labels));
  items.forEach((item, i) => {
    findDangling(item?.neededFor, ["items", i, "neededFor"], actionIds, "action", labels.beforeYouStart, problems);
  });

  problems.push(...checkChanges(data, labels, { steps, actionIds, documentIds, termIds }));

  for (const key of /** @type {const} */ (["process", "documents", "glossary", "beforeYouStart"])) {
    if (termIds && data[key] !== undefined) findDanglingGlossaryLinks(data[key], termIds, labels[key], problems);
  }
  return problems;
}
