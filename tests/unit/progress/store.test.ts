// The store (progress/store.ts and synced-plan.ts): what is saved, what survives a reload, a fault or
// another tab, and what the page is told. Run against real Storage kept in memory (memory-storage.ts),
// which the store takes as an argument in place of the page's localStorage.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ProgressStore } from "../../../src/scripts/progress/store";
import { LIMITS } from "../../../src/scripts/progress/limits";
import { SET_ASIDE_PREFIX, STORAGE_KEY, VERSION_1_COPY_KEY, WRITERS_KEY } from "../../../src/scripts/progress/storage-keys";
import { MemoryStorage, StorageChange } from "./memory-storage";

/** A page load: a store on `storage`, hearing other tabs' saves on `events` (none by default). */
const open = (storage: Storage, events: EventTarget | null = null) => new ProgressStore(() => storage, events);
const status = (store: ProgressStore, id: string) => store.data().actions[id]?.status?.value;

describe("saving", () => {
  test("a tick is saved, and a page opened later reads it back", () => {
    const storage = new MemoryStorage();
    assert.equal(open(storage).set("an-action", "done"), true);
    assert.equal(status(open(storage), "an-action"), "done");
  });

  test("each change is stamped with this browser's name, cut to the longest a name may be", () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    assert.equal(store.setName(`  ${"A".repeat(LIMITS.by + 5)}  `), true);
    store.setField("an-action", "owner", "Priya");
    assert.equal(store.data().actions["an-action"]?.owner?.by, "A".repeat(LIMITS.by));
    assert.equal(open(storage).name(), "A".repeat(LIMITS.by));
  });

  test("a browser knows its own changes from its earlier page loads, and no one else's", () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    first.set("an-action", "done");
    const second = open(storage);
    const [earlier] = [...first.ownWriters()];
    assert.ok(earlier && second.ownWriters().has(earlier), "the first page load's writer id is remembered");
    const remembered: unknown = JSON.parse(storage.getItem(WRITERS_KEY) ?? "[]");
    assert.ok(Array.isArray(remembered) && remembered.includes(earlier));
  });
});

describe("when storage is blocked", () => {
  test("changes stay on the page, nothing claims to be saved, and the store says why", () => {
    const store = open(new MemoryStorage({ blocked: true }));
    assert.equal(store.problem, "blocked");
    assert.equal(store.set("an-action", "done"), false);
    assert.equal(status(store, "an-action"), "done");
    assert.equal(store.setName("AB"), false);
    assert.equal(store.name(), "");
  });

  test("a browser that refuses storage itself is treated the same", () => {
    const store = new ProgressStore(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    }, null);
    assert.equal(store.problem, "blocked");
    assert.equal(store.set("an-action", "done"), false);
  });
});

describe("when storage is full", () => {
  test("the change stays on the page, what was saved before is kept, and the store says storage is full", () => {
    const storage = new MemoryStorage({ quota: 1500 });
    const store = open(storage);
    assert.equal(store.set("an-action", "done"), true);
    const saved = storage.getItem(STORAGE_KEY);
    assert.equal(store.setField("an-action", "notes", "x".repeat(2000)), false);
    assert.equal(store.problem, "full");
    assert.equal(store.data().actions["an-action"]?.notes?.value.length, 2000);
    assert.equal(storage.getItem(STORAGE_KEY), saved);
    assert.equal(status(open(storage), "an-action"), "done");
  });

  test("once a save succeeds again, the store no longer reports a problem", () => {
    const storage = new MemoryStorage({ quota: 1500 });
    const store = open(storage);
    store.setField("an-action", "notes", "x".repeat(2000));
    assert.equal(store.problem, "full");
    assert.equal(store.setField("an-action", "notes", "short"), true);
    assert.equal(store.problem, null);
  });
});

describe("when saved progress cannot be read", () => {
  test("it is set aside before anything is saved over it, and the page is told why", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, "{not json");
    const store = open(storage);
    assert.equal(store.report?.unreadable, "it is not valid JSON");
    assert.equal(store.report?.keptAside, true);
    assert.equal(store.set("an-action", "done"), true);
    const asides = [...storage.entries()].filter(([key]) => key.startsWith(SET_ASIDE_PREFIX));
    assert.deepEqual(
      asides.map(([, value]) => value),
      ["{not json"],
    );
  });

  test("an entry that cannot be read is left out and named; the rest is kept", () => {
    const storage = new MemoryStorage();
    const at = "2026-11-24T10:00:00.000Z";
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        actions: { "an-action": { status: "done", updatedAt: at }, other: { status: "finished", updatedAt: at } },
      }),
    );
    const store = open(storage);
    assert.equal(status(store, "an-action"), "done");
    assert.deepEqual(store.report?.rejected, [{ id: "other", why: 'its status "finished" is unknown' }]);
  });

  test("when it cannot be set aside (storage full), it is not overwritten, and saving says storage is full", () => {
    const full = new MemoryStorage({ quota: STORAGE_KEY.length + "{not json".length });
    full.setItem(STORAGE_KEY, "{not json");
    const store = open(full);
    assert.equal(store.report?.keptAside, false);
    assert.equal(store.set("an-action", "done"), false);
    assert.equal(store.problem, "full");
    assert.equal(full.getItem(STORAGE_KEY), "{not json");
  });
});

describe("progress saved by an older version", () => {
  test("a version-1 value is kept whole under its own key, and upgraded", () => {
    const storage = new MemoryStorage();
    const old = JSON.stringify({ version: 1, actions: { "an-action": { status: "done", updatedAt: "2026-11-24T10:00:00.000Z" } } });
    storage.setItem(STORAGE_KEY, old);
    const store = open(storage);
    assert.equal(status(store, "an-action"), "done");
    assert.equal(store.report, null);
    store.set("other-action", "in-progress");
    assert.equal(storage.getItem(VERSION_1_COPY_KEY), old);
    assert.match(storage.getItem(STORAGE_KEY) ?? "", /^\{"version":3,/);
  });
});

describe("with the guide open in two tabs", () => {
  test("another tab's save is merged in when its storage event arrives, and the page is told to redraw", () => {
    const storage = new MemoryStorage();
    const [hereEvents, thereEvents] = [new EventTarget(), new EventTarget()];
    const here = open(storage, hereEvents);
    const there = open(storage, thereEvents);
    let redraws = 0;
    here.subscribe(() => (redraws += 1));
    there.set("an-action", "done");
    hereEvents.dispatchEvent(new StorageChange(STORAGE_KEY));
    assert.equal(status(here, "an-action"), "done");
    assert.equal(redraws, 1);
  });

  test("a change made here never overwrites what another tab saved meanwhile", () => {
    const storage = new MemoryStorage();
    const here = open(storage);
    const there = open(storage);
    there.set("an-action", "done");
    here.setField("other-action", "owner", "Priya");
    const reloaded = open(storage);
    assert.equal(status(reloaded, "an-action"), "done");
    assert.equal(reloaded.data().actions["other-action"]?.owner?.value, "Priya");
  });

  test("events about other keys are ignored", () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const here = open(storage, events);
    let redraws = 0;
    here.subscribe(() => (redraws += 1));
    events.dispatchEvent(new StorageChange("some-other-site:key"));
    assert.equal(redraws, 0);
  });

  test("resetting the plan in one tab clears it in the other, which does not write its old plan back", () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const here = open(storage, events);
    const there = open(storage);
    here.set("an-action", "done");
    there.reset();
    events.dispatchEvent(new StorageChange(STORAGE_KEY));
    assert.equal(status(here, "an-action"), undefined);
    assert.equal(status(open(storage), "an-action"), undefined);
  });

  test("two tabs that set one field without seeing each other's value keep both, as a conflict", () => {
    const storage = new MemoryStorage();
    const here = open(storage);
    const there = open(storage);
    const path = { kind: "action", id: "an-action", field: "owner" } as const;
    const [hereSaw, thereSaw] = [here.seen(path), there.seen(path)];
    here.setField("an-action", "owner", "Priya", hereSaw);
    there.setField("an-action", "owner", "Dan", thereSaw);
    const conflicts = open(storage).conflicts();
    assert.deepEqual(
      conflicts.map((c) => c.entries.map((e) => e.value).sort()),
      [["Dan", "Priya"]],
    );
  });
});
