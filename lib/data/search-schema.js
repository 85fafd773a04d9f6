/**
 * The schema of _data/search.yaml: how search reads a query (question words, misspellings, synonyms)
 * and the common questions it answers. Kept apart from schemas.js, which other datasets own.
 */
import { z } from "zod";
import { markdownProblems } from "../markdown.js";
import { id, source } from "./schemas.js";

const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");

/** Something a person types: letters, digits, spaces, hyphens and apostrophes, compared in any case. */
const phrase = z
  .string({ error: "must be text" })
  .trim()
  .regex(/^[\p{L}\p{N}' -]+$/u, "must be words only (letters, digits, spaces, hyphens and apostrophes)");

const phrases = z.array(phrase, { error: "must be a list of words or phrases" }).min(1, "must list at least one");

/** One rule: any of `say` is searched as `search`. */
const replacement = z.object({ say: phrases, search: phrase }).strict();

/** Markdown, with its links checked as every other Markdown field's are. */
const markdownBlock = text.superRefine((value, ctx) => {
  if (value.length > 5_000) ctx.addIssue({ code: "custom", message: `is ${value.length} characters long, over the 5,000 allowed` });
  else for (const message of markdownProblems(value, { inline: false })) ctx.addIssue({ code: "custom", message });
});

const question = z
  .object({
    id,
    question: text.max(120, "must be at most 120 characters"),
    askedAs: phrases,
    answer: markdownBlock,
    confidence: z.enum(["official", "not-published", "inferred"], { error: 'must be "official", "not-published" or "inferred"' }),
    sources: z.array(source).min(1, "must list at least one source"),
  })
  .strict();

/**
 * A value that should be a list, as one (empty when it is not), for checks that run on malformed data too.
 * @param {unknown} value
 * @returns {any[]}
 */
const list = (value) => (Array.isArray(value) ? value : []);

/** _data/search.yaml */
export const searchSchema = z
  .object({
    questionWords: phrases,
    definitionStarts: phrases,
    misspellings: z.array(replacement),
    synonyms: z.array(replacement),
    questions: z.array(question),
  })
  .strict()
  .superRefine(
    (data, ctx) => {
      // A phrase that two rules replace would be searched as whichever came first: say which.
      const seen = new Map();
      for (const key of /** @type {const} */ (["misspellings", "synonyms"]))
        list(data?.[key]).forEach((rule, i) =>
          list(rule?.say).forEach((said, j) => {
            if (typeof said !== "string") return;
            const phrase = said.trim().toLowerCase();
            if (seen.has(phrase))
              ctx.addIssue({ code: "custom", path: [key, i, "say", j], message: `"${said}" is also in ${seen.get(phrase)}` });
            else seen.set(phrase, `${key}[${i}]`);
          }),
        );
      const ids = new Map();
      list(data?.questions).forEach((q, i) => {
        if (typeof q?.id !== "string") return;
        if (ids.has(q.id))
          ctx.addIssue({
            code: "custom",
            path: ["questions", i, "id"],
            message: `duplicate question id "${q.id}" (first used at questions[${ids.get(q.id)}].id)`,
          });
        else ids.set(q.id, i);
      });
    },
    // Checked even when fields have problems of their own, so one build lists every problem.
    { when: () => true },
  );

/** What a guide without search.yaml searches with: the query as typed, no questions answered. */
export const NO_SEARCH_TUNING = { questionWords: ["the"], definitionStarts: ["what is"], misspellings: [], synonyms: [], questions: [] };
