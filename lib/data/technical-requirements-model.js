/**
 * The technical requirements as pages and the browser read them: each with who it applies to in words,
 * and the answers to the plan's questions that rule it out, each with the reason the page shows.
 */
import { lookup } from "./model/lookup.js";

/** @type {Readonly<Record<string, string>>} */
const LEVEL_NAMES = { p0: "P0", p5: "P5", p9: "P9" };
/** @type {Readonly<Record<string, string>>} */
const SERVICE_NAMES = { app: "apps", website: "websites" };

/**
 * The answers that rule a requirement out, by question: ["verification-level=p0+p5", "im1=no"], or none.
 * @param {ReadonlyArray<{ question: string, answer: string }>} exclusions
 */
function ruledOutBy(exclusions) {
  /** @type {Map<string, string[]>} */
  const byQuestion = new Map();
  for (const { question, answer } of exclusions) byQuestion.set(question, [...(byQuestion.get(question) ?? []), answer]);
  return byQuestion.size === 0 ? [] : [[...byQuestion].map(([question, answers]) => `${question}=${answers.join("+")}`).join(",")];
}

/**
 * "P5 and P9", "P0, P5 and P9": a list as a sentence writes it.
 * @param {string[]} words
 */
function joined(words) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * Returns { intro, action, requirements, count, url, progress } from the validated file, or null when the guide has none.
 * Each requirement carries `appliesText` ("P5 and P9; apps and websites"), `exclusions` ([{ question,
 * answer, reason }], as actions carry them: an answer in the list rules it out), `url`, and its roles
 * and terms as summaries. `plan` is plan.yaml; `roleSummaries` and `termSummaries` are Maps by id.
 * @example technicalRequirementsModel(data.technicalRequirements, { plan, roleSummaries, termSummaries })
 */
/**
 * @param {import("./data-types.js").TechnicalRequirementsData | null} data
 * @param {{
 *   plan: import("./data-types.js").PlanData,
 *   roleSummaries: ReadonlyMap<string, import("./model/roles.js").RoleSummary>,
 *   termSummaries: ReadonlyMap<string, import("./model/glossary.js").TermSummary>,
 * }} links
 */
export function technicalRequirementsModel(data, { plan, roleSummaries, termSummaries }) {
  if (!data || data.requirements.length === 0) return null;
  const questions = new Map(plan.questions.map((q) => [q.id, q]));
  // check-requirement-references requires these questions of a plan whose guide has requirements.
  const question = (/** @type {string} */ questionId) => lookup(questions, questionId);
  const levelQuestion = question("verification-level");
  const channelQuestion = question("channel");
  const requirements = data.requirements.map((entry) => {
    const levels = joined(entry.levels.map((level) => LEVEL_NAMES[level] ?? level));
    const services = joined(entry.services.map((service) => SERVICE_NAMES[service] ?? service));
    /** @type {import("../contract.js").Exclusion[]} */
    const exclusions = [
      // An answer that is itself a level or a kind of service the requirement leaves out rules it out;
      // "not sure yet" and "both" never do.
      ...levelQuestion.answers
        .filter((a) => LEVEL_NAMES[a.value] && !entry.levels.includes(a.value))
        .map((a) => ({
          question: levelQuestion.id,
          answer: a.value,
          reason: `it applies only at ${levels}, and your service needs ${LEVEL_NAMES[a.value]}`,
        })),
      ...channelQuestion.answers
        .filter((a) => SERVICE_NAMES[a.value] && !entry.services.includes(a.value))
        .map((a) => ({
          question: channelQuestion.id,
          answer: a.value,
          reason: `it applies only to ${services}, and your service is ${a.value === "app" ? "an app" : "a website"}`,
        })),
      ...Object.entries(entry.appliesWhen ?? {}).flatMap(([questionId, allowed]) =>
        question(questionId)
          .answers.filter((a) => !allowed.includes(a.value))
          // check-requirement-references requires a reason wherever appliesWhen is given.
          .map((a) => ({ question: questionId, answer: a.value, reason: entry.reason ?? "" })),
      ),
    ];
    return {
      ...entry,
      url: `/technical-requirements/#${entry.id}`,
      appliesText: `${levels}; ${services}`,
      exclusions,
      roles: entry.roles.map((roleId) => lookup(roleSummaries, roleId)),
      terms: (entry.terms ?? []).map((termId) => lookup(termSummaries, termId)),
    };
  });
  return {
    intro: data.intro,
    action: data.action ?? null,
    requirements,
    count: requirements.length,
    url: "/technical-requirements/",
    // What an action's step page and checklist entry need to count ticks, kept short as every such page
    // carries it: each id, with the answers that rule it out after a colon, by question
    // ("avoid-webviews:channel=website", "test-scenarios-p9:verification-level=p0+p5").
    progress: requirements.map((r) => [r.id, ...ruledOutBy(r.exclusions)].join(":")).join(" "),
  };
}
