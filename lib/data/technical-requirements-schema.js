/**
 * The schema of _data/technical-requirements.yaml, the rules NHS login checks before go-live, and the
 * checks of what it refers to (roles, glossary terms, the plan's questions), which the schema alone
 * cannot see.
 */
import { z } from "zod";
import { appliesWhen, id, markdownBlock, roleIds, source, text } from "./schemas.js";
import { problem } from "./problems.js";

/** The verification levels a requirement can apply to: the values of the plan's verification-level answers. */
export const LEVELS = ["p0", "p5", "p9"];
/** The kinds of service a requirement can apply to: the values of the plan's channel answers. */
export const SERVICES = ["app", "website"];

const requirement = z
  .object({
    id,
    title: text,
    // What a reader searches for to find it ("logout", "webview"): indexed with the requirement.
    subject: z.array(text, { error: "must be a list of search words" }).min(1, "must list at least one subject"),
    statement: markdownBlock,
    why: markdownBlock,
    howToShow: markdownBlock,
    levels: z.array(z.enum(LEVELS, { error: `must be one of ${LEVELS.join(", ")}` })).min(1, "must list at least one verification level"),
    services: z
      .array(z.enum(SERVICES, { error: `must be one of ${SERVICES.join(", ")}` }))
      .min(1, "must list at least one kind of service"),
    appliesWhen: appliesWhen.optional(),
    // Why it does not apply when appliesWhen rules it out: the page shows it.
    reason: text.optional(),
    roles: roleIds.min(1, "must list at least one role"),
    terms: z.array(id, { error: "must be a list of glossary term ids" }).optional(),
    sources: z.array(source).min(1, "must list at least one official source"),
  })
  .strict();

/** _data/technical-requirements.yaml */
export const technicalRequirementsSchema = z
  .object({ intro: text, action: id.optional(), requirements: z.array(requirement).min(1, "must list at least one requirement") })
  .strict();

/** A value that should be a list, as one (empty when it is not), for checks that run on malformed data too. @param {unknown} value @returns {any[]} */
const list = (value) => (Array.isArray(value) ? value : []);

/**
 * The requirements' references: the action they show under, roles that roles.yaml lists, glossary terms that exist, a reason
 * wherever appliesWhen rules a requirement out, and questions and answers of the plan that exist (including verification-level and channel, which levels and
 * services stand for). `data` and `labels` are keyed as for checkReferences; a missing file is skipped.
 * @example checkRequirementReferences({ technicalRequirements, glossary, plan }, labels)
 * @param {import("./load-guide-data.js").RawData} data
 * @param {import("./load-guide-data.js").Labels} labels
 */
export function checkRequirementReferences({ technicalRequirements, glossary, plan, process, roles }, labels) {
  const problems = [];
  const label = labels.technicalRequirements;
  const actionIds = process === undefined ? null : new Set(list(process?.steps).flatMap((step) => list(step?.actions).map((a) => a?.id)));
  if (actionIds && typeof technicalRequirements?.action === "string" && !actionIds.has(technicalRequirements.action))
    problems.push(problem(label, ["action"], `no action with id "${technicalRequirements.action}"`));
  const entries = list(technicalRequirements?.requirements);
  const seen = new Map();
  const termIds = glossary === undefined ? null : new Set(list(glossary?.terms).map((t) => t?.id));
  // The roles are the ones roles.yaml lists; without a readable roles.yaml there is nothing to check against.
  const roleIds = roles === undefined ? null : new Set(list(roles?.roles).map((r) => r?.id));
  const questions = plan === undefined ? null : new Map(list(plan?.questions).map((q) => [q?.id, q]));
  if (questions && entries.length > 0)
    for (const questionId of ["verification-level", "channel"])
      if (!questions.has(questionId))
        problems.push(problem(labels.plan, ["questions"], `must ask "${questionId}": ${label} tailors requirements by it`));
  entries.forEach((entry, i) => {
    const at = ["requirements", i];
    if (typeof entry?.id === "string") {
      if (seen.has(entry.id))
        problems.push(
          problem(label, [...at, "id"], `duplicate requirement id "${entry.id}" (first used at requirements[${seen.get(entry.id)}].id)`),
        );
      else seen.set(entry.id, i);
    }
    if (roleIds)
      list(entry?.roles).forEach((roleId, r) => {
        if (typeof roleId === "string" && !roleIds.has(roleId))
          problems.push(problem(label, [...at, "roles", r], `no role with id "${roleId}"`));
      });
    if (termIds)
      list(entry?.terms).forEach((termId, t) => {
        if (typeof termId === "string" && !termIds.has(termId))
          problems.push(problem(label, [...at, "terms", t], `no glossary term with id "${termId}"`));
      });
    const conditions = entry?.appliesWhen;
    // Checked here, not by a refinement, so it is reported even when the entry has other problems.
    if (conditions !== undefined && typeof entry?.reason !== "string")
      problems.push(problem(label, [...at, "reason"], "is required with appliesWhen: the page says why the requirement does not apply"));
    if (questions && conditions && typeof conditions === "object" && !Array.isArray(conditions))
      for (const [questionId, values] of Object.entries(conditions)) {
        const question = questions.get(questionId);
        if (!question) {
          problems.push(problem(label, [...at, "appliesWhen", questionId], `no question with id "${questionId}" in ${labels.plan}`));
          continue;
        }
        list(values).forEach((value, v) => {
          if (typeof value === "string" && !list(question.answers).some((a) => a?.value === value))
            problems.push(problem(label, [...at, "appliesWhen", questionId, v], `question "${questionId}" has no answer "${value}"`));
        });
      }
  });
  return problems;
}
