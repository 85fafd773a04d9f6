// The one place that touches storage: the key, reading, writing, and what happens when storage
// is blocked, full, holds something unreadable or old, or is written by another tab at the same moment.
//
// What this page holds is never replaced, only merged into (plan-state.ts): every save reads what is
// stored, merges and writes the result; and when another tab saves, its plan is merged in and
// anything this page holds that storage lacks is written back. Merging is idempotent, so two tabs
// settle after one exchange whatever their clocks say. The one exception is "Reset the plan", which
// marks the stored plan with a new reset id: a tab that finds a reset id it does not hold starts again
// from what is stored.
import { LIMITS } from "./limits";
import { type ActionField, type PlanData, type PlanDateField } from "./plan-data";
import { readState, type StateReadResult } from "./plan-read";
import { registerAt, type FieldPath } from "./field-paths";
import { conflictsIn, isEmptyState, joinPlans, planView, stateToJson, writeField, type Conflict } from "./plan-state";
import { emptyState, type PlanState } from "./state-shape";
import type { ProgressRecords, RejectedEntry } from "./records";
import { joinSeen, type Seen } from "./register";
import type { ActionStatus } from "./status";
import { statusRecords } from "./status-view";

/**
 * Namespaced, so other sites' data never collides. The value carries its own version (now 3); the
 * key keeps the name it was given in version 1, so a browser's saved progress is found and upgraded.
 */
export const STORAGE_KEY = "nhs-login-guide:progress:v1";

/** Where a version-1 value is copied, unchanged, before a newer version is first written over it. */
export const VERSION_1_COPY_KEY = "nhs-login-guide:progress:version-1-copy";

/** Where a version-2 value is copied, unchanged, before version 3 is first written over it. */
export const VERSION_2_COPY_KEY = "nhs-login-guide:progress:version-2-copy";

/** The name or initials this browser records its changes under. */
export const NAME_KEY = "nhs-login-guide:name";

/** The writer ids this browser's page loads have written under, newest last: its own changes, told apart. */
export const WRITERS_KEY = "nhs-login-guide:writers";

/** How many of this browser's writer ids are remembered. */
const MAX_OWN_WRITERS = 200;

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

/**
 * A new writer id: random, so two page loads (even in one browser, whose tabs share storage but no
 * lock) never number their writes alike. Each page load is one writer; see register.ts.
 */
export function newWriterId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("") + Date.now().toString(36).slice(-4);
}

/** The stored value: the plan, and the id of the last reset, if any. */
interface Stored {
  state: PlanState;
  reset: string | null;
  raw: string | null;
}

/** Keeps a team's progress in localStorage, with a working in-memory copy when storage fails. */
export class ProgressStore {
  private storage: Storage | null = null;
  private plan: PlanState = emptyState();
  private resetId: string | null = null;
  private listeners = new Set<() => void>();
  /** False while an unreadable or older saved value could not be copied aside: it must not be overwritten. */
  private mayWrite = true;
  /** This page load's writer id: every change made here is numbered under it. */
  private writer = newWriterId();
  /** The writer id last added to WRITERS_KEY. */
  private remembered: string | null = null;
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
    this.sync("other-tab");
    ids.forEach((id, i) => this.apply({ kind: "action", id, field: "status" }, status, bases[i] ?? {}));
    return this.commit();
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
    // What another tab saved meanwhile is merged first, so the new value stands beside it, not over it.
    this.sync("other-tab");
    this.apply(path, value, seen);
    return this.commit();
  }

  /** Merges a plan in (an import or a shared link); returns whether the result was saved. */
  merge(incoming: PlanState): { saved: boolean } {
    this.plan = joinPlans(this.plan, incoming);
    return { saved: this.commit() };
  }

  /** Clears the whole plan in this browser (ids the guide does not know included), and in its other tabs. */
  reset(): boolean {
    this.plan = emptyState();
    this.resetId = newWriterId();
    this.writer = newWriterId();
    const saved = this.write();
    this.notify();
    return saved;
  }

  /** The name or initials this browser's changes are recorded under, or "". */
  name(): string {
    try {
      return (this.storage?.getItem(NAME_KEY) ?? "").slice(0, LIMITS.by);
    } catch {
      return "";
    }
  }

  /** Sets the name this browser's changes are recorded under; returns whether it was saved. */
  setName(name: string): boolean {
    const trimmed = name.trim().slice(0, LIMITS.by);
    try {
      if (!this.storage) return false;
      if (trimmed) this.storage.setItem(NAME_KEY, trimmed);
      else this.storage.removeItem(NAME_KEY);
      this.notify();
      return true;
    } catch {
      return false;
    }
  }

  /** Calls `listener` after every change, whether made here or in another tab. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** The writer ids this browser has written under (this page load's included). */
  ownWriters(): Set<string> {
    const writers = new Set([this.writer]);
    try {
      const saved: unknown = JSON.parse(this.storage?.getItem(WRITERS_KEY) ?? "[]");
      if (Array.isArray(saved)) for (const id of saved) if (typeof id === "string") writers.add(id);
    } catch {
      // Unreadable: only this page load's writes are known as this browser's.
    }
    return writers;
  }

  /** Remembers this page load's writer id, once, the first time it writes. */
  private rememberWriter(): void {
    if (this.remembered === this.writer) return;
    this.remembered = this.writer;
    try {
      const known = [...this.ownWriters()].filter((id) => id !== this.writer);
      this.storage?.setItem(WRITERS_KEY, JSON.stringify([...known, this.writer].slice(-MAX_OWN_WRITERS)));
    } catch {
      // Storage full or blocked: the plan itself matters more; the prompt only loses a clock warning.
    }
  }

  private apply(path: FieldPath, value: string, basis: Seen): void {
    this.rememberWriter();
    const by = this.name();
    this.plan = writeField(this.plan, path, { value, writer: this.writer, at: new Date().toISOString(), ...(by ? { by } : {}) }, basis);
  }

  private commit(): boolean {
    const saved = this.write();
    this.notify();
    return saved;
  }

  /** Merges what is stored into what this page holds, and writes back anything this page holds that storage lacks. */
  private sync(found: ReadReport["found"]): void {
    const stored = this.readStored(found);
    if (!stored) return;
    this.take(stored);
    const holdsMore = this.serialise() !== stored.raw && (stored.raw !== null || !isEmptyState(this.plan));
    if (holdsMore) this.write();
  }

  /** Takes in what is stored: merged, or after a reset in another tab, instead of what this page held. */
  private take(stored: Stored): void {
    if (stored.reset !== null && stored.reset !== this.resetId) {
      this.plan = stored.state;
      this.resetId = stored.reset;
      this.writer = newWriterId();
    } else this.plan = joinPlans(this.plan, stored.state);
  }

  /**
   * Reads the stored plan, keeping every readable value. Anything that cannot be read is copied
   * aside (once for a given value) before it can be overwritten, and so is a value saved by an older
   * version before this one is written over it. Null when storage is unavailable.
   */
  private readStored(found: ReadReport["found"]): Stored | null {
    if (!this.storage) return null;
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.problem = "blocked";
      return null;
    }
    if (raw === null) return { state: emptyState(), reset: null, raw };
    const parsed = parseStored(raw);
    if (parsed.ok && parsed.rejected.length === 0 && parsed.newerVersion === null) {
      // An older version's value stays whole under its own key until this version has been written.
      this.mayWrite =
        parsed.fromVersion === 1
          ? this.keepCopy(VERSION_1_COPY_KEY, raw)
          : parsed.fromVersion === 2
            ? this.keepCopy(VERSION_2_COPY_KEY, raw)
            : true;
      return { state: parsed.state, reset: parsed.reset, raw };
    }
    const keptAside = this.setAside(raw);
    this.mayWrite = keptAside;
    this.report = parsed.ok
      ? { found, unreadable: null, rejected: parsed.rejected, newerVersion: parsed.newerVersion, keptAside }
      : { found, unreadable: parsed.reason, rejected: [], newerVersion: null, keptAside };
    return { state: parsed.ok ? parsed.state : emptyState(), reset: parsed.ok ? parsed.reset : null, raw };
  }

  /** Copies `raw` under `key` unless it is there already; returns whether the copy exists. */
  private keepCopy(key: string, raw: string): boolean {
    try {
      if (this.storage?.getItem(key) !== raw) this.storage?.setItem(key, raw);
      return true;
    } catch {
      return false;
    }
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

  /** The string saved in storage: equal plans always give equal text. */
  private serialise(): string {
    return JSON.stringify({ ...stateToJson(this.plan), ...(this.resetId ? { reset: this.resetId } : {}) });
  }

  /** Writes what this page holds; returns whether it was saved. */
  private write(): boolean {
    if (!this.storage) return false;
    if (!this.mayWrite) {
      this.problem = "full";
      return false;
    }
    try {
      this.storage.setItem(STORAGE_KEY, this.serialise());
      this.problem = null;
      return true;
    } catch (error) {
      this.problem = error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "blocked";
      return false;
    }
  }
}

/** Parses the string saved in storage, with its reset id. Never throws. */
function parseStored(raw: string): (StateReadResult & { ok: true; reset: string | null }) | (StateReadResult & { ok: false }) {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  const read = readState(value);
  if (!read.ok) return read;
  const reset = (value as Record<string, unknown>)["reset"];
  return { ...read, reset: typeof reset === "string" && reset.length <= 40 ? reset : null };
}

/** When this browser opened the guide: the visit before this one, and whether its news has been shown. */
export const VISITS_KEY = "nhs-login-guide:visits";

/** A visit ends after this long with no page of the guide opened. */
const VISIT_GAP_MS = 30 * 60 * 1000;

/** What a page needs to know about this visit. */
export interface Visit {
  /** When the previous visit was (ISO 8601), or null on a first visit. */
  previous: string | null;
  /** True until the changes since the previous visit have been shown once. */
  newsPending: boolean;
}

let thisPageVisit: Visit | null = null;

/**
 * Records this page view and returns the visit it belongs to (once per page load). A page opened
 * more than 30 minutes after the last one starts a new visit, whose news is then pending.
 */
export function currentVisit(now: number = Date.now(), getStorage: () => Storage = () => window.localStorage): Visit {
  if (thisPageVisit) return thisPageVisit;
  const nowIso = new Date(now).toISOString();
  let visit: Visit = { previous: null, newsPending: false };
  try {
    const storage = getStorage();
    let saved: unknown = null;
    try {
      saved = JSON.parse(storage.getItem(VISITS_KEY) ?? "null");
    } catch {
      saved = null;
    }
    const record = typeof saved === "object" && saved !== null ? (saved as Record<string, unknown>) : {};
    const last = typeof record["current"] === "string" && !Number.isNaN(Date.parse(record["current"])) ? record["current"] : null;
    const previous = typeof record["previous"] === "string" && !Number.isNaN(Date.parse(record["previous"])) ? record["previous"] : null;
    if (last === null) {
      storage.setItem(VISITS_KEY, JSON.stringify({ previous: null, current: nowIso, shown: false }));
    } else if (now - Date.parse(last) > VISIT_GAP_MS) {
      storage.setItem(VISITS_KEY, JSON.stringify({ previous: last, current: nowIso, shown: false }));
      visit = { previous: last, newsPending: true };
    } else {
      storage.setItem(VISITS_KEY, JSON.stringify({ previous, current: nowIso, shown: record["shown"] === true }));
      visit = { previous, newsPending: previous !== null && record["shown"] !== true };
    }
  } catch {
    // Storage blocked: every visit looks like a first, and shows no news.
  }
  thisPageVisit = visit;
  return visit;
}

/** Records that this visit's news has been shown, so it is shown once. */
export function markNewsShown(getStorage: () => Storage = () => window.localStorage): void {
  try {
    const storage = getStorage();
    const saved = JSON.parse(storage.getItem(VISITS_KEY) ?? "null") as Record<string, unknown> | null;
    if (saved && typeof saved === "object") storage.setItem(VISITS_KEY, JSON.stringify({ ...saved, shown: true }));
  } catch {
    // Nothing to record it in.
  }
}
