// The checks every saved, imported or shared value goes through before it is kept: each field's value
// (a known status, a real date, text within its limit, a team member) and the stamp of who set it when.
import { LIMITS } from "./limits";
import { readMember } from "./members";
import { REQUIREMENT_MET, type ActionField, type PlanDateField, type PlanSettingField } from "./plan-data";
import { EARLIEST, isActionId, parseDateTime } from "./records";
import { STATUSES } from "./status";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date YYYY-MM-DD between 2020 and 2100. */
export function isPlanDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const time = parseDateTime(`${value}T00:00:00Z`);
  return time !== null && time >= EARLIEST && value < "2100-01-01";
}

/** Why a field's value is wrong, or null when it is fine. */
export function valueProblem(
  field: ActionField | PlanDateField | PlanSettingField | "answer" | "member" | "requirement",
  value: unknown,
): string | null {
  if (typeof value !== "string") return "it is not text";
  switch (field) {
    case "read":
      return value === "" || isPlanDate(value) ? null : `its read mark "${value.slice(0, 20)}" is not a date`;
    case "serviceName":
      return value.length > LIMITS.serviceName ? `its service name is longer than ${LIMITS.serviceName} characters` : null;
    case "member":
      return value === "" || readMember(value) ? null : "it is not a team member";
    case "status":
      return (STATUSES as readonly string[]).includes(value) ? null : `its status "${value.slice(0, 20)}" is unknown`;
    case "owner":
    case "notes":
      return value.length > LIMITS[field]
        ? `its ${field === "owner" ? "owner is" : "notes are"} longer than ${LIMITS[field]} characters`
        : null;
    case "target":
    case "start":
    case "goLive":
      return value === "" || isPlanDate(value) ? null : `its date "${value.slice(0, 20)}" is not a real date`;
    case "answer":
      return value === "" || isActionId(value) ? null : "its answer is not a known kind of answer";
    case "requirement":
      return value === "" || value === REQUIREMENT_MET ? null : "its tick is unknown";
  }
}

/**
 * Why a stamp (`at`, `by`) is wrong, or null. Any real date is accepted, however far from this
 * computer's clock: a teammate's clock may be wrong, and no change is refused for that.
 */
export function stampProblem(value: Record<string, unknown>): string | null {
  const at = value["at"];
  if (typeof at !== "string") return "it has no date";
  if (parseDateTime(at) === null) return `its date "${at.slice(0, 30)}" is not a real date`;
  const by = value["by"];
  if (by !== undefined && (typeof by !== "string" || by.length > LIMITS.by))
    return `its author is not a name of up to ${LIMITS.by} characters`;
  return null;
}
