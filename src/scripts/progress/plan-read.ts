// Reading a saved, imported or shared plan of any version into the current shape (plan-state.ts),
// field by field and value by value: one bad value never costs the rest. Versions 1 and 2 are upgraded.
import { stampProblem, valueProblem } from "./field-checks";
import { LIMITS } from "./limits";
import { ACTION_FIELDS, type ActionField, type PlanDateField, type PlanSettingField } from "./plan-data";
import { DATE_FIELDS, emptyState, SETTING_FIELDS, STATE_VERSION, type PlanState } from "./state-shape";
import { isActionId, isPlainObject, type RejectedEntry } from "./records";
import { joinSeen, type Dot, type Entry, type Register, type Seen } from "./register";
import { readPlan, stateFromVersion2 } from "./version-2";

/** The most values one field may hold at once: a conflict between every member of a large team. */
export const MAX_ENTRIES = 20;

/** The most writers one field may have seen: years of page loads by a large team. */
export const MAX_WRITERS = 2000;

/** A writer id: what store.ts makes (random, lower-case letters and digits), or "v2" for upgraded values. */
const WRITER = /^[a-z0-9]{1,24}$/;

/** The result of reading: the good values, the ones left out and why, and the version it came from. */
export type StateReadResult =
  | { ok: true; state: PlanState; rejected: RejectedEntry[]; newerVersion: number | null; fromVersion: number }
  | { ok: false; reason: string };

function readDot(raw: unknown): Dot | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [writer, count] = raw as unknown[];
  if (typeof writer !== "string" || !WRITER.test(writer)) return null;
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 1) return null;
  return [writer, count];
}

/** Reads one field's register; the register (with the values that could be read), or why none could. */
function readRegister(
  name: ActionField | PlanDateField | PlanSettingField | "answer" | "member" | "requirement",
  raw: unknown,
  reject: (why: string) => void,
): Register | null {
  if (!isPlainObject(raw) || !Array.isArray(raw["entries"]) || !isPlainObject(raw["seen"])) {
    reject(`its ${name} is not a record`);
    return null;
  }
  const rawSeen = raw["seen"];
  const writers = Object.keys(rawSeen);
  if (raw["entries"].length > MAX_ENTRIES || writers.length > MAX_WRITERS) {
    reject(`its ${name} holds more values or history than any plan could`);
    return null;
  }
  let seen: Seen = joinSeen({}, {});
  for (const writer of writers) {
    const count = rawSeen[writer];
    if (!WRITER.test(writer) || typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      reject(`its ${name} has a damaged history`);
      return null;
    }
    seen[writer] = count;
  }
  const entries: Entry[] = [];
  for (const item of raw["entries"] as unknown[]) {
    const dot = isPlainObject(item) ? readDot(item["dot"]) : null;
    const why = !isPlainObject(item)
      ? `its ${name} is not a record`
      : (valueProblem(name, item["value"]) ?? stampProblem(item) ?? (dot ? null : `its ${name} has no valid writer`));
    if (why || !dot || !isPlainObject(item)) {
      reject(why ?? `its ${name} is not a record`);
      continue;
    }
    const by = typeof item["by"] === "string" && item["by"] !== "" ? { by: item["by"] } : {};
    entries.push({ value: item["value"] as string, at: item["at"] as string, ...by, dot });
    // Whatever a register holds, it has seen.
    seen = joinSeen(seen, { [dot[0]]: dot[1] });
  }
  return { entries, seen };
}

/** Reads a version-3 value. */
function readVersion3(data: Record<string, unknown>, rejected: RejectedEntry[]): PlanState | string {
  const actions = data["actions"];
  if (!isPlainObject(actions)) return "it has no list of actions";
  const state = emptyState();
  for (const [id, record] of Object.entries(actions)) {
    if (!isActionId(id)) rejected.push({ id, why: "it is not an action id" });
    else if (!isPlainObject(record)) rejected.push({ id, why: "it is not a record" });
    else {
      const registers: PlanState["actions"][string] = {};
      for (const name of ACTION_FIELDS) {
        if (record[name] === undefined) continue;
        const register = readRegister(name, record[name], (why) => rejected.push({ id, why }));
        if (register) registers[name] = register;
      }
      if (Object.keys(registers).length > 0) state.actions[id] = registers;
    }
  }
  const dates = isPlainObject(data["dates"]) ? data["dates"] : {};
  for (const name of DATE_FIELDS) {
    if (dates[name] === undefined) continue;
    const id = name === "start" ? "start date" : "go-live date";
    const register = readRegister(name, dates[name], (why) => rejected.push({ id, why }));
    if (register) state.dates[name] = register;
  }
  const answers = isPlainObject(data["answers"]) ? data["answers"] : {};
  for (const [questionId, raw] of Object.entries(answers)) {
    if (!isActionId(questionId)) {
      rejected.push({ id: questionId, why: "it is not a question id" });
      continue;
    }
    const register = readRegister("answer", raw, (why) => rejected.push({ id: questionId, why }));
    if (register) state.answers[questionId] = register;
  }
  const members = isPlainObject(data["members"]) ? data["members"] : {};
  const memberIds = Object.keys(members);
  if (memberIds.length > LIMITS.members) rejected.push({ id: "team", why: `it has more than ${LIMITS.members} members` });
  else
    for (const memberId of memberIds) {
      if (!isActionId(memberId)) {
        rejected.push({ id: memberId, why: "it is not a member id" });
        continue;
      }
      const register = readRegister("member", members[memberId], (why) => rejected.push({ id: memberId, why }));
      if (register) state.members[memberId] = register;
    }
  const settings = isPlainObject(data["settings"]) ? data["settings"] : {};
  for (const name of SETTING_FIELDS) {
    if (settings[name] === undefined) continue;
    const register = readRegister(name, settings[name], (why) => rejected.push({ id: "service name", why }));
    if (register) state.settings[name] = register;
  }
  // Ticks of requirements this guide no longer lists are kept, as actions' are: they may come back.
  const requirements = isPlainObject(data["requirements"]) ? data["requirements"] : {};
  for (const [requirementId, raw] of Object.entries(requirements)) {
    if (!isActionId(requirementId)) {
      rejected.push({ id: requirementId, why: "it is not a requirement id" });
      continue;
    }
    const register = readRegister("requirement", raw, (why) => rejected.push({ id: requirementId, why }));
    if (register) state.requirements[requirementId] = register;
  }
  return state;
}

/**
 * Reads a versioned value of any version this guide has used, upgrading older ones. A value from a
 * newer version is read as far as its fields have the shape this version knows. Never throws.
 */
export function readState(value: unknown): StateReadResult {
  if (!isPlainObject(value)) return { ok: false, reason: "it is not a progress record" };
  const version = value["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { ok: false, reason: "it has no version number" };
  if (version < STATE_VERSION) {
    const older = readPlan(value);
    if (!older.ok) return older;
    return { ok: true, state: stateFromVersion2(older.plan), rejected: older.rejected, newerVersion: null, fromVersion: version };
  }
  const rejected: RejectedEntry[] = [];
  const state = readVersion3(value, rejected);
  if (typeof state === "string") return { ok: false, reason: state };
  return { ok: true, state, rejected, newerVersion: version > STATE_VERSION ? version : null, fromVersion: version };
}
