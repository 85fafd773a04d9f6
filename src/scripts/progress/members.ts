// A member of the team as saved: a name and a role, written as JSON in one register, and an action's
// owner who is a member saved by the member's id, so renaming them keeps their actions.
import { LIMITS } from "./limits";
import { isActionId } from "./records";

/** An owner who is a member of the team is saved as "member:<id>", so renaming them keeps their actions. */
export const MEMBER_PREFIX = "member:";

/**
 * A member as saved: JSON {"name","role"}, the name 1 to LIMITS.by characters, the role a role id or "".
 * Null when it is not one ("" is a removed member).
 */
export function readMember(value: string): { name: string; role: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const { name, role } = parsed as Record<string, unknown>;
  if (typeof name !== "string" || name.trim() === "" || name.length > LIMITS.by) return null;
  if (typeof role !== "string" || (role !== "" && !isActionId(role))) return null;
  return { name, role };
}

/** A member's saved value, with its keys in one order. */
export function memberValue(name: string, role: string): string {
  return JSON.stringify({ name: name.trim().slice(0, LIMITS.by), role });
}
