// One field of the plan as a multi-value register: every value written, until an edit made by someone
// who had seen it replaces it. Two people who change one field without seeing each other's change
// leave both values, a conflict the team resolves by choosing (which is an edit like any other).
//
// Each write gets a "dot": the writer (a page load, see store.ts) and that writer's count of writes to
// this field. `seen` holds, for each writer, the highest count this copy of the field has seen. A value
// is dropped in a merge only when the other side has seen its dot and no longer holds it, that is,
// when an edit whose author saw it replaced it. No clock is read: `at` is only shown, never compared.
//
// Written by hand rather than with Automerge or Yjs: Automerge is a megabyte of WebAssembly, over every
// page's budget, and Yjs settles concurrent map writes by client id, so it would drop one of two values.

/** Who made a write (a writer id) and which of their writes to this field it was (1, 2, …). */
export type Dot = [writer: string, count: number];

/** One value written to a field: what, when (the writer's clock, ISO 8601, shown only), by whom, and its dot. */
export interface Entry {
  value: string;
  at: string;
  by?: string;
  dot: Dot;
}

/** For each writer, the highest count of its writes to this field that this copy has seen. */
export type Seen = Record<string, number>;

/** A field: its current values (one, or several in a conflict) and what this copy has seen. */
export interface Register {
  entries: Entry[];
  seen: Seen;
}

function emptySeen(): Seen {
  return Object.create(null) as Seen;
}

/** A register with nothing written. */
export function emptyRegister(): Register {
  return { entries: [], seen: emptySeen() };
}

/** A writer's count in `seen`, or 0. Own properties only: a writer id such as "constructor" is just an id. */
function countOf(seen: Seen, writer: string): number {
  return Object.prototype.hasOwnProperty.call(seen, writer) ? (seen[writer] ?? 0) : 0;
}

/** True when `seen` includes the write `dot`. */
export function hasSeen(seen: Seen, [writer, count]: Dot): boolean {
  return countOf(seen, writer) >= count;
}

/** Both sides' knowledge together: for each writer, the higher count. */
export function joinSeen(a: Seen, b: Seen): Seen {
  const seen = emptySeen();
  for (const writer of Object.keys(a).concat(Object.keys(b)).sort()) seen[writer] = Math.max(countOf(a, writer), countOf(b, writer));
  return seen;
}

const dotKey = ([writer, count]: Dot) => `${writer}\u0000${count}`;

/** One text per entry, for comparing and ordering entries the same way in every browser. */
function entryText(entry: Entry): string {
  return JSON.stringify([entry.dot[0], entry.dot[1], entry.value, entry.at, entry.by ?? ""]);
}

function byDot(a: Entry, b: Entry): number {
  if (a.dot[0] !== b.dot[0]) return a.dot[0] < b.dot[0] ? -1 : 1;
  if (a.dot[1] !== b.dot[1]) return a.dot[1] - b.dot[1];
  const [x, y] = [entryText(a), entryText(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Merges two copies of a field. A value both hold stays; a value one holds stays unless the other has
 * seen its write (and so replaced it). Commutative, associative and idempotent, so tabs, files and
 * links can be merged in any order, any number of times, and agree.
 */
export function joinRegisters(a: Register, b: Register): Register {
  const fromB = new Map(b.entries.map((entry) => [dotKey(entry.dot), entry]));
  const kept = new Map<string, Entry>();
  for (const entry of a.entries) {
    const key = dotKey(entry.dot);
    const other = fromB.get(key);
    // Two different values under one dot can only come from damaged or forged data: keep one, the same everywhere.
    if (other) kept.set(key, entryText(other) > entryText(entry) ? other : entry);
    else if (!hasSeen(b.seen, entry.dot)) kept.set(key, entry);
  }
  const inA = new Set(a.entries.map((entry) => dotKey(entry.dot)));
  for (const entry of b.entries) {
    const key = dotKey(entry.dot);
    if (!inA.has(key) && !hasSeen(a.seen, entry.dot)) kept.set(key, entry);
  }
  return { entries: [...kept.values()].sort(byDot), seen: joinSeen(a.seen, b.seen) };
}

/** What a write needs: the value, the writer, when (its clock) and by whom. */
export interface Write {
  value: string;
  writer: string;
  at: string;
  by?: string;
}

/**
 * Writes a value. It replaces what the writer had seen (`basis`: what was on screen when they began
 * editing; by default everything this copy holds), and the writer's own earlier writes. Values that
 * arrived since the basis stay beside the new one, as a conflict.
 */
export function writeRegister(register: Register, write: Write, basis: Seen = register.seen): Register {
  const dot: Dot = [write.writer, countOf(register.seen, write.writer) + 1];
  const replaced = joinSeen(basis, { [write.writer]: dot[1] });
  const entry: Entry = { value: write.value, at: write.at, ...(write.by ? { by: write.by } : {}), dot };
  const kept = register.entries.filter((existing) => !hasSeen(replaced, existing.dot));
  return { entries: [...kept, entry].sort(byDot), seen: joinSeen(register.seen, { [write.writer]: dot[1] }) };
}

/** The distinct values a field holds, newest by their writers' clocks first (for showing only). */
export function currentEntries(register: Register): Entry[] {
  const seenValues = new Set<string>();
  const time = (entry: Entry) => Date.parse(entry.at) || 0;
  const ordered = [...register.entries].sort((a, b) => time(b) - time(a) || byDot(b, a));
  return ordered.filter((entry) => !seenValues.has(entry.value) && Boolean(seenValues.add(entry.value)));
}

/** True when a field holds two or more different values that nobody has chosen between. */
export function inConflict(register: Register): boolean {
  return currentEntries(register).length > 1;
}

/** A copy of a register, safe to change. */
export function copyRegister(register: Register): Register {
  return {
    entries: register.entries.map((entry) => ({ ...entry, dot: [entry.dot[0], entry.dot[1]] })),
    seen: joinSeen(register.seen, {}),
  };
}

/** True when two registers hold the same values and have seen the same writes. */
export function sameRegister(a: Register, b: Register): boolean {
  return JSON.stringify(registerToJson(a)) === JSON.stringify(registerToJson(b));
}

/** The register as saved: entries in dot order, `seen` with its writers sorted, keys in one order. */
export function registerToJson(register: Register): Register {
  const entries = [...register.entries]
    .sort(byDot)
    .map((e) => ({ value: e.value, at: e.at, ...(e.by ? { by: e.by } : {}), dot: [e.dot[0], e.dot[1]] as Dot }));
  const seen: Seen = {};
  for (const writer of Object.keys(register.seen).sort()) seen[writer] = register.seen[writer] as number;
  return { entries, seen };
}
