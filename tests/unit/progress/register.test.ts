import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  currentEntries,
  emptyRegister,
  inConflict,
  joinRegisters,
  registerToJson,
  sameRegister,
  writeRegister,
  type Register,
  type Seen,
} from "../../../src/scripts/progress/register";

/** A time on a day of November 2026, as the store writes it. */
const at = (day: number, time = "10:00:00.000") => `2026-11-${String(day).padStart(2, "0")}T${time}Z`;
/** `register` after `writer` writes `value`, replacing `basis` (by default everything the register holds). */
const write = (register: Register, writer: string, value: string, day: number, basis?: Seen, by?: string): Register =>
  writeRegister(register, { value, writer, at: at(day), ...(by ? { by } : {}) }, basis);
/** The values a register holds, in its own (dot) order. */
const values = (register: Register) => register.entries.map((entry) => entry.value);
/** A register's knowledge as a plain object, for deepEqual (seen has no prototype). */
const seenOf = (register: Register) => ({ ...register.seen });

describe("writing a field", () => {
  test("the first write to a field is its writer's first dot, and the field has seen it", () => {
    const register = write(emptyRegister(), "asha", "done", 20, undefined, "AB");
    assert.deepEqual(register.entries, [{ value: "done", at: at(20), by: "AB", dot: ["asha", 1] }]);
    assert.deepEqual(seenOf(register), { asha: 1 });
  });

  test("without a basis, a write replaces everything the field holds, a conflict included", () => {
    const conflict = joinRegisters(write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "B", 21));
    assert.deepEqual(values(conflict), ["A", "B"]);
    const chosen = write(conflict, "chidi", "C", 22);
    assert.deepEqual(values(chosen), ["C"]);
    assert.deepEqual(seenOf(chosen), { asha: 1, ben: 1, chidi: 1 });
  });

  test("with a basis, a value that arrived after editing began stays beside the new one, as a conflict", () => {
    const shown = write(emptyRegister(), "asha", "first", 20);
    const basis = shown.seen;
    const arrived = joinRegisters(shown, write(shown, "ben", "theirs", 21));
    const saved = write(arrived, "chidi", "mine", 22, basis);
    assert.deepEqual(values(saved), ["theirs", "mine"]);
    assert.equal(inConflict(saved), true);
  });

  test("with a basis, what the writer had seen is replaced, and only that", () => {
    const shown = joinRegisters(write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "B", 20));
    const saved = write(shown, "chidi", "C", 21, shown.seen);
    assert.deepEqual(values(saved), ["C"]);
  });

  test("a writer's own earlier writes are replaced even when the basis was taken before them", () => {
    const once = write(emptyRegister(), "asha", "draft", 20, {});
    const twice = write(once, "asha", "final", 20, {});
    assert.deepEqual(twice.entries, [{ value: "final", at: at(20), dot: ["asha", 2] }]);
  });

  test("an empty basis replaces nobody else's value", () => {
    const theirs = write(emptyRegister(), "ben", "theirs", 20);
    assert.deepEqual(values(write(theirs, "asha", "mine", 21, {})), ["mine", "theirs"]);
  });

  test("the register written to is left as it was", () => {
    const before = write(emptyRegister(), "asha", "A", 20);
    const copy = JSON.stringify(registerToJson(before));
    write(before, "ben", "B", 21);
    assert.equal(JSON.stringify(registerToJson(before)), copy);
  });

  test("the writer's clock is recorded, never used: a write dated years back still replaces what it saw", () => {
    const now = write(emptyRegister(), "asha", "done", 20);
    const saved = writeRegister(now, { value: "todo", writer: "ben", at: "2019-01-01T00:00:00.000Z" });
    assert.deepEqual(saved.entries, [{ value: "todo", at: "2019-01-01T00:00:00.000Z", dot: ["ben", 1] }]);
  });

  test("a writer named constructor, as a link may carry, is a writer like any other", () => {
    const theirs = write(emptyRegister(), "constructor", "A", 20);
    const mine = write(theirs, "asha", "B", 21);
    assert.deepEqual(values(mine), ["B"]);
    assert.deepEqual(seenOf(mine), { asha: 1, constructor: 1 });
  });

  test("an author is recorded only when there is one", () => {
    assert.equal("by" in (write(emptyRegister(), "asha", "A", 20, undefined, "").entries[0] ?? {}), false);
  });
});

describe("merging two copies of a field", () => {
  const asha = write(emptyRegister(), "asha", "A", 20);

  test("a value both copies hold is kept once", () => {
    assert.deepEqual(joinRegisters(asha, asha), asha);
  });

  test("a value the other copy has not seen is kept, so concurrent values both stay", () => {
    const ben = write(emptyRegister(), "ben", "B", 21);
    const joined = joinRegisters(asha, ben);
    assert.deepEqual(values(joined), ["A", "B"]);
    assert.deepEqual(seenOf(joined), { asha: 1, ben: 1 });
  });

  test("a value the other copy has seen and no longer holds is dropped: an edit replaced it", () => {
    const replaced = write(asha, "ben", "B", 19);
    assert.deepEqual(values(joinRegisters(asha, replaced)), ["B"]);
    assert.deepEqual(values(joinRegisters(replaced, asha)), ["B"]);
  });

  test("each writer's count is the higher of the two copies'", () => {
    const twice = write(write(emptyRegister(), "asha", "A", 20), "asha", "A2", 21);
    const joined = joinRegisters(twice, write(emptyRegister(), "ben", "B", 21));
    assert.deepEqual(seenOf(joined), { asha: 2, ben: 1 });
    assert.deepEqual(values(joined), ["A2", "B"]);
  });

  test("merging with an empty field changes nothing", () => {
    assert.ok(sameRegister(joinRegisters(asha, emptyRegister()), asha));
    assert.ok(sameRegister(joinRegisters(emptyRegister(), asha), asha));
  });

  test("two different values under one dot (damaged or forged data) keep the same one whichever side it is on", () => {
    const forged: Register = { entries: [{ value: "Z", at: at(20), dot: ["asha", 1] }], seen: { asha: 1 } };
    assert.deepEqual(joinRegisters(asha, forged), joinRegisters(forged, asha));
    assert.equal(joinRegisters(asha, forged).entries.length, 1);
  });
});

describe("the values a field shows", () => {
  test("are listed newest by their writers' clocks first", () => {
    const register = joinRegisters(write(emptyRegister(), "asha", "older", 20), write(emptyRegister(), "ben", "newer", 21));
    assert.deepEqual(
      currentEntries(register).map((entry) => entry.value),
      ["newer", "older"],
    );
  });

  test("list a value two people both chose once", () => {
    const register = joinRegisters(write(emptyRegister(), "asha", "done", 20), write(emptyRegister(), "ben", "done", 21));
    assert.equal(register.entries.length, 2);
    assert.deepEqual(
      currentEntries(register).map((entry) => entry.value),
      ["done"],
    );
  });

  test("are in one order on a tie in time, whichever order the copies were merged in", () => {
    const [a, b] = [write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "B", 20)];
    assert.deepEqual(currentEntries(joinRegisters(a, b)), currentEntries(joinRegisters(b, a)));
  });

  test("are ordered by time even when one time is written without milliseconds", () => {
    const later = writeRegister(emptyRegister(), { value: "later", writer: "asha", at: "2026-11-20T10:00:00.500Z" });
    const earlier = writeRegister(emptyRegister(), { value: "earlier", writer: "ben", at: "2026-11-20T10:00:00Z" });
    assert.deepEqual(
      currentEntries(joinRegisters(later, earlier)).map((entry) => entry.value),
      ["later", "earlier"],
    );
  });
});

describe("a field in conflict", () => {
  test("is one holding two or more different values", () => {
    const [a, b] = [write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "B", 21)];
    assert.equal(inConflict(joinRegisters(a, b)), true);
  });

  test("is not an empty field, a field with one value, or two people choosing the same value", () => {
    const [a, same] = [write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "A", 21)];
    assert.equal(inConflict(emptyRegister()), false);
    assert.equal(inConflict(a), false);
    assert.equal(inConflict(joinRegisters(a, same)), false);
  });

  test("ends when someone who saw both values chooses one", () => {
    const conflict = joinRegisters(write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "B", 21));
    assert.equal(inConflict(write(conflict, "asha", "B", 22)), false);
  });
});

describe("a field as saved", () => {
  test("has its entries in dot order, its writers sorted and its keys in one order", () => {
    const register: Register = {
      entries: [{ dot: ["ben", 1], by: "CD", at: at(21), value: "B" } as never, { at: at(20), value: "A", dot: ["asha", 2] }],
      seen: { ben: 1, asha: 2 },
    };
    assert.equal(
      JSON.stringify(registerToJson(register)),
      JSON.stringify({
        entries: [
          { value: "A", at: at(20), dot: ["asha", 2] },
          { value: "B", at: at(21), by: "CD", dot: ["ben", 1] },
        ],
        seen: { asha: 2, ben: 1 },
      }),
    );
  });

  test("is a copy: changing it leaves the field alone", () => {
    const register = write(emptyRegister(), "asha", "A", 20);
    const saved = registerToJson(register);
    (saved.entries[0] as { dot: [string, number] }).dot[1] = 9;
    saved.seen["asha"] = 9;
    assert.deepEqual(register.entries[0]?.dot, ["asha", 1]);
    assert.equal(register.seen["asha"], 1);
  });

  test("is the same text for equal fields, whichever order their values were merged in", () => {
    const [a, b] = [write(emptyRegister(), "asha", "A", 20), write(emptyRegister(), "ben", "B", 21)];
    assert.equal(JSON.stringify(registerToJson(joinRegisters(a, b))), JSON.stringify(registerToJson(joinRegisters(b, a))));
    assert.ok(sameRegister(joinRegisters(a, b), joinRegisters(b, a)));
  });
});
