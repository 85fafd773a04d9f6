// Property tests of the merge (joinPlans, joinRegisters) over simulated teams: browsers that write
// random fields, sometimes from a stale view, reload (becoming new writers) and send each other their
// whole plan in any order, each with its own clock, skewed by up to two days either way.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { memberValue } from "../../../src/scripts/progress/members";
import { ACTION_FIELDS, REQUIREMENT_MET } from "../../../src/scripts/progress/plan-data";
import { STATUSES } from "../../../src/scripts/progress/status";
import { readState } from "../../../src/scripts/progress/plan-read";
import { pathKey, registerAt, type FieldPath } from "../../../src/scripts/progress/field-paths";
import { joinPlans, stateToJson, writeField } from "../../../src/scripts/progress/plan-state";
import { DATE_FIELDS, emptyState, type PlanState } from "../../../src/scripts/progress/state-shape";
import {
  emptyRegister,
  hasSeen,
  joinRegisters,
  joinSeen,
  sameRegister,
  type Dot,
  type Register,
  type Seen,
} from "../../../src/scripts/progress/register";

/** Runs of each property: enough to meet conflicts, stale views, reloads and ties many times over, within a few seconds in all. */
const RUNS = {
  planLaws: 400,
  registerLaws: 400,
  convergence: 300,
  nothingLost: 300,
  clockSkew: 300,
  roundTrip: 300,
  constructorWriter: 100,
} as const;

/** The most browsers a history has, and writer ids enough for them all and their reloads. */
const MAX_BROWSERS = 6;
const WRITER_IDS = 24;
/** The most edits, links and reloads in one history. */
const MAX_STEPS = 60;
const HOUR = 60 * 60 * 1000;
const MAX_SKEW = 48 * HOUR;

/** A few actions and questions ("constructor" too, which must be an ordinary id), every field of each. */
const ACTION_IDS = ["action-a", "constructor"];
const QUESTION_IDS = ["question-a", "constructor"];
const PATHS: FieldPath[] = [
  ...ACTION_IDS.flatMap((id) => ACTION_FIELDS.map((field): FieldPath => ({ kind: "action", id, field }))),
  ...DATE_FIELDS.map((field): FieldPath => ({ kind: "date", field })),
  ...QUESTION_IDS.map((id): FieldPath => ({ kind: "answer", id })),
  // The team and the service name merge the same way.
  ...["member-a", "constructor"].map((id): FieldPath => ({ kind: "member", id })),
  { kind: "setting", field: "serviceName" },
  // Technical requirement ticks merge the same way too.
  ...["requirement-a", "constructor"].map((id): FieldPath => ({ kind: "requirement", id, field: "met" })),
];

/** Indexes in PATHS of an action's status and notes, a plan date and an answer. */
const BUSY = [0, 3, ACTION_IDS.length * ACTION_FIELDS.length, ACTION_IDS.length * ACTION_FIELDS.length + DATE_FIELDS.length];

/** A few values per kind of field, so that people often choose the same one; notes and owners may also be any text. */
function valueFor(path: FieldPath, pick: number, text: string): string {
  const field = path.kind === "answer" || path.kind === "member" ? path.kind : path.field;
  const choices: Record<typeof field, readonly string[]> = {
    status: STATUSES,
    owner: ["Asha", "Ben", ""],
    notes: ["Ask the ICB first", "Done in the sprint", ""],
    target: ["2026-12-01", "2027-01-15", ""],
    start: ["2026-11-02", "2026-11-09", ""],
    goLive: ["2027-03-01", "2027-04-01", ""],
    answer: ["yes", "no", ""],
    read: ["2026-11-01", "2026-12-01", ""],
    member: [memberValue("Asha", "technical"), memberValue("Asha Bell", ""), ""],
    serviceName: ["Our app", "Our website", ""],
    met: [REQUIREMENT_MET, ""],
  };
  const list = choices[field] ?? [];
  if ((field === "notes" || field === "owner") && pick % 4 === 3) return text;
  return list[pick % list.length] ?? "";
}

type Command =
  | { kind: "write"; browser: number; path: number; pick: number; text: string; stale: number | null }
  | { kind: "link"; from: number; to: number }
  | { kind: "reload"; browser: number };

/** What happens, whatever the clocks say. */
interface History {
  browsers: number;
  writers: string[];
  names: (string | null)[];
  commands: Command[];
  /** The order in which, at the end, every browser sends its plan to every other. */
  deliveryOrder: number[];
}

/** What each browser's clock says: a shared start, a gap between steps, and each browser's skew. */
interface Clocks {
  base: number;
  gap: number;
  skews: number[];
}

const browserIndex = fc.nat(MAX_BROWSERS - 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("write" as const),
      browser: browserIndex,
      // Two writes in three go to a few busy fields, so that people often change the same one.
      path: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...BUSY) }, { weight: 1, arbitrary: fc.nat(PATHS.length - 1) }),
      pick: fc.nat(11),
      text: fc.string({ unit: "binary", maxLength: 20 }),
      // One write in three keeps the basis of a view up to six changes old (a stale view).
      stale: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(6) }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("link" as const), from: browserIndex, to: browserIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reload" as const), browser: browserIndex }) },
);

/** Writer ids as store.ts makes them: random lower-case letters and digits. */
const writerId = fc.stringMatching(/^[a-z0-9]{1,8}$/);

const history: fc.Arbitrary<History> = fc.record({
  browsers: fc.integer({ min: 3, max: MAX_BROWSERS }),
  writers: fc.uniqueArray(writerId, { minLength: WRITER_IDS, maxLength: WRITER_IDS }),
  names: fc.array(fc.option(fc.constantFrom("AB", "Chidi O.", "ज़ोया")), { minLength: MAX_BROWSERS, maxLength: MAX_BROWSERS }),
  commands: fc.array(command, { minLength: 1, maxLength: MAX_STEPS, size: "max" }),
  deliveryOrder: fc.array(fc.nat(), { minLength: MAX_BROWSERS * MAX_BROWSERS, maxLength: MAX_BROWSERS * MAX_BROWSERS }),
});

/** Clocks around any moment from the last days of 2019 (so skew reaches back before 2020) to 2031. */
const clocks: fc.Arbitrary<Clocks> = fc.record({
  base: fc.oneof(
    fc.constant(Date.parse("2020-01-01T00:00:00.000Z")),
    fc.integer({ min: Date.parse("2019-12-30T00:00:00.000Z"), max: Date.parse("2031-01-01T00:00:00.000Z") }),
  ),
  gap: fc.integer({ min: 0, max: HOUR }),
  skews: fc.array(fc.integer({ min: -MAX_SKEW, max: MAX_SKEW }), { minLength: MAX_BROWSERS, maxLength: MAX_BROWSERS }),
});

/** One write as the simulation saw it: where, its dot and value, what it replaced and what its writer knew. */
interface WriteLog {
  path: FieldPath;
  dot: Dot;
  value: string;
  replaced: Seen;
  knew: Seen;
}

interface Browser {
  state: PlanState;
  writer: string;
  /** The plans this browser has held, oldest first: a stale basis is taken from one of them. */
  views: PlanState[];
}

interface Run {
  browsers: Browser[];
  writes: WriteLog[];
  /** Every plan any browser held at any point. */
  snapshots: PlanState[];
}

/** Plays a history with the given clocks; the browsers have not yet all heard from each other. */
function play(h: History, c: Clocks): Run {
  let nextWriter = 0;
  const newWriter = () => h.writers[nextWriter++ % WRITER_IDS] as string;
  const browsers: Browser[] = Array.from({ length: h.browsers }, () => ({
    state: emptyState(),
    writer: newWriter(),
    views: [emptyState()],
  }));
  const writes: WriteLog[] = [];
  const snapshots: PlanState[] = [emptyState()];
  const hold = (b: Browser, state: PlanState) => {
    b.state = state;
    b.views.push(state);
    snapshots.push(state);
  };
  h.commands.forEach((step, time) => {
    if (step.kind === "reload") {
      const b = browsers[step.browser % h.browsers] as Browser;
      // A page load is a new writer; with the ids used up, the browser keeps its writer.
      if (nextWriter < WRITER_IDS) b.writer = newWriter();
    } else if (step.kind === "link") {
      const [from, to] = [browsers[step.from % h.browsers] as Browser, browsers[step.to % h.browsers] as Browser];
      hold(to, joinPlans(to.state, from.state));
    } else {
      const index = step.browser % h.browsers;
      const b = browsers[index] as Browser;
      const path = PATHS[step.path] as FieldPath;
      const register = registerAt(b.state, path) ?? emptyRegister();
      const view = step.stale === null ? b.state : (b.views[Math.max(0, b.views.length - 1 - step.stale)] as PlanState);
      const basis = joinSeen(registerAt(view, path)?.seen ?? {}, {});
      const value = valueFor(path, step.pick, step.text);
      const name = h.names[index];
      const at = new Date(c.base + time * c.gap + (c.skews[index] ?? 0)).toISOString();
      const dot: Dot = [b.writer, (register.seen[b.writer] ?? 0) + 1];
      writes.push({ path, dot, value, replaced: joinSeen(basis, { [b.writer]: dot[1] }), knew: joinSeen(register.seen, {}) });
      hold(b, writeField(b.state, path, { value, writer: b.writer, at, ...(name ? { by: name } : {}) }, basis));
    }
  });
  return { browsers, writes, snapshots };
}

/** Every browser sends its plan to every other, in the history's random order, until all have heard from all. */
function deliverAll(h: History, run: Run): void {
  const pairs: [number, number, number][] = [];
  for (let from = 0; from < h.browsers; from += 1)
    for (let to = 0; to < h.browsers; to += 1) if (from !== to) pairs.push([h.deliveryOrder[from * MAX_BROWSERS + to] ?? 0, from, to]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, from, to] of pairs) {
    const [sender, receiver] = [run.browsers[from] as Browser, run.browsers[to] as Browser];
    receiver.state = joinPlans(receiver.state, sender.state);
  }
}

const text = (state: PlanState) => JSON.stringify(stateToJson(state));
const sameDot = (a: Dot, b: Dot) => a[0] === b[0] && a[1] === b[1];

/** A plan as saved, without the times: what must not depend on anyone's clock. */
function withoutTimes(state: PlanState): string {
  const json = stateToJson(state);
  const strip = (register: Register) => ({ ...register, entries: register.entries.map(({ at: _at, ...rest }) => rest) });
  const actions = Object.fromEntries(
    Object.entries(json.actions).map(([id, record]) => [
      id,
      Object.fromEntries(Object.entries(record).map(([field, register]) => [field, strip(register)])),
    ]),
  );
  const dates = Object.fromEntries(Object.entries(json.dates).map(([field, register]) => [field, strip(register)]));
  const answers = Object.fromEntries(Object.entries(json.answers).map(([id, register]) => [id, strip(register)]));
  return JSON.stringify({ actions, dates, answers });
}

/** Three plans from one history: any browser's at any point, so some know more of the same history than others. */
const threePlans = fc.tuple(history, clocks, fc.nat(), fc.nat(), fc.nat()).map(([h, c, i, j, k]) => {
  const { snapshots } = play(h, c);
  const pick = (n: number) => snapshots[n % snapshots.length] as PlanState;
  return [pick(i), pick(j), pick(k)] as const;
});

describe("merging plans obeys the laws that let any order and any repetition agree", () => {
  test("joinPlans is commutative, associative and idempotent on plans from random histories", () => {
    fc.assert(
      fc.property(threePlans, ([a, b, c]) => {
        assert.equal(text(joinPlans(a, b)), text(joinPlans(b, a)), "commutative");
        assert.equal(text(joinPlans(joinPlans(a, b), c)), text(joinPlans(a, joinPlans(b, c))), "associative");
        assert.equal(text(joinPlans(a, a)), text(a), "idempotent");
        assert.equal(text(joinPlans(a, joinPlans(a, b))), text(joinPlans(a, b)), "merging again what was merged changes nothing");
      }),
      { numRuns: RUNS.planLaws },
    );
  });

  test("joinRegisters is commutative, associative and idempotent on every field of those plans", () => {
    fc.assert(
      fc.property(threePlans, ([a, b, c]) => {
        for (const path of PATHS) {
          const [x, y, z] = [a, b, c].map((plan) => registerAt(plan, path) ?? emptyRegister()) as [Register, Register, Register];
          const where = pathKey(path);
          assert.ok(sameRegister(joinRegisters(x, y), joinRegisters(y, x)), `commutative at ${where}`);
          assert.ok(sameRegister(joinRegisters(joinRegisters(x, y), z), joinRegisters(x, joinRegisters(y, z))), `associative at ${where}`);
          assert.ok(sameRegister(joinRegisters(x, x), x), `idempotent at ${where}`);
        }
      }),
      { numRuns: RUNS.registerLaws },
    );
  });
});

/** After the team has shared everything: every browser holds the same plan, everyone's plans merged. */
function assertConverges(h: History, c: Clocks): void {
  const run = play(h, c);
  const everything = run.browsers.reduce((all, b) => joinPlans(all, b.state), emptyState());
  deliverAll(h, run);
  const [first, ...rest] = run.browsers.map((b) => text(b.state));
  for (const other of rest) assert.equal(other, first);
  assert.equal(first, text(everything), "the plan is everyone's plans merged, in any order");
}

/** After the team has shared everything: each value written is held, or a write whose writer had seen it replaced it; never both. */
function assertNothingLost(h: History, c: Clocks): void {
  const run = play(h, c);
  deliverAll(h, run);
  const final = (run.browsers[0] as Browser).state;
  for (const written of run.writes) {
    const entry = registerAt(final, written.path)?.entries.find((e) => sameDot(e.dot, written.dot));
    const replacers = run.writes.filter(
      (later) => later !== written && pathKey(later.path) === pathKey(written.path) && hasSeen(later.replaced, written.dot),
    );
    const where = `${pathKey(written.path)} ${written.dot.join(":")}`;
    if (entry) {
      assert.equal(entry.value, written.value, `${where} kept its value`);
      assert.equal(replacers.length, 0, `${where} was replaced, yet came back`);
    } else assert.ok(replacers.length > 0, `${where} was dropped, though no write replaced it`);
    for (const later of replacers) assert.ok(hasSeen(later.knew, written.dot), `${where} was replaced by a writer who had not seen it`);
  }
}

/** Every plan any browser held reads back from its saved text exactly. */
function assertRoundTrips(h: History, c: Clocks): void {
  const run = play(h, c);
  deliverAll(h, run);
  for (const state of [...run.snapshots, ...run.browsers.map((b) => b.state)]) {
    const saved = text(state);
    const read = readState(JSON.parse(saved));
    assert.ok(read.ok);
    assert.deepEqual(read.rejected, []);
    assert.equal(read.fromVersion, 3);
    assert.equal(read.newerVersion, null);
    assert.equal(text(read.state), saved);
  }
}

describe("a team of browsers editing and sharing links", () => {
  test("3 to 6 browsers sharing in any order all hold the same plan once each has every other's latest", () => {
    fc.assert(fc.property(history, clocks, assertConverges), { numRuns: RUNS.convergence });
  });

  test("every value written is still there, or was replaced by a write whose writer had seen it, and never both", () => {
    fc.assert(fc.property(history, clocks, assertNothingLost), { numRuns: RUNS.nothingLost });
  });

  test("clocks skewed by up to two days either way, back into 2019, change nothing but the times shown", () => {
    fc.assert(
      fc.property(history, clocks, clocks, (h, one, other) => {
        const [a, b] = [play(h, one), play(h, other)];
        assert.deepEqual(a.snapshots.map(withoutTimes), b.snapshots.map(withoutTimes), "every plan along the way");
        deliverAll(h, a);
        deliverAll(h, b);
        assert.deepEqual(
          a.browsers.map((browser) => withoutTimes(browser.state)),
          b.browsers.map((browser) => withoutTimes(browser.state)),
          "the plan everyone ends with",
        );
      }),
      { numRuns: RUNS.clockSkew },
    );
  });

  test("every plan along the way reads back exactly from its saved text", () => {
    fc.assert(fc.property(history, clocks, assertRoundTrips), { numRuns: RUNS.roundTrip });
  });

  test("a writer id named like a property of every object (constructor, which a link may carry) changes none of this", () => {
    // The first browser writes as "constructor" until it reloads.
    const withConstructor = history.map((h) => ({ ...h, writers: ["constructor", ...h.writers.slice(1)] }));
    fc.assert(
      fc.property(withConstructor, clocks, (h, c) => {
        assertConverges(h, c);
        assertNothingLost(h, c);
        assertRoundTrips(h, c);
      }),
      { numRuns: RUNS.constructorWriter },
    );
  });
});
