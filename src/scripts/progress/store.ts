// The one place that touches storage: the key, reading, writing, and what happens when storage
// is blocked, full, holds something unreadable, or is written by another tab at the same moment.
//
// What this page holds is never replaced, only merged into: every save reads what is stored,
// merges (the newest change to each action wins) and writes the result; and when another tab
// saves, its records are merged in and anything newer held here is written back. So two tabs
// that save at the same moment, or a tab whose last change could not be saved, lose nothing.
import {
  copyRecords,
  emptyRecords,
  mergeRecords,
  parseStoredProgress,
  serialiseProgress,
  type ActionStatus,
  type ProgressRecords,
  type RejectedEntry,
} from "./records";

/** Namespaced and versioned, so other sites' data and future shapes never collide. */
export const STORAGE_KEY = "nhs-login-guide:progress:v1";

/** Unreadable saved data is copied under this prefix (plus a timestamp) before anything new is saved. */
export const SET_ASIDE_PREFIX = "nhs-login-guide:progress:unreadable:";

/** Why progress is not being saved, if it is not. */
export type StoreProblem = "blocked" | "full" | null;

/** What was wrong with saved progress that could not all be read, for the page to explain. */
export interface ReadReport {
  /** "load" when this page found it on opening; "other-tab" when it arrived while the page was open. */
  found: "load" | "other-tab";
  /** Why none of it could be read, or null when only some entries could not. */
  unreadable: string | null;
  /** Entries left out, and why. */
  rejected: RejectedEntry[];
  /** The version that saved it, when newer than this guide. */
  newerVersion: number | null;
  /** Whether the original is kept in this browser (it is, unless storage was too full to copy it). */
  keptAside: boolean;
}

/** Keeps a team's progress in localStorage, with a working in-memory copy when storage fails. */
export class ProgressStore {
  private storage: Storage | null = null;
  private records: ProgressRecords = emptyRecords();
  private listeners = new Set<() => void>();
  /** False while an unreadable saved value could not be copied aside: it must not be overwritten. */
  private mayWrite = true;
  /** Why the last save failed, until a save succeeds. */
  problem: StoreProblem = null;
  /** The latest saved value that could not all be read; the page clears it once shown. */
  report: ReadReport | null = null;

  constructor(getStorage: () => Storage = () => window.localStorage) {
    try {
      // Some privacy modes throw on access to localStorage itself, others on first use.
      const storage = getStorage();
      storage.getItem(STORAGE_KEY);
      this.storage = storage;
    } catch {
      this.problem = "blocked";
    }
    this.sync("load");
    window.addEventListener("storage", (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.sync("other-tab");
      this.notify();
    });
  }

  /** A copy of every record, including ids the guide no longer has. */
  all(): ProgressRecords {
    return copyRecords(this.records);
  }

  /** Records one action's status now; returns whether it was saved. */
  set(id: string, status: ActionStatus): boolean {
    return this.setMany([id], status);
  }

  /** Sets many actions to one status at once (used by reset); returns whether it was saved. */
  setMany(ids: readonly string[], status: ActionStatus): boolean {
    // A change must beat the record it replaces even if this computer's clock has gone back.
    const latest = Math.max(0, ...ids.map((id) => Date.parse(this.records[id]?.updatedAt ?? "") || 0));
    const updatedAt = new Date(Math.max(Date.now(), latest + 1)).toISOString();
    const changes = emptyRecords();
    for (const id of ids) changes[id] = { status, updatedAt };
    return this.merge(changes).saved;
  }

  /** Merges records in (an import), the newest change to each action winning. */
  merge(incoming: ProgressRecords): { saved: boolean; changed: number } {
    const { records, changed } = mergeRecords(this.records, incoming);
    this.records = records;
    const saved = this.save();
    this.notify();
    return { saved, changed };
  }

  /** Calls `listener` after every change, whether made here or in another tab. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Merges what is stored into what this page holds, and writes back anything newer held here. */
  private sync(found: ReadReport["found"]): void {
    const stored = this.readStored(found);
    if (!stored) return;
    this.records = mergeRecords(this.records, stored.records).records;
    const holdsMore = serialiseProgress(this.records) !== stored.raw && (stored.raw !== null || Object.keys(this.records).length > 0);
    if (holdsMore) this.write();
  }

  /** Reads, merges and writes: another tab may have saved since this page last read. */
  private save(): boolean {
    const stored = this.readStored("other-tab");
    if (stored) this.records = mergeRecords(this.records, stored.records).records;
    return this.write();
  }

  /**
   * Reads the stored records, keeping every readable entry. Anything that cannot be read is
   * copied aside (once for a given value) before it can be overwritten. Null when storage is unavailable.
   */
  private readStored(found: ReadReport["found"]): { records: ProgressRecords; raw: string | null } | null {
    if (!this.storage) return null;
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.problem = "blocked";
      return null;
    }
    if (raw === null) return { records: emptyRecords(), raw };
    const parsed = parseStoredProgress(raw);
    if (parsed.ok && parsed.rejected.length === 0 && parsed.newerVersion === null) {
      this.mayWrite = true;
      return { records: parsed.records, raw };
    }
    const keptAside = this.setAside(raw);
    this.mayWrite = keptAside;
    this.report = parsed.ok
      ? { found, unreadable: null, rejected: parsed.rejected, newerVersion: parsed.newerVersion, keptAside }
      : { found, unreadable: parsed.reason, rejected: [], newerVersion: null, keptAside };
    return { records: parsed.ok ? parsed.records : emptyRecords(), raw };
  }

  /** Copies an unreadable value aside unless an identical copy is there already; returns whether a copy exists. */
  private setAside(raw: string): boolean {
    const storage = this.storage;
    if (!storage) return false;
    try {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(SET_ASIDE_PREFIX) && storage.getItem(key) === raw) return true;
      }
      storage.setItem(`${SET_ASIDE_PREFIX}${new Date().toISOString()}`, raw);
      return true;
    } catch {
      return false;
    }
  }

  /** Writes what this page holds; returns whether it was saved. */
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
