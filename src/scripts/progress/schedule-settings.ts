// How suggested dates are worked out, as plan.yaml sets it and the actions manifest carries it to the
// page: how long a plan takes without a go-live date, and which action is going live. Data, not code,
// so a content designer can change either without touching the schedule.

/** What suggested dates are worked out from, besides the actions and the team's own dates. */
export interface ScheduleSettings {
  /** Weeks the suggested dates spread over without a go-live date (plan.yaml's defaultWeeks); 0 when the page does not say. */
  defaultWeeks: number;
  /** The id of the action whose suggested date is going live (plan.yaml's goLiveAction); "" for the plan's last action. */
  goLiveAction: string;
}

/** The schedule settings the page's actions manifest carries; no default length on a page without one (so no suggested dates). */
export function readScheduleSettings(doc: Document): ScheduleSettings {
  const data = doc.getElementById("app-actions-manifest")?.dataset;
  return { defaultWeeks: Number(data?.["defaultWeeks"]) || 0, goLiveAction: data?.["goLiveAction"] ?? "" };
}
