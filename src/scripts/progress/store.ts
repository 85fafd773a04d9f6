// The store pages use: the one place that opens storage (the page's localStorage is named here alone,
// and handed to the modules that read and write their part of it: synced-plan.ts and stored-plan.ts
// for the plan, this-browser.ts for who this browser is, visits.ts for when it last came). It keeps a
// team's plan there, with a working copy in memory when storage is blocked or full; see synced-plan.ts
// for how it stays in step with storage and the other tabs.
import { registerAt, type FieldPath } from "./field-paths";
import type { ActionField, PlanData, PlanDateField } from "./plan-data";
import { conflictsIn, joinPlans, planView, writeField, type Conflict } from "./plan-state";
import type { ProgressRecords } from "./records";
import { joinSeen, type Seen } from "./register";
import { emptyState, type PlanState } from "./state-shape";
import type { ActionStatus } from "./status";
import { statusRecords } from "./status-view";
import { STORAGE_KEY } from "./storage-keys";
import { SyncedPlan, type StorageEvents } from "./synced-plan";
import { readName, readOwnWriters, rememberWriter, saveName } from "./this-browser";

// Made here until it had a module of its own; the end-to-end tests make writer ids with it.
export { newWriterId } from "./this-browser";

/** The page's localStorage: the one place it is named. Throws where the browser refuses it (some privacy modes). */
export function pageStorage(): Storage {
  return window.localStorage;
}

/** The storage `getStorage` gives, or null when the browser refuses it (some privacy modes throw on access, others on first use). */
function openStorage(getStorage: () => Storage): Storage | null {
  try {
    const storage = getStorage();
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Keeps a team's progress in localStorage, with a working in-memory copy when storage fails (its
 * `problem` is then why, and `report` what could not be read: see PlanStorage). Pages read and change
 * the plan here; SyncedPlan keeps it in step with storage and the other tabs.
 */
export class ProgressStore extends SyncedPlan {
  /** The writer id last added to this browser's list of its own. */
  private remembered: string | null = null;

  /**
   * `getStorage` and `events` are the page's localStorage and window unless given others (a test's
   * in-memory storage, say); `events` is where another tab's "storage" events arrive.
   */
  constructor(getStorage: () => Storage = pageStorage, events: StorageEvents | null = window) {
    super(openStorage(getStorage), events);
  }

  /** The plan as pages show it: one value per field. */
  data(): PlanData {
    return planView(this.plan);
  }

  /** The whole plan, conflicts, history and ids the guide no longer has included: what is exported and shared. */
  state(): PlanState {
    return joinPlans(emptyState(), this.plan);
  }

  /** Every field holding values nobody has chosen between. */
  conflicts(): Conflict[] {
    return conflictsIn(this.plan);
  }

  /** What this page has seen of a field: recorded when a field is shown, so an edit replaces only what its author saw. */
  seen(path: FieldPath): Seen {
    return joinSeen(registerAt(this.plan, path)?.seen ?? {}, {});
  }

  /** `basis` with this page's own writes to a field added: what it wrote itself, it has seen. */
  ownSeen(path: FieldPath, basis: Seen): Seen {
    const count = registerAt(this.plan, path)?.seen[this.writer];
    return count === undefined ? joinSeen(basis, {}) : joinSeen(basis, { [this.writer]: count });
  }

  /** Every recorded status, by action id, including ids the guide no longer has. */
  all(): ProgressRecords {
    return statusRecords(this.data());
  }

  /** Records one action's status now; returns whether it was saved. */
  set(id: string, status: ActionStatus): boolean {
    return this.setMany([id], status);
  }

  /** Sets many actions to one status at once (used by a step's reset); returns whether it was saved. */
  setMany(ids: readonly string[], status: ActionStatus): boolean {
    const bases = ids.map((id) => this.seen({ kind: "action", id, field: "status" }));
    return this.change((plan) =>
      ids.reduce((next, id, i) => this.stamp(next, { kind: "action", id, field: "status" }, status, bases[i] ?? {}), plan),
    );
  }

  /**
   * Sets one field of one action (owner, target date, notes or status); returns whether it was saved.
   * `basis` is what the person saw of the field when they began (see seen()); by default, what this page holds.
   */
  setField(id: string, field: ActionField, value: string, basis?: Seen): boolean {
    return this.setAt({ kind: "action", id, field }, value, basis);
  }

  /** Sets the plan's start or go-live date ("" clears it); returns whether it was saved. */
  setDate(field: PlanDateField, value: string, basis?: Seen): boolean {
    return this.setAt({ kind: "date", field }, value, basis);
  }

  /** Records the team's answer to a question ("" clears it); returns whether it was saved. */
  setAnswer(questionId: string, value: string, basis?: Seen): boolean {
    return this.setAt({ kind: "answer", id: questionId }, value, basis);
  }

  /** Writes one field; returns whether it was saved. */
  setAt(path: FieldPath, value: string, basis?: Seen): boolean {
    const seen = basis ?? this.seen(path);
    return this.change((plan) => this.stamp(plan, path, value, seen));
  }

  /** Merges a plan in (an import or a shared link); returns whether the result was saved. */
  merge(incoming: PlanState): { saved: boolean } {
    return { saved: this.change((plan) => joinPlans(plan, incoming), false) };
  }

  /** The name or initials this browser's changes are recorded under, or "". */
  name(): string {
    return readName(this.storage);
  }

  /** Sets the name this browser's changes are recorded under; returns whether it was saved. */
  setName(name: string): boolean {
    const saved = saveName(this.storage, name);
    if (saved) this.notify();
    return saved;
  }

  /** The writer ids this browser has written under (this page load's included). */
  ownWriters(): Set<string> {
    return readOwnWriters(this.storage, this.writer);
  }

  /** `plan` with one field written now by this page load, under this browser's name. */
  private stamp(plan: PlanState, path: FieldPath, value: string, basis: Seen): PlanState {
    const writer = this.writer;
    // This page load's writer id joins this browser's list once, the first time it writes.
    if (this.remembered !== writer) rememberWriter(this.storage, (this.remembered = writer));
    const by = this.name();
    return writeField(plan, path, { value, writer, at: new Date().toISOString(), ...(by ? { by } : {}) }, basis);
  }
}

let pageWide: ProgressStore | null = null;
/**
 * The page's one store, shared by every component on it: storage is read, and anything unreadable
 * set aside and reported, once. A second store made later (a component loaded on demand) would read
 * again, and could tidy away a value the first had yet to report.
 */
export function pageStore(): ProgressStore {
  return (pageWide ??= new ProgressStore());
}
