// The one place that touches storage: the key, reading, writing, and what happens when storage
// is blocked, full or holds something unreadable. Components use this and never localStorage.
import { parseStoredProgress, serialiseProgress, type ActionRecord, type ActionStatus, type ProgressRecords } from "./records";

/** Namespaced and versioned, so other sites' data and future shapes never collide. */
export const STORAGE_KEY = "nhs-login-guide:progress:v1";

/** Unreadable saved data is copied under this prefix (plus a timestamp) before anything new is saved. */
export const SET_ASIDE_PREFIX = "nhs-login-guide:progress:unreadable:";

/** Why progress is not being saved, if it is not. */
export type StoreProblem = "blocked" | "full" | "corrupt" | null;

/** Keeps a team's progress in localStorage, with a working in-memory copy when storage fails. */
export class ProgressStore {
  private storage: Storage | null = null;
  private records: ProgressRecords = {};
  private listeners = new Set<() => void>();
  /** Whether the saved value may be overwritten; false when unreadable data could not be set aside. */
  private mayWrite = true;
  /** The most recent problem, shown to the user until a save succeeds. */
  problem: StoreProblem = null;

  constructor(getStorage: () => Storage = () => window.localStorage) {
    try {
      // Some privacy modes throw on access to localStorage itself, others on first use.
      const storage = getStorage();
      storage.getItem(STORAGE_KEY);
      this.storage = storage;
    } catch {
      this.problem = "blocked";
    }
    this.load();
    window.addEventListener("storage", (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.load();
      this.notify();
    });
  }

  /** A copy of every record, including ids the guide no longer has. */
  all(): ProgressRecords {
    return { ...this.records };
  }

  /** Records one action's status now; returns whether it was saved. */
  set(id: string, status: ActionStatus): boolean {
    return this.setMany([id], status);
  }

  /** Sets many actions to one status at once, with one date (used by reset). */
  setMany(ids: readonly string[], status: ActionStatus): boolean {
    const updatedAt = new Date().toISOString();
    const changes: ProgressRecords = {};
    for (const id of ids) changes[id] = { status, updatedAt } satisfies ActionRecord;
    return this.replace({ ...this.records, ...changes });
  }

  /** Replaces every record (used by import after merging); returns whether it was saved. */
  replace(records: ProgressRecords): boolean {
    this.records = records;
    const saved = this.write();
    this.notify();
    return saved;
  }

  /** Calls `listener` after every change, whether made here or in another tab. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private load(): void {
    if (!this.storage) return;
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.problem = "blocked";
      return;
    }
    if (raw === null) {
      this.records = {};
      return;
    }
    const parsed = parseStoredProgress(raw);
    if (parsed.ok) {
      this.records = parsed.records;
      return;
    }
    // Unreadable: keep a copy aside before anything can overwrite it, then start afresh.
    this.records = {};
    this.problem = "corrupt";
    try {
      this.storage.setItem(`${SET_ASIDE_PREFIX}${new Date().toISOString()}`, raw);
      this.mayWrite = true;
    } catch {
      this.mayWrite = false;
    }
  }

  private write(): boolean {
    if (!this.storage) return false;
    if (!this.mayWrite) {
      this.problem = "full";
      return false;
    }
    try {
      this.storage.setItem(STORAGE_KEY, serialiseProgress(this.records));
      this.problem = null;
      return true;
    } catch (error) {
      this.problem = error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "blocked";
      return false;
    }
  }
}
