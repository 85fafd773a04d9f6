// Whether a start or go-live date as typed can be saved, in words that say what to fix.
import { pageHolidays } from "../progress/actions";
import { addWorkingDays, countWorkingDays } from "./working-days";

/** Why a start or go-live date cannot be saved, in words naming what to fix; null when it can. */
export type DateProblem = { field: "start" | "goLive"; message: string } | null;

/**
 * Checks a start or go-live date as typed against the other: going live before the start is
 * refused, and so is a plan with fewer working days than the longest chain of actions that must
 * come one after another before going live (`longestChainToGoLive`). An empty date is always allowed.
 */
export function dateProblem(
  field: "start" | "goLive",
  value: string,
  other: string,
  minimumWorkingDays: number,
  describe: (date: string) => string,
  holidays: ReadonlySet<string> = pageHolidays(),
): DateProblem {
  if (!value || !other) return null;
  const [start, goLive] = field === "start" ? [value, other] : [other, value];
  if (goLive < start) {
    return field === "goLive"
      ? { field, message: `Target go-live date must be on or after the start date (${describe(start)})` }
      : { field, message: `Start date must be on or before the target go-live date (${describe(goLive)})` };
  }
  const days = countWorkingDays(start, goLive, holidays);
  if (days < minimumWorkingDays) {
    const earliestGoLive = addWorkingDays(start, minimumWorkingDays - 1, holidays);
    return field === "goLive"
      ? {
          field,
          message: `Target go-live date must be ${describe(earliestGoLive)} or later: the plan needs at least ${minimumWorkingDays} working days for the actions that must come one after another before going live`,
        }
      : {
          field,
          message: `Start date must be earlier: the plan needs at least ${minimumWorkingDays} working days before going live on ${describe(goLive)}, for the actions that must come one after another`,
        };
  }
  return null;
}
