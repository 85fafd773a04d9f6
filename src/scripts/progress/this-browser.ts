// Who this browser is, as far as the plan needs to know: the name its changes are recorded under, and
// the writer ids its page loads have written under (so its own changes are told apart from a
// teammate's). Read and written in the storage the store hands over (store.ts alone opens it).
import { LIMITS } from "./limits";
import { NAME_KEY, WRITERS_KEY } from "./storage-keys";

/** How many of this browser's writer ids are remembered. */
const MAX_OWN_WRITERS = 200;

/**
 * A new writer id: random, so two page loads (even in one browser, whose tabs share storage but no
 * lock) never number their writes alike. Each page load is one writer; see register.ts.
 */
export function newWriterId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("") + Date.now().toString(36).slice(-4);
}

/** The name or initials this browser's changes are recorded under, or "" (also when storage cannot be read). */
export function readName(storage: Storage | null): string {
  try {
    return (storage?.getItem(NAME_KEY) ?? "").slice(0, LIMITS.by);
  } catch {
    return "";
  }
}

/** Saves the name this browser's changes are recorded under ("" forgets it); returns whether it was saved. */
export function saveName(storage: Storage | null, name: string): boolean {
  const trimmed = name.trim().slice(0, LIMITS.by);
  try {
    if (!storage) return false;
    if (trimmed) storage.setItem(NAME_KEY, trimmed);
    else storage.removeItem(NAME_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The writer ids this browser has written under, `current` (this page load's) included. */
export function readOwnWriters(storage: Storage | null, current: string): Set<string> {
  const writers = new Set([current]);
  try {
    const saved: unknown = JSON.parse(storage?.getItem(WRITERS_KEY) ?? "[]");
    if (Array.isArray(saved)) for (const id of saved) if (typeof id === "string") writers.add(id);
  } catch {
    // Unreadable: only this page load's writes are known as this browser's.
  }
  return writers;
}

/** Adds `writer` to this browser's writer ids, newest last, keeping the latest few hundred. */
export function rememberWriter(storage: Storage | null, writer: string): void {
  try {
    const known = [...readOwnWriters(storage, writer)].filter((id) => id !== writer);
    storage?.setItem(WRITERS_KEY, JSON.stringify([...known, writer].slice(-MAX_OWN_WRITERS)));
  } catch {
    // Storage full or blocked: the plan itself matters more; the prompt only loses a clock warning.
  }
}
