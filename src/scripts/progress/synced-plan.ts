// The plan this page works on, kept in step with storage and with the guide's other tabs. What this
// page holds is never replaced, only merged into (plan-state.ts): every change first merges what is
// stored, then writes the result; and when another tab saves, its plan is merged in and anything this
// page holds that storage lacks is written back. Merging is idempotent, so two tabs settle after one
// exchange whatever their clocks say. The one exception is "Reset the plan", which marks the stored
// plan with a new reset id: a tab that finds a reset id it does not hold starts again from what is stored.
import { isEmptyState, joinPlans, stateToJson } from "./plan-state";
import { emptyState, type PlanState } from "./state-shape";
import { STORAGE_KEY, VERSION_1_COPY_KEY, VERSION_2_COPY_KEY } from "./storage-keys";
import { keepCopy, parseStored, setAside, type ReadReport, type Stored, type StoreProblem } from "./stored-plan";
import { newWriterId } from "./this-browser";

/** Where another tab's "storage" events arrive: the page's window, or in a test any EventTarget. */
export type StorageEvents = Pick<Window, "addEventListener">;

/** A plan kept in step with one storage (or in memory alone, when there is none) and its other tabs. ProgressStore builds on it. */
export class SyncedPlan {
  /** Why the last save failed, until a save succeeds. */
  problem: StoreProblem;
  /** The latest saved value that could not all be read; the page clears it once shown. */
  report: ReadReport | null = null;
  /** False while an unreadable or older saved value could not be copied aside: it must not be overwritten. */
  private mayWrite = true;
  /** The plan as this page holds it (changed only through change() and reset()). */
  protected plan: PlanState = emptyState();
  private resetId: string | null = null;
  /** This page load's writer id: every change made here is numbered under it. A reset starts a new one. */
  protected writer = newWriterId();
  private listeners = new Set<() => void>();

  /** Reads what `storage` holds; `events` is where another tab's "storage" events arrive, if anywhere. */
  constructor(
    protected readonly storage: Storage | null,
    events: StorageEvents | null,
  ) {
    this.problem = storage ? null : "blocked";
    this.sync("load");
    events?.addEventListener("storage", (event) => {
      // A null key is storage cleared as a whole, which this plan's key goes with.
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.sync("other-tab");
      this.notify();
    });
  }

  /**
   * Applies `edit` and saves the result; returns whether it was saved. With `mergeStoredFirst`, what
   * another tab saved meanwhile is merged first, so a new value stands beside it, not over it.
   */
  protected change(edit: (plan: PlanState) => PlanState, mergeStoredFirst = true): boolean {
    if (mergeStoredFirst) this.sync("other-tab");
    this.plan = edit(this.plan);
    const saved = this.write();
    this.notify();
    return saved;
  }

  /** Clears the whole plan here (ids the guide does not know included), and in the other tabs. */
  reset(): boolean {
    this.plan = emptyState();
    this.resetId = newWriterId();
    this.writer = newWriterId();
    const saved = this.write();
    this.notify();
    return saved;
  }

  /** Calls `listener` after every change, whether made here or in another tab. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** Tells every listener that something changed. */
  protected notify(): void {
    for (const listener of this.listeners) listener();
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

  /** The string saved in storage: equal plans always give equal text. */
  private serialise(): string {
    return JSON.stringify({ ...stateToJson(this.plan), ...(this.resetId ? { reset: this.resetId } : {}) });
  }

  /** Writes what this page holds; returns whether it was saved. */
  private write(): boolean {
    return this.writeStored(this.serialise());
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
      const copyKey = parsed.fromVersion === 1 ? VERSION_1_COPY_KEY : parsed.fromVersion === 2 ? VERSION_2_COPY_KEY : null;
      this.mayWrite = copyKey ? keepCopy(this.storage, copyKey, raw) : true;
      return { state: parsed.state, reset: parsed.reset, raw };
    }
    const keptAside = setAside(this.storage, raw);
    this.mayWrite = keptAside;
    this.report = parsed.ok
      ? { found, unreadable: null, rejected: parsed.rejected, newerVersion: parsed.newerVersion, keptAside }
      : { found, unreadable: parsed.reason, rejected: [], newerVersion: null, keptAside };
    return { state: parsed.ok ? parsed.state : emptyState(), reset: parsed.ok ? parsed.reset : null, raw };
  }

  /** Writes `text` as the stored plan; returns whether it was saved. */
  private writeStored(text: string): boolean {
    if (!this.storage) return false;
    if (!this.mayWrite) {
      this.problem = "full";
      return false;
    }
    try {
      this.storage.setItem(STORAGE_KEY, text);
      this.problem = null;
      return true;
    } catch (error) {
      this.problem = error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "blocked";
      return false;
    }
  }
}
