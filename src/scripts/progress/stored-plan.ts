// The plan as stored, and keeping what must not be lost before anything is written over it: a value
// this version cannot wholly read is set aside, and one saved by an older version is copied under its
// version's key. Works in the storage the store opens and hands over (store.ts alone names localStorage).
import { readState, type StateReadResult } from "./plan-read";
import { isPlainObject, type RejectedEntry } from "./records";
import type { PlanState } from "./state-shape";
import { SET_ASIDE_PREFIX } from "./storage-keys";

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

/** The stored value: the plan, the id of the last reset, if any, and the text as stored (null when nothing is). */
export interface Stored {
  state: PlanState;
  reset: string | null;
  raw: string | null;
}

/** Why progress is not being saved, if it is not. */
export type StoreProblem = "blocked" | "full" | null;

/** Copies `raw` under `key` unless it is there already; returns whether the copy exists. */
export function keepCopy(storage: Storage, key: string, raw: string): boolean {
  try {
    if (storage.getItem(key) !== raw) storage.setItem(key, raw);
    return true;
  } catch {
    return false;
  }
}

/** Copies an unreadable value aside unless an identical copy is there already; returns whether a copy exists. */
export function setAside(storage: Storage, raw: string): boolean {
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

/** Parses the string saved in storage, with its reset id. Never throws. */
export function parseStored(raw: string): (StateReadResult & { ok: true; reset: string | null }) | (StateReadResult & { ok: false }) {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  const read = readState(value);
  if (!read.ok) return read;
  const reset = isPlainObject(value) ? value["reset"] : null;
  return { ...read, reset: typeof reset === "string" && reset.length <= 40 ? reset : null };
}
