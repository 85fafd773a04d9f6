// The seed page (shared/seed/integration-process.md) is the baseline: action titles keep its wording and order.
import { test } from "node:test";
import assert from "node:assert/strict";
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

test("steps and action titles match the seed's wording and order exactly", async () => {
  const seed = parseSeed(await readFile(SEED, "utf8"));
  const guide = await loadGuideData("_data");
  assert.equal(seed.length, 4);
  assert.deepEqual(
    guide.steps.map((s) => ({ title: s.title, actions: s.actions.map((a) => a.title) })),
    seed,
  );
});
