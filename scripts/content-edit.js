#!/usr/bin/env node
// A content designer's edits, made as the README's "Editing the content" sections say, in a copy of
// the data: a new step (before the last, with an action of its own), a new action (in the last step,
// tied to a new question in the team plan), a new document it needs, a glossary term, and a change
// entry. `npm test` builds the guide from the copy and runs the
// end-to-end tests that hang on the content against it, unchanged: a valid edit to `_data/` must
// never need a test edited (tests/e2e/guide-model.ts reads the copy when GUIDE_DATA_DIR says so).
// Usage: node scripts/content-edit.js [--from _data] [--to _data-edited]
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import yaml from "js-yaml";

/** The ids the edits add, for tests that look for them. */
export const EDITS = {
  step: "rehearse-going-live",
  stepAction: "rehearse-switch-to-production",
  action: "attend-post-go-live-review",
  document: "post-go-live-review-notes",
  term: "post-go-live-review",
  change: "post-go-live-review-added",
  question: "hosting",
};

/** A source as the data gives one: a title, an address, and the day it was last checked. */
function source(title, url, checked) {
  return checked ? { title, url, checked } : { title, url };
}

/** Copies `from` to `to` and makes the edits there. */
export function applyContentEdits(from, to) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  // The core schema keeps dates as the text they are written as, so they are written back the same.
  const read = (file) => yaml.load(readFileSync(path.join(to, file), "utf8"), { schema: yaml.CORE_SCHEMA });
  const write = (file, data) => writeFileSync(path.join(to, file), yaml.dump(data, { lineWidth: -1, schema: yaml.CORE_SCHEMA }));

  const process = read("process.yaml");
  const documents = read("documents.yaml");
  const glossary = read("glossary.yaml");
  const changes = read("changes.yaml");
  const plan = read("plan.yaml");
  const roles = read("roles.yaml");

  // Copy the shape of the sources the data already has (with or without a checked date).
  const sample = process.steps[0].actions[0].sources[0];
  const src = (title, url) => source(title, url, sample.checked);
  const lastStep = process.steps.at(-1);
  const lastAction = lastStep.actions.at(-1);
  const roleIds = (roles.roles ?? roles).map((role) => role.id);

  // "Add a step": id, title, summary, source and its actions. Each step also has a planShare adding
  // up to 100 across the steps (README, "Add an action"); the build refuses a step without one when
  // the others have theirs, so the new step takes its share from the step with the largest.
  const [largest] = [...process.steps].sort((a, b) => (b.planShare ?? 0) - (a.planShare ?? 0));
  const share = largest.planShare ? Math.min(5, largest.planShare - 1) : undefined;
  if (share) largest.planShare -= share;
  const stepBefore = process.steps.at(-2) ?? process.steps[0];
  process.steps.splice(process.steps.length - 1, 0, {
    id: EDITS.step,
    ...(share ? { planShare: share } : {}),
    title: "Rehearse going live",
    summary: "Try the switch to production with your team before the day, so going live holds no surprises.",
    source: { ...stepBefore.source },
    actions: [
      {
        id: EDITS.stepAction,
        title: "Rehearse the switch to production",
        guidance: "Walk through the steps of going live with your team, and note who does each one.",
        who: "Your team.",
        outcome: "A go-live runbook your team has tried once.",
        documents: [],
        roles: [roleIds[0]],
        // No `after`: the README says it is optional, so the edit leaves it out.
        sources: stepBefore.actions.at(-1).sources.map((s) => ({ ...s })),
      },
    ],
  });

  plan.questions.push({
    id: EDITS.question,
    question: "Does your organisation host the service itself?",
    answers: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No", reason: "a supplier hosts your service" },
    ],
  });

  const type = documents.types.find((t) => t.id === "guide") ?? documents.types[0];
  const template = documents.documents.find((d) => d.confidence === "official" && !d.format) ?? documents.documents[0];
  documents.documents.push({
    ...Object.fromEntries(
      Object.entries(template).filter(([key]) => !["aliases", "format", "appliesWhen", "variants", "unconfirmed"].includes(key)),
    ),
    id: EDITS.document,
    title: "Post go-live review notes",
    type: type.id,
    summary: "Notes your team keeps from its review a few weeks after going live.",
    howToGet: "Your team writes them; there is no form.",
    roles: [roleIds[0]],
  });

  lastStep.actions.push({
    id: EDITS.action,
    title: "Hold a post go-live review",
    guidance: "A few weeks after going live, look back with your team at what went well and what to change.",
    who: "Your team.",
    outcome: "Notes your team can act on.",
    documents: [EDITS.document],
    roles: [roleIds[0]],
    after: [lastAction.id],
    appliesWhen: { [EDITS.question]: ["yes"] },
    conditional: "Only for services your organisation hosts itself.",
    sources: lastAction.sources.map((s) => ({ ...s })),
  });

  glossary.terms.push({
    id: EDITS.term,
    term: "Post go-live review",
    definition: "A look back, by your own team, at how going live went.",
    confidence: "inferred",
    sources: [src("Go live and support (NHS England)", lastAction.sources[0].url)],
    actions: [EDITS.action],
  });

  const newest = changes.changes
    .map((c) => String(c.date instanceof Date ? c.date.toISOString().slice(0, 10) : c.date))
    .sort()
    .at(-1);
  changes.changes.push({
    id: EDITS.change,
    date: newest,
    title: "A post go-live review is added",
    summary: "The last step now suggests a review with your team a few weeks after going live.",
    kind: "guide",
    steps: [EDITS.step],
    actions: [EDITS.action],
    sources: [lastAction.sources[0]],
  });

  write("process.yaml", process);
  write("documents.yaml", documents);
  write("glossary.yaml", glossary);
  write("changes.yaml", changes);
  write("plan.yaml", plan);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { from: { type: "string", default: "_data" }, to: { type: "string", default: "_data-edited" } },
  });
  applyContentEdits(values.from, values.to);
  console.log(`Wrote ${values.to}: ${Object.values(EDITS).join(", ")}`);
}
