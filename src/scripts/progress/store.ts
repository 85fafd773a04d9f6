// The one place that touches storage: the key, reading, writing, and what happens when storage
// is blocked, full, holds something unreadable or old, or is written by another tab at the same moment.
//
// What this page holds is never replaced, only merged into: every save reads what is stored,
// merges (the newest change to each field of each action wins) and writes the result; and when
// another tab saves, its plan is merged in and anything newer held here is written back. So two
// tabs that save at the same moment, or a tab whose last change could not be saved, lose nothing.
import {
  ACTION_FIELDS,
  copyPlan,
  emptyPlan,
  LIMITS,
  mergePlans,
  planToJson,
  readPlan,
  type ActionField,
  type ActionStatus,
  type MergeCount,
  type PlanData,
  type PlanDateField,
} from "./plan-data";
import type { ProgressRecords, RejectedEntry } from "./records";
import { statusRecords } from "./status-view";

/**
 * Namespaced, so other sites' data never collides. The value carries its own version (now 2); the
 * key keeps the name it was given in version 1, so a browser's saved progress is found and upgraded.
 */
export const STORAGE_KEY = "nhs-login-guide:progress:v1";

/** Where a version-1 value is copied, unchanged, before version 2 is first written over it. */
export const VERSION_1_COPY_KEY = "nhs-login-guide:progress:version-1-copy";

/** The name or initials this browser records its changes under. */
export const NAME_KEY = "nhs-login-guide:name";

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
  private plan: PlanData = emptyPlan();
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

  /** A copy of the whole plan, including ids the guide no longer has. */
  data(): PlanData {
    return copyPlan(this.plan);
  }

  /** Every recorded status, by action id, including ids the guide no longer has. */
  all(): ProgressRecords {
    return statusRecords(this.plan);
  }

  /** Records one action's status now; returns whether it was saved. */
  set(id: string, status: ActionStatus): boolean {
    return this.setMany([id], status);
  }

  /** Sets many actions to one status at once (used by reset); returns whether it was saved. */
  setMany(ids: readonly string[], status: ActionStatus): boolean {
    const changes = emptyPlan();
    for (const id of ids) changes.actions[id] = { status: { ...this.stamp(this.plan.actions[id]?.status?.at), value: status } };
    return this.merge(changes).saved;
  }

  /** Sets one field of one action (owner, target date, notes or status); returns whether it was saved. */
  setField(id: string, field: ActionField, value: string): boolean {
    if (!ACTION_FIELDS.includes(field)) return false;
    const changes = emptyPlan();
    changes.actions[id] = { [field]: { ...this.stamp(this.plan.actions[id]?.[field]?.at), value } };
    return this.merge(changes).saved;
  }

  /** Sets the plan's start or go-live date ("" clears it); returns whether it was saved. */
  setDate(field: PlanDateField, value: string): boolean {
    const changes = emptyPlan();
    changes.dates[field] = { ...this.stamp(this.plan.dates[field]?.at), value };
    return this.merge(changes).saved;
  }

  /** Records the team's answer to a question ("" clears it); returns whether it was saved. */
  setAnswer(questionId: string, value: string): boolean {
    const changes = emptyPlan();
    changes.answers[questionId] = { ...this.stamp(this.plan.answers[questionId]?.at), value };
    return this.merge(changes).saved;
  }

  /** Merges a plan in (another tab, an import, a shared link), the newest change to each field winning. */
  merge(incoming: PlanData): { saved: boolean; count: MergeCount } {
    const { plan, count } = mergePlans(this.plan, incoming);
    this.plan = plan;
    const saved = this.save();
    this.notify();
    return { saved, count };
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

  /**
   * When and by whom a change is made: now, or just after the field's last change if this
   * computer's clock has gone back, so a change always beats what it replaces.
   */
  private stamp(previousAt: string | undefined): { at: string; by?: string } {
    const at = new Date(Math.max(Date.now(), (Date.parse(previousAt ?? "") || 0) + 1)).toISOString();
    const by = this.name();
    return by ? { at, by } : { at };
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
    this.plan = mergePlans(this.plan, stored.plan).plan;
    const holdsMore = serialise(this.plan) !== stored.raw && (stored.raw !== null || !isEmpty(this.plan));
    if (holdsMore) this.write();
  }

  /** Reads, merges and writes: another tab may have saved since this page last read. */
  private save(): boolean {
    const stored = this.readStored("other-tab");
    if (stored) this.plan = mergePlans(this.plan, stored.plan).plan;
    return this.write();
  }

  /**
   * Reads the stored plan, keeping every readable field. Anything that cannot be read is copied
   * aside (once for a given value) before it can be overwritten, and so is a version-1 value before
   * version 2 is written over it. Null when storage is unavailable.
   */
  private readStored(found: ReadReport["found"]): { plan: PlanData; raw: string | null } | null {
    if (!this.storage) return null;
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.problem = "blocked";
      return null;
    }
    if (raw === null) return { plan: emptyPlan(), raw };
    const parsed = parseStored(raw);
    if (parsed.ok && parsed.rejected.length === 0 && parsed.newerVersion === null) {
      // The version-1 value stays whole under its own key until version 2 has been written.
      this.mayWrite = parsed.fromVersion === 1 ? this.keepCopy(VERSION_1_COPY_KEY, raw) : true;
      return { plan: parsed.plan, raw };
    }
    const keptAside = this.setAside(raw);
    this.mayWrite = keptAside;
    this.report = parsed.ok
      ? { found, unreadable: null, rejected: parsed.rejected, newerVersion: parsed.newerVersion, keptAside }
      : { found, unreadable: parsed.reason, rejected: [], newerVersion: null, keptAside };
    return { plan: parsed.ok ? parsed.plan : emptyPlan(), raw };
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

  /** Writes what this page holds; returns whether it was saved. */
  private write(): boolean {
    if (!this.storage) return false;
    if (!this.mayWrite) {
      this.problem = "full";
      return false;
    }
    try {
      this.storage.setItem(STORAGE_KEY, serialise(this.plan));
      this.problem = null;
      return true;
    } catch (error) {
      this.problem = error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "blocked";
      return false;
    }
  }
}

/** The string saved in storage: equal plans always give equal text. */
function serialise(plan: PlanData): string {
  return JSON.stringify(planToJson(plan));
}

function isEmpty(plan: PlanData): boolean {
  return Object.keys(plan.actions).length === 0 && Object.keys(plan.answers).length === 0 && !plan.dates.start && !plan.dates.goLive;
}

/** Parses the string saved in storage. Never throws. */
function parseStored(raw: string): ReturnType<typeof readPlan> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  return readPlan(value, Date.now(), { clampFuture: true });
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
