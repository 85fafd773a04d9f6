// Where a team is with one action: the statuses every other module of the model names. A module of
// its own so the records (records.ts) and the plan (plan-data.ts) can share it without importing each other.

/** Where a team is with one action. "todo" (not started) is kept, not deleted, so an un-tick has a date too. */
export type ActionStatus = "done" | "in-progress" | "not-applicable" | "todo";

/** Every status, in the order a team moves through them. */
export const STATUSES: readonly ActionStatus[] = ["todo", "in-progress", "done", "not-applicable"];
