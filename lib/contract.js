/**
 * What the build hands the browser, defined once: the checklist's and plan's actions manifest, the
 * answers that rule an action or requirement out, the plan's questions and its schedule data. Types
 * only, derived from the zod schemas (lib/data/data-types.js) and from the model the build makes
 * (lib/data/build-model.js); browser code imports them with `import type`, so none of this reaches a bundle.
 */

/** The model every template reads as `guide`. @typedef {import("./data/build-model.js").GuideModel} GuideModel */
/** An action as the model holds it. @typedef {import("./data/model/steps.js").Action} Action */

/**
 * An answer to one of the plan's questions that rules an action, document or requirement out, and the reason shown.
 * @typedef {import("./data/model/steps.js").Exclusion} Exclusion
 */

/**
 * One action of the process as the checklist and plan scripts read it from the page's manifest
 * (lib/filters/action-manifest-json.js): its number ("3.8"), guidance address (root-relative), role
 * ids, whether the team may mark it not applicable, and its newest change (absent or null when none).
 * @typedef {Pick<Action, "id" | "title" | "stepId" | "stepTitle" | "stepShare" | "replaces" | "after" | "exclusions"> & {
 *   number: string,
 *   url: string,
 *   roles: string[],
 *   conditional: boolean,
 *   change?: { date: string, url: string } | null,
 * }} ActionInfo
 */

/** One of the plan's questions, with its answers. @typedef {import("./data/data-types.js").PlanQuestion} PlanQuestion */
/** How many weeks a plan spans by default. @typedef {import("./data/data-types.js").PlanData["defaultWeeks"]} DefaultWeeks */
/** The plan's dates: the bank holidays (YYYY-MM-DD) suggested dates skip, and the published estimates. @typedef {GuideModel["planDates"]} PlanDates */
/** A published estimate of the process's length. @typedef {PlanDates["estimates"][number]} Estimate */
/** A technical requirement as its page and the browser read it. @typedef {NonNullable<GuideModel["technicalRequirements"]>["requirements"][number]} TechnicalRequirement */

export {};
