// A whole plan in a link (plan/link-format.ts, share-link.ts, share-link-read.ts): what a link unpacks
// to, that a full plan of the guide's own actions fits in one, and that a damaged, oversized or
// hostile link is refused with a reason before anything is merged. Node has the browser's
// CompressionStream, so the packing runs here as it does on the page.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import type { FieldPath } from "../../../src/scripts/progress/field-paths";
import { LIMITS } from "../../../src/scripts/progress/limits";
import { stateToJson, writeField } from "../../../src/scripts/progress/plan-state";
import { emptyState, type PlanState } from "../../../src/scripts/progress/state-shape";
import { EXPORT_FORMAT } from "../../../src/scripts/progress/export-format";
import { isPlanFragment, LINK_PREFIX, MAX_LINK_FRAGMENT } from "../../../src/scripts/plan/link-format";
import { planFragment } from "../../../src/scripts/plan/share-link";
import { readPlanFragment } from "../../../src/scripts/plan/share-link-read";

const guide = await loadGuideData("_data");
const actions = JSON.parse(actionManifestJson(guide.actions)) as ActionInfo[];
const known = { actions: new Set(actions.map((a) => a.id)), questions: new Set(guide.plan.questions.map((q) => q.id)) };
const at = "2026-12-07T10:00:00.000Z";

/** `state` with the field at `path` set to `value` by one writer. */
const set = (state: PlanState, path: FieldPath, value: string, count: number) =>
  writeField(state, path, { value, writer: "asha", at, by: "Asha" }, { asha: count - 1 });

/** Text no compressor can shrink much: a fixed pseudo-random sequence of letters and spaces. */
function randomText(length: number, seed: number): string {
  let x = seed;
  let text = "";
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += "abcdefghijklmnopqrstuvwxyz   "[x % 29];
  }
  return text;
}

/** A fragment carrying `text` deflated, as a link would, whatever it holds. */
async function fragmentOf(text: string): Promise<string> {
  const packed = await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer();
  return `${LINK_PREFIX}${Buffer.from(packed).toString("base64url")}`;
}

describe("what a plan link looks like", () => {
  test("an address whose fragment starts #plan= carries a plan; any other fragment does not", () => {
    assert.equal(isPlanFragment(`${LINK_PREFIX}abc`), true);
    assert.equal(isPlanFragment("#main-content"), false);
    assert.equal(isPlanFragment(""), false);
  });
});

describe("sharing a plan by link", () => {
  test("a link unpacks to the plan that was shared, with who shared it and when", async () => {
    const [first, second] = actions;
    let state = set(emptyState(), { kind: "action", id: first?.id ?? "", field: "status" }, "done", 1);
    state = set(state, { kind: "action", id: second?.id ?? "", field: "notes" }, "Waiting on the DSPT ✓ — نعم", 2);
    state = set(state, { kind: "date", field: "start" }, "2027-01-04", 3);
    const sharedAt = new Date(at);
    const read = await readPlanFragment(await planFragment(state, "Asha", sharedAt), known);
    assert.ok(read.ok, read.ok ? "" : read.why);
    assert.deepEqual(stateToJson(read.state), stateToJson(state));
    assert.equal(read.sharedBy, "Asha");
    assert.equal(read.sharedAt, sharedAt.toISOString());
  });

  test("a full plan of the guide's own actions, each with an owner, a date and a long note, fits in a link", async () => {
    let state = emptyState();
    let count = 0;
    actions.forEach((action, i) => {
      state = set(state, { kind: "action", id: action.id, field: "status" }, "in-progress", (count += 1));
      state = set(state, { kind: "action", id: action.id, field: "owner" }, "x".repeat(LIMITS.by), (count += 1));
      state = set(state, { kind: "action", id: action.id, field: "target" }, "2027-03-01", (count += 1));
      state = set(state, { kind: "action", id: action.id, field: "notes" }, randomText(500, i + 1), (count += 1));
    });
    const fragment = await planFragment(state, "Asha");
    assert.ok(fragment.length - LINK_PREFIX.length <= MAX_LINK_FRAGMENT, `${fragment.length} characters`);
  });
});

describe("a link that cannot be used is refused, saying why", () => {
  test("one cut short when it was copied", async () => {
    const state = set(emptyState(), { kind: "action", id: actions[0]?.id ?? "", field: "notes" }, randomText(400, 7), 1);
    const fragment = await planFragment(state);
    const read = await readPlanFragment(fragment.slice(0, Math.floor(fragment.length / 2)), known);
    assert.equal(read.ok, false);
    assert.match(read.ok ? "" : read.why, /incomplete or damaged|damaged/);
  });

  test("one longer than any link this guide makes, before it is unpacked", async () => {
    const read = await readPlanFragment(`${LINK_PREFIX}${"A".repeat(MAX_LINK_FRAGMENT + 1)}`, known);
    assert.deepEqual(read, { ok: false, why: "it is longer than any plan link this guide makes" });
  });

  test("one that unpacks to far more than any plan (a zip bomb)", async () => {
    const bomb = await fragmentOf(" ".repeat(5_000_000));
    assert.ok(bomb.length <= MAX_LINK_FRAGMENT, "the bomb itself is small enough to pass for a link");
    assert.deepEqual(await readPlanFragment(bomb, known), { ok: false, why: "it unpacks to far more than any plan" });
  });

  test("one that holds something other than a plan from this guide", async () => {
    const notJson = await readPlanFragment(await fragmentOf("hello"), known);
    assert.deepEqual(notJson, { ok: false, why: "it is damaged (it does not hold a readable plan)" });
    const other = await readPlanFragment(await fragmentOf(JSON.stringify({ format: "something-else" })), known);
    assert.equal(other.ok, false);
    const damaged = {
      format: EXPORT_FORMAT,
      version: 3,
      actions: { [actions[0]?.id ?? ""]: { status: { entries: [{ value: "maybe" }], seen: {} } } },
    };
    const read = await readPlanFragment(await fragmentOf(JSON.stringify(damaged)), known);
    assert.equal(read.ok, false);
    assert.match(read.ok ? "" : read.why, /not valid/);
  });

  test("one that is not base64url at all", async () => {
    const read = await readPlanFragment(`${LINK_PREFIX}<script>`, known);
    assert.equal(read.ok, false);
  });
});
