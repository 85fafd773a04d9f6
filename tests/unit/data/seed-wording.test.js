// The seed page (shared/seed/integration-process.md) is the baseline: the steps and actions it names
// keep its wording and order while the data still has them. The data may add steps and actions, and
// may name one differently on purpose; the test then says which differ, and fails only where the
// seed's order is broken. Without the seed page (a fresh clone of this repository alone) it is skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";

const SEED = new URL("../../../../shared/seed/integration-process.md", import.meta.url);

/** Returns [{ title, actions: [text] }] from the seed's "### Step N: Title" headings and numbered lists. */
function parseSeed(markdown) {
  const steps = [];
  for (const line of markdown.split("\n")) {
    const heading = line.match(/^### Step \d+: (.+)$/);
    if (heading?.[1]) steps.push({ title: heading[1].trim(), actions: [] });
    const item = line.match(/^\d+\. (.+)$/);
    if (item?.[1] && steps.length > 0) steps.at(-1)?.actions.push(item[1].trim());
  }
  return steps;
}

/** The words of a title worth comparing: four letters or more, in lower case. */
const words = (text) => new Set(text.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []);

/** The action among `candidates` sharing most words with `text`, or undefined when none shares any. */
function nearest(text, candidates) {
  const wanted = words(text);
  let best;
  let bestShared = 0;
  for (const candidate of candidates) {
    const shared = [...words(candidate.title)].filter((word) => wanted.has(word)).length;
    if (shared > bestShared) [best, bestShared] = [candidate, shared];
  }
  return best;
}

/**
 * Pairs the seed with the data, step by step (by title, else by position). Each seed action the
 * data names word for word is found (with its step and place); each it names otherwise is said,
 * with the step's action nearest in wording among those the seed does not name.
 */
function compare(seed, steps) {
  const found = [];
  const differ = [];
  seed.forEach((seedStep, s) => {
    const step = steps.find((candidate) => candidate.title === seedStep.title) ?? steps[s];
    if (!step) {
      differ.push(`Step ${s + 1} "${seedStep.title}": the data has no such step`);
      return;
    }
    if (step.title !== seedStep.title) differ.push(`Step ${s + 1}: the seed says "${seedStep.title}", the data "${step.title}"`);
    const titles = step.actions.map((action) => action.title);
    const unnamed = step.actions.filter((action) => !seedStep.actions.includes(action.title));
    for (const [a, text] of seedStep.actions.entries()) {
      const index = titles.indexOf(text);
      if (index >= 0) {
        found.push({ step: step.id, text, index });
        continue;
      }
      const elsewhere = steps.find((other) => other !== step && other.actions.some((action) => action.title === text));
      const instead = nearest(text, unnamed);
      if (instead) unnamed.splice(unnamed.indexOf(instead), 1);
      differ.push(
        `${s + 1}.${a + 1}: the seed says "${text}", ` +
          (elsewhere
            ? `which the data has in step "${elsewhere.title}"`
            : instead
              ? `the data "${instead.title}" (${instead.id})`
              : "the data has no action for it"),
      );
      if (elsewhere) found.push({ step: step.id, text, index: -1, movedTo: elsewhere.id });
    }
  });
  return { found, differ };
}

const seedText = existsSync(SEED) ? await readFile(SEED, "utf8") : null;

test(
  "the seed's steps and actions that the data still has keep its wording, step and order",
  { skip: seedText === null && "no seed page beside the repository" },
  async (t) => {
    const seed = parseSeed(seedText ?? "");
    assert.ok(seed.length > 0, "the seed page lists its steps");
    const guide = await loadGuideData(process.env["GUIDE_DATA_DIR"] ?? "_data");
    const { found, differ } = compare(seed, guide.steps);
    // A deliberate rename is allowed, and said, so a reviewer sees it.
    for (const line of differ) t.diagnostic(`named differently from the seed: ${line}`);
    // Each is in the seed's step, and within a step they come in the seed's order.
    assert.deepEqual(
      found.filter((f) => f.movedTo).map((f) => f.text),
      [],
      `actions the data has in another step than the seed:\n${differ.join("\n")}`,
    );
    for (const step of new Set(found.map((f) => f.step))) {
      const indexes = found.filter((f) => f.step === step).map((f) => f.index);
      assert.deepEqual(
        indexes,
        [...indexes].sort((x, y) => x - y),
        `the seed's actions in step "${step}" are out of the seed's order`,
      );
    }
  },
);

test("a renamed action is named as differing from the seed, and an added one is not", () => {
  const seed = [{ title: "Apply", actions: ["Check if you are eligible", "Submit the form"] }];
  const steps = [
    {
      id: "apply",
      title: "Apply",
      actions: [
        { id: "check", title: "Check if you are eligible" },
        { id: "added", title: "A new action" },
        { id: "submit", title: "Submit the application form" },
      ],
    },
  ];
  const { found, differ } = compare(seed, steps);
  assert.deepEqual(
    found.map((f) => f.text),
    ["Check if you are eligible"],
  );
  assert.deepEqual(differ, ['1.2: the seed says "Submit the form", the data "Submit the application form" (submit)']);
});

test("an action moved to another step, or out of the seed's order, is found", () => {
  const seed = [
    { title: "Apply", actions: ["First", "Second"] },
    { title: "Go live", actions: ["Third"] },
  ];
  const steps = [
    {
      id: "apply",
      title: "Apply",
      actions: [
        { id: "second", title: "Second" },
        { id: "first", title: "First" },
      ],
    },
    { id: "go-live", title: "Go live", actions: [] },
    { id: "later", title: "Later", actions: [{ id: "third", title: "Third" }] },
  ];
  const { found, differ } = compare(seed, steps);
  assert.deepEqual(
    found.filter((f) => f.step === "apply").map((f) => f.index),
    [1, 0],
  );
  assert.deepEqual(
    found.filter((f) => f.movedTo).map((f) => f.text),
    ["Third"],
  );
  assert.deepEqual(differ, ['2.1: the seed says "Third", which the data has in step "Later"']);
});
