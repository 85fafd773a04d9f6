/**
 * Zod schemas for the datasets in _data/. One schema per file; `.strict()` everywhere so a
 * misspelt field is reported rather than silently ignored.
 */
import { z } from "zod";
import { markdownProblems } from "../markdown.js";

/** A kebab-case id: lowercase letters and digits separated by single hyphens. */
export const id = z
  .string({ error: "must be a kebab-case id" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (lowercase letters, digits and single hyphens)");

/** Plain text that is not empty. */
export const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");

/**
 * The longest a Markdown field may be. The longest real one is about 1,200 characters; 20,000 is
 * room for a long page of guidance while stopping a pasted or generated blob before it bloats pages.
 */
export const MAX_MARKDOWN_LENGTH = 20_000;

/** Markdown rendered as a block (`inline: false`) or one line: capped, with links and images checked by markdown-it itself. */
const markdownText = (/** @type {boolean} */ inline) =>
  text.superRefine((value, ctx) => {
    if (value.length > MAX_MARKDOWN_LENGTH) {
      const length = value.length.toLocaleString("en-GB");
      ctx.addIssue({
        code: "custom",
        message: `is ${length} characters long, over the ${MAX_MARKDOWN_LENGTH.toLocaleString("en-GB")} allowed`,
      });
      return;
    }
    // Links and images need "[" (or "<" for an autolink); most fields have neither and skip the parse.
    if (!/[[<]/.test(value)) return;
    for (const message of markdownProblems(value, { inline })) ctx.addIssue({ code: "custom", message });
  });
/** Markdown rendered as a block of paragraphs and lists. */
export const markdownBlock = markdownText(false);
/** Markdown rendered as one line. */
export const markdownLine = markdownText(true);

const httpsUrl = z.url({ protocol: /^https$/, error: "must be a full https:// address" });

/** A real date written YYYY-MM-DD. */
export const isoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "is not a real date",
  );

/**
 * An official (or other) page a statement rests on, with the day someone last checked that the page
 * still says it (`checked`, YYYY-MM-DD; check-dates.js refuses a day after the build's).
 */
export const source = z
  .object(
    { title: text, url: httpsUrl, checked: isoDate },
    { error: "must be a source: its title, url and the date it was checked (title:, url:, checked:)" },
  )
  .strict();

/** When someone last checked an item against its sources (YAML `reviewed`), and optionally who looks after it. */
const review = { reviewed: isoDate.optional(), owner: text.optional() };

/** A link in the site's navigation: not a source of any statement, so it carries no checked date. */
const link = z.object({ title: text, url: httpsUrl }).strict();

/** _data/site.yaml */
export const siteSchema = z
  .object({
    serviceName: text,
    description: text,
    // The public address the feed's links start from: an origin only, as the path prefix comes from PATH_PREFIX.
    url: httpsUrl
      .refine((value) => {
        const address = new URL(value);
        return address.pathname === "/" && !address.search && !address.hash;
      }, "must be the site's address with no path, such as https://nhsconnect.github.io/ (the path prefix comes from PATH_PREFIX)")
      // The documentation domains (RFC 2606) are what a stand-in looks like; a feed must never ship one.
      .refine(
        (value) => !/(^|\.)example\.(org|com|net)$/.test(new URL(value).hostname),
        "is a stand-in address (example.org): give the site's real public address, or leave url out and set SITE_URL when building to publish",
      )
      .optional(),
    lastReviewed: isoDate,
    nextReviewDue: isoDate,
    duration: z.object({ text, variant: text.optional(), variantSource: source.optional() }).strict(),
    links: z.object({ toolkit: link, plan: link, library: link, process: link, developerSupport: link }).strict(),
  })
  .strict()
  .refine((site) => site.nextReviewDue > site.lastReviewed, {
    path: ["nextReviewDue"],
    message: "must be after lastReviewed",
  });

/** A list of role ids (each checked by check-references.js against the ids roles.yaml lists). */
export const roleIds = z.array(id, { error: "must be a list of role ids" });

/**
 * When an action or document applies, by the answers to the plan's questions (_data/plan.yaml):
 * `{ im1: ["yes"] }` applies unless the team answered im1 with something else. Unanswered, it applies.
 */
export const appliesWhen = z.record(id, z.array(id, { error: "must be a list of answer values" }).min(1, "must list at least one answer"), {
  error: "must map question ids to lists of answer values",
});

const action = z
  .object({
    id,
    title: text,
    abbreviations: z.array(text).optional(),
    roles: roleIds.optional(),
    guidance: markdownBlock,
    who: text,
    outcome: text,
    documents: z.array(id, { error: "must be a list of document ids" }),
    conditional: text.optional(),
    appliesWhen: appliesWhen.optional(),
    after: z.array(id, { error: "must be a list of action ids" }).optional(),
    replaces: z.array(id, { error: "must be a list of action ids" }).optional(),
    variants: z.array(markdownLine).optional(),
    unconfirmed: z.array(markdownLine).optional(),
    sources: z.array(source).min(1, "must list at least one official source"),
    ...review,
  })
  .strict();

const step = z
  .object({
    id,
    title: text,
    summary: text,
    planShare: z.number({ error: "must be a whole number of percent" }).int("must be a whole number of percent").min(1).max(100).optional(),
    source,
    ...review,
    actions: z.array(action).min(1, "must have at least one action"),
  })
  .strict();

/** _data/process.yaml */
export const processSchema = z.object({ steps: z.array(step).min(1, "must have at least one step") }).strict();

const documentType = z.object({ id, label: text, plural: text }).strict();

const document = z
  .object({
    id,
    title: text,
    aliases: z.array(text).optional(),
    type: id,
    confidence: z.enum(["official", "reported"], { error: 'must be "official" or "reported"' }),
    format: text.optional(),
    howToGet: markdownLine.optional(),
    roles: roleIds.optional(),
    appliesWhen: appliesWhen.optional(),
    summary: markdownBlock,
    completedBy: text,
    url: httpsUrl,
    source: text,
    // The day someone last checked that `url` still publishes the document.
    checked: isoDate,
    // Other official pages that name or describe the document, such as the page that gives a form's address.
    alsoSee: z.array(source).optional(),
    variants: z.array(markdownLine).optional(),
    unconfirmed: z.array(markdownLine).optional(),
    ...review,
  })
  .strict();

/** _data/documents.yaml */
export const documentsSchema = z
  .object({
    types: z.array(documentType).min(1, "must list at least one document type"),
    documents: z.array(document),
  })
  .strict();

/** The longest a glossary name (term, abbreviation or alias) may be: every page scans its text for each one. */
export const MAX_NAME_LENGTH = 100;

/**
 * A name readers search for and pages link by: short, and written in Latin letters with no invisible
 * characters, so "РDS" (a Cyrillic Р) or "P\u200bDS" can never pass for PDS.
 */
const glossaryName = text.superRefine((value, ctx) => {
  if (value.length > MAX_NAME_LENGTH) {
    ctx.addIssue({
      code: "custom",
      message: `is ${value.length.toLocaleString("en-GB")} characters long, over the ${MAX_NAME_LENGTH} a name may have`,
    });
    return;
  }
  const invisible = value.match(/[\p{Cf}\p{Cc}\u00AD\u115F\u1160\u3164\uFFA0]|\u034F/u);
  if (invisible) {
    const code = invisible[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    ctx.addIssue({ code: "custom", message: `has an invisible character (U+${code}): type the name again` });
  }
  const foreign = value.match(/(?![\p{Script=Latin}])\p{L}/u);
  if (foreign) {
    const code = foreign[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    ctx.addIssue({
      code: "custom",
      message: `has "${foreign[0]}" (U+${code}), a letter outside the Latin alphabet that may look like a Latin one`,
    });
  }
});

const glossaryTerm = z
  .object({
    id,
    term: glossaryName,
    abbreviations: z.array(glossaryName).optional(),
    aliases: z.array(glossaryName).optional(),
    definition: markdownBlock,
    confidence: z.enum(["official", "standard", "third-party", "inferred"], {
      error: 'must be "official", "standard", "third-party" or "inferred"',
    }),
    sources: z.array(source).min(1, "must list at least one source"),
    actions: z.array(id, { error: "must be a list of action ids" }).optional(),
    documents: z.array(id, { error: "must be a list of document ids" }).optional(),
    ...review,
  })
  .strict();

/** _data/glossary.yaml */
export const glossarySchema = z.object({ terms: z.array(glossaryTerm) }).strict();

const role = z
  .object({
    // Any kebab-case id: roles.yaml is the list of roles, and /roles/<id>/ pages and the checklist filter follow it.
    id,
    title: text,
    summary: text,
  })
  .strict();

/** _data/roles.yaml */
export const rolesSchema = z.object({ note: text, roles: z.array(role) }).strict();

const beforeYouStartItem = z
  .object({
    id,
    title: text,
    text: markdownBlock,
    neededFor: z.array(id, { error: "must be a list of action ids" }),
    confidence: z.enum(["official", "third-party", "inferred"], { error: 'must be "official", "third-party" or "inferred"' }),
    sources: z.array(source),
  })
  .strict();

/** _data/before-you-start.yaml */
export const beforeYouStartSchema = z.object({ intro: text, items: z.array(beforeYouStartItem) }).strict();

const answer = z.object({ value: id, label: text, reason: text.optional() }).strict();

const question = z
  .object({
    id,
    question: text,
    hint: text.optional(),
    answers: z.array(answer).min(2, "must offer at least two answers"),
  })
  .strict();

/** The longest a call pack's checklist item may be: one short line on paper. */
export const MAX_CHECKLIST_ITEM = 140;

/** A call the plan prints a pack for: its action, its name, and optionally a checklist and who should attend. */
const callPack = z
  .object({
    action: id,
    name: text,
    checklist: z
      .array(text.max(MAX_CHECKLIST_ITEM, `must be at most ${MAX_CHECKLIST_ITEM} characters: one short line per item`), {
        error: "must be a list of short items, one line each",
      })
      .min(1, "must list at least one item, or be left out")
      .optional(),
    attendees: text.optional(),
  })
  .strict();

/** _data/plan.yaml: the questions that tailor the plan to a service, and how long a plan spans by default. */
export const planSchema = z
  .object({
    intro: text,
    defaultWeeks: z.number({ error: "must be a number of weeks" }).int("must be a whole number of weeks").min(1).max(104),
    goLiveAction: id.optional(), // The action that is going live, for suggested dates; without it, the plan's last action.
    datesNote: text,
    callPacks: z.array(callPack),
    questions: z.array(question).min(1, "must ask at least one question"),
  })
  .strict();

/** The longest a change's title and summary may be: a heading and a line or two, as the log and the feed show them. */
export const MAX_CHANGE_TITLE = 80;
export const MAX_CHANGE_SUMMARY = 300;

const change = z
  .object({
    id,
    date: isoDate,
    // A date known only to the month or year is written as its first day and shown as "December 2023".
    precision: z.enum(["day", "month", "year"], { error: 'must be "day", "month" or "year"' }).optional(),
    title: text.max(MAX_CHANGE_TITLE, `must be at most ${MAX_CHANGE_TITLE} characters`),
    summary: text.max(MAX_CHANGE_SUMMARY, `must be at most ${MAX_CHANGE_SUMMARY} characters`),
    kind: z.enum(["process", "guide"], { error: 'must be "process" (NHS login changed its process) or "guide" (we changed this guide)' }),
    confidence: z.enum(["official", "third-party"], { error: 'must be "official" or "third-party"' }).optional(),
    steps: z.array(id, { error: "must be a list of step ids" }).optional(),
    actions: z.array(id, { error: "must be a list of action ids" }).optional(),
    documents: z.array(id, { error: "must be a list of document ids" }).optional(),
    terms: z.array(id, { error: "must be a list of glossary term ids" }).optional(),
    sources: z.array(source).min(1, "must list at least one source"),
  })
  .strict()
  .refine((entry) => entry.precision !== "month" || entry.date.endsWith("-01"), {
    path: ["date"],
    message: "must be the first day of the month when precision is month",
  })
  .refine((entry) => entry.precision !== "year" || entry.date.endsWith("-01-01"), {
    path: ["date"],
    message: "must be 1 January when precision is year",
  });

/** _data/changes.yaml: what changed in NHS login's process and in this guide, in any order (the log sorts them). */
export const changesSchema = z.object({ changes: z.array(change) }).strict();
