// The longest text each field holds, and the largest team. The numbers live in limits.json, which the
// plan page's template reads too (as `planLimits`, given it by .eleventy.js), so a form field's
// maxlength and what the store accepts can never disagree.

/**
 * The longest text each field holds (`by` is a person's name or initials, a team member's included),
 * and `members` the most members a team may have: long enough for real use, short enough that a plan fits in a link.
 */
export { default as LIMITS } from "./limits.json" with { type: "json" };
