// Export and import of a plan as a JSON file. Loaded when a team imports or exports, not with the
// page (see progress-controls.ts).
import { EXPORT_FORMAT } from "./export-format";
import { LIMITS } from "./limits";
import { readState } from "./plan-read";
import { stateToJson } from "./plan-state";
import { emptyState, type PlanState } from "./state-shape";
import { describeRejected, isPlainObject, plural } from "./records";

/**
 * The most entries a file or link may hold for actions or questions this guide does not have (from
 * an older or newer guide). Actions are kept, to come back if the guide brings them back; answers to
 * questions this guide does not ask are not. Past this, the whole file is refused: no real plan has so many.
 */
export const MAX_UNKNOWN_IDS = 100;

/** The JSON file a team downloads: the whole plan, every value with when and by whom it was written. */
export function exportJson(state: PlanState, now: Date, by = ""): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...(by ? { exportedBy: by } : {}), ...stateToJson(state) }, null, 2)}\n`;
}

/** What this guide knows: action ids (with those they replace) and question ids. */
export interface KnownIds {
  actions: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

/** The result of reading an import file or a shared link: the plan to merge, and what it holds that this guide does not know. */
export type ImportResult =
  | { ok: true; state: PlanState; unknownIds: string[]; unknownAnswers: number; sharedBy: string; sharedAt: string | null }
  | { ok: false; why: string };

/**
 * Reads an exported plan (a file's text, or a shared link's content, already parsed). Refuses anything
 * but a plan exported from this guide, and refuses the whole of it when any entry is damaged or it
 * holds more than any real plan could, naming what is wrong. Nothing is refused for its dates.
 */
export function readExport(value: unknown, known: KnownIds): ImportResult {
  if (Array.isArray(value)) return { ok: false, why: "it holds a list, not a progress file exported from this guide" };
  if (!isPlainObject(value) || value["format"] !== EXPORT_FORMAT)
    return { ok: false, why: "it is not a progress file exported from this guide" };
  const read = readState(value);
  if (!read.ok) return { ok: false, why: read.reason };
  if (read.rejected.length > 0) {
    const count = read.rejected.length;
    return { ok: false, why: `${plural(count, "entry is", "entries are")} not valid: ${describeRejected(read.rejected)}` };
  }
  if (read.newerVersion !== null) return { ok: false, why: `it was made by a newer version of this guide (version ${read.newerVersion})` };
  const unknownIds = Object.keys(read.state.actions).filter((id) => !known.actions.has(id));
  const unknownQuestions = Object.keys(read.state.answers).filter((id) => !known.questions.has(id));
  if (unknownIds.length + unknownQuestions.length > MAX_UNKNOWN_IDS) {
    const what = [
      unknownIds.length > 0 ? plural(unknownIds.length, "action", "actions") : "",
      unknownQuestions.length > 0 ? `answers to ${plural(unknownQuestions.length, "question", "questions")}` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    return {
      ok: false,
      why: `it holds ${what} that this guide does not have, more than any real plan (at most ${MAX_UNKNOWN_IDS})`,
    };
  }
  const state = emptyState();
  state.dates = read.state.dates;
  state.settings = read.state.settings;
  Object.assign(state.members, read.state.members);
  Object.assign(state.actions, read.state.actions);
  Object.assign(state.requirements, read.state.requirements);
  for (const [id, register] of Object.entries(read.state.answers)) if (known.questions.has(id)) state.answers[id] = register;
  const sharedBy =
    typeof value["sharedBy"] === "string"
      ? value["sharedBy"].slice(0, LIMITS.by)
      : typeof value["exportedBy"] === "string"
        ? value["exportedBy"].slice(0, LIMITS.by)
        : "";
  const stamp = value["sharedAt"] ?? value["exportedAt"];
  return {
    ok: true,
    state,
    unknownIds,
    unknownAnswers: unknownQuestions.length,
    sharedBy,
    sharedAt: typeof stamp === "string" ? stamp : null,
  };
}

/** Reads an import file's text; a refusal comes as the message the page shows. */
export function parseImport(text: string, known: KnownIds): Extract<ImportResult, { ok: true }> | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const result =
    value === undefined
      ? ({ ok: false, why: "it is not a progress file exported from this guide (it is not valid JSON)" } as const)
      : readExport(value, known);
  return result.ok ? result : { ok: false, message: `This file cannot be imported: ${result.why}. Your progress has not changed.` };
}

export { EXPORT_FORMAT, exportFileName, MAX_IMPORT_BYTES, withoutControls } from "./export-format";
export { STATUS_LABELS } from "./wording";
