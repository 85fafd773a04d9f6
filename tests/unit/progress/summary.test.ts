import { test } from "node:test";
import assert from "node:assert/strict";
import type { ActionInfo } from "../../../src/scripts/progress/actions";
import { describeSummary, effectiveRecords, summarise } from "../../../src/scripts/progress/summary";

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T00:00:00Z`;
const action = (id: string, replaces: string[] = []): ActionInfo => ({
  id,
  title: id,
  number: "1.1",
  stepId: "apply",
  stepTitle: "Apply",
  stepShare: 20,
  url: `/steps/apply/#${id}`,
  roles: [],
  conditional: false,
  replaces,
  after: [],
  exclusions: [],
});

test("a step with nothing done is not started", () => {
  assert.deepEqual(summarise(["a", "b"], {}), { done: 0, total: 2, status: "not-started" });
});

test("a step with some actions done is in progress", () => {
  assert.deepEqual(summarise(["a", "b"], { a: { status: "done", updatedAt: at(1) } }), { done: 1, total: 2, status: "in-progress" });
});

test("an action marked not applicable leaves the total", () => {
  const records = { a: { status: "done" as const, updatedAt: at(1) }, b: { status: "not-applicable" as const, updatedAt: at(2) } };
  assert.deepEqual(summarise(["a", "b"], records), { done: 1, total: 1, status: "completed" });
});

test("ticks for ids the guide no longer has are not counted", () => {
  assert.deepEqual(summarise(["a"], { gone: { status: "done", updatedAt: at(1) } }), { done: 0, total: 1, status: "not-started" });
});

test("a new action takes over the newest tick of the actions it replaces", () => {
  const records = { old1: { status: "todo" as const, updatedAt: at(1) }, old2: { status: "done" as const, updatedAt: at(5) } };
  assert.deepEqual({ ...effectiveRecords(records, [action("new", ["old1", "old2"])]) }, { new: records.old2 });
});

test("an action's own record wins over the actions it replaces", () => {
  const records = { new: { status: "todo" as const, updatedAt: at(1) }, old: { status: "done" as const, updatedAt: at(9) } };
  assert.deepEqual({ ...effectiveRecords(records, [action("new", ["old"])]) }, { new: records.new });
});

test("describes progress in words", () => {
  assert.equal(describeSummary({ done: 3, total: 25, status: "in-progress" }), "3 of 25 actions completed");
  assert.equal(describeSummary({ done: 0, total: 1, status: "not-started" }), "0 of 1 action completed");
});
