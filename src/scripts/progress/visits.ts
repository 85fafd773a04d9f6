// When this browser last opened the guide, so a page can offer what changed since: a visit ends after
// half an hour with no page of the guide opened, and its news is shown once. Kept in the storage the
// store opens (store.ts's pageStorage), never by naming localStorage here.
import { pageStorage } from "./store";
import { isPlainObject } from "./records";
import { VISITS_KEY } from "./storage-keys";

/** A visit ends after this long with no page of the guide opened. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** What a page needs to know about this visit. */
export interface Visit {
  /** When the previous visit was (ISO 8601), or null on a first visit. */
  previous: string | null;
  /** True until the changes since the previous visit have been shown once. */
  newsPending: boolean;
}

/** A date-time saved by an earlier page view, or null when it is missing or not one. */
function savedMoment(value: unknown): string | null {
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? value : null;
}

/**
 * Records a page view at `now` in `storage` and returns the visit it belongs to. A page opened more
 * than VISIT_GAP_MS after the last one starts a new visit, whose news is then pending. With storage
 * blocked, every visit looks like a first, and shows no news.
 */
export function recordVisit(storage: Storage, now: number): Visit {
  const nowIso = new Date(now).toISOString();
  try {
    let saved: unknown = null;
    try {
      saved = JSON.parse(storage.getItem(VISITS_KEY) ?? "null");
    } catch {
      saved = null;
    }
    const record = isPlainObject(saved) ? saved : {};
    const last = savedMoment(record["current"]);
    const previous = savedMoment(record["previous"]);
    if (last === null) {
      storage.setItem(VISITS_KEY, JSON.stringify({ previous: null, current: nowIso, shown: false }));
      return { previous: null, newsPending: false };
    }
    if (now - Date.parse(last) > VISIT_GAP_MS) {
      storage.setItem(VISITS_KEY, JSON.stringify({ previous: last, current: nowIso, shown: false }));
      return { previous: last, newsPending: true };
    }
    storage.setItem(VISITS_KEY, JSON.stringify({ previous, current: nowIso, shown: record["shown"] === true }));
    return { previous, newsPending: previous !== null && record["shown"] !== true };
  } catch {
    return { previous: null, newsPending: false };
  }
}

let thisPageVisit: Visit | null = null;

/** This page view's visit, recorded once per page load (see recordVisit). */
export function currentVisit(now: number = Date.now(), getStorage: () => Storage = pageStorage): Visit {
  if (thisPageVisit) return thisPageVisit;
  let visit: Visit = { previous: null, newsPending: false };
  try {
    visit = recordVisit(getStorage(), now);
  } catch {
    // Storage blocked: every visit looks like a first, and shows no news.
  }
  thisPageVisit = visit;
  return visit;
}

/** Records that this visit's news has been shown, so it is shown once. */
export function markNewsShown(getStorage: () => Storage = pageStorage): void {
  try {
    const storage = getStorage();
    const saved: unknown = JSON.parse(storage.getItem(VISITS_KEY) ?? "null");
    if (isPlainObject(saved)) storage.setItem(VISITS_KEY, JSON.stringify({ ...saved, shown: true }));
  } catch {
    // Nothing to record it in.
  }
}
