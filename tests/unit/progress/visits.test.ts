// When this browser last opened the guide (progress/visits.ts): the changes since the last visit are
// offered once per visit, and a visit ends after VISIT_GAP_MS with no page opened. Run against real
// Storage kept in memory (memory-storage.ts).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { markNewsShown, recordVisit, VISIT_GAP_MS } from "../../../src/scripts/progress/visits";
import { VISITS_KEY } from "../../../src/scripts/progress/storage-keys";
import { MemoryStorage } from "./memory-storage";

const start = Date.parse("2026-12-07T09:00:00.000Z");
const minute = 60 * 1000;

describe("visits", () => {
  test("a first visit has no previous visit and no news", () => {
    assert.deepEqual(recordVisit(new MemoryStorage(), start), { previous: null, newsPending: false });
  });

  test("pages opened within the gap are one visit; one opened after it starts a new visit with news pending", () => {
    const storage = new MemoryStorage();
    recordVisit(storage, start);
    assert.deepEqual(recordVisit(storage, start + VISIT_GAP_MS - minute), { previous: null, newsPending: false });
    const later = start + 2 * VISIT_GAP_MS;
    assert.deepEqual(recordVisit(storage, later), { previous: new Date(start + VISIT_GAP_MS - minute).toISOString(), newsPending: true });
  });

  test("the gap runs from the last page opened, not from the visit's first", () => {
    const storage = new MemoryStorage();
    recordVisit(storage, start);
    for (let t = start; t <= start + 3 * VISIT_GAP_MS; t += VISIT_GAP_MS / 2) assert.equal(recordVisit(storage, t).newsPending, false);
  });

  test("news is shown once: after it is marked shown, the rest of the visit has none pending", () => {
    const storage = new MemoryStorage();
    recordVisit(storage, start);
    assert.equal(recordVisit(storage, start + 2 * VISIT_GAP_MS).newsPending, true);
    markNewsShown(() => storage);
    assert.equal(recordVisit(storage, start + 2 * VISIT_GAP_MS + minute).newsPending, false);
    assert.equal(recordVisit(storage, start + 4 * VISIT_GAP_MS).newsPending, true);
  });

  test("an unreadable record starts afresh, as a first visit", () => {
    const storage = new MemoryStorage();
    storage.setItem(VISITS_KEY, "{not json");
    assert.deepEqual(recordVisit(storage, start), { previous: null, newsPending: false });
    storage.setItem(VISITS_KEY, JSON.stringify({ previous: "yesterday", current: "not a date" }));
    assert.deepEqual(recordVisit(storage, start), { previous: null, newsPending: false });
  });

  test("with storage blocked, every visit looks like a first and shows no news", () => {
    const blocked = new MemoryStorage({ blocked: true });
    assert.deepEqual(recordVisit(blocked, start), { previous: null, newsPending: false });
    assert.doesNotThrow(() => markNewsShown(() => blocked));
  });
});
