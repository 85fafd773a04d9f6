/**
 * Loads the guide's datasets from a data folder, validates them and builds the model the
 * templates render. Every problem in every file is collected before anything is thrown, so one
 * build run lists them all.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { load as parseYaml, CORE_SCHEMA, YAMLException } from "js-yaml";
import { CST, LineCounter, Parser } from "yaml";
import {
  beforeYouStartSchema,
  changesSchema,
  documentsSchema,
  glossarySchema,
  planSchema,
  processSchema,
  rolesSchema,
  siteSchema,
} from "./schemas.js";
import { NO_SEARCH_TUNING, searchSchema } from "./search-schema.js";
import { checkReferences } from "./check-references.js";
import { checkRequirementReferences, technicalRequirementsSchema } from "./technical-requirements-schema.js";
import { checkDates, todayIso } from "./check-dates.js";
import { buildModel } from "./build-model.js";
import { GuideDataError, problem } from "./problems.js";

/**
 * The validated datasets by key, and search.yaml's tuning.
 * @typedef {import("./data-types.js").Datasets & { search: import("./data-types.js").SearchData }} AllDatasets
 */
/** Each dataset's file as problems name it (its path from the working folder). @typedef {Record<keyof typeof DATASETS, string>} Labels */
/** The datasets validated so far. @typedef {{ [K in keyof AllDatasets]?: AllDatasets[K] | undefined }} SomeDatasets */
/**
 * Parsed YAML before validation: the reference and date checks walk it defensively (`list()`, `?.`),
 * so each reports what it can follow even in a file with shape errors.
 * @typedef {Record<string, any>} RawData
 */

/** The guide as templates read it (`guide`): the model and search.yaml's tuning. @typedef {Awaited<ReturnType<typeof loadGuideData>>} Guide */

/** Each dataset's file. */
const DATASETS = {
  site: "site.yaml",
  process: "process.yaml",
  documents: "documents.yaml",
  glossary: "glossary.yaml",
  roles: "roles.yaml",
  beforeYouStart: "before-you-start.yaml",
  plan: "plan.yaml",
  changes: "changes.yaml",
  search: "search.yaml",
  technicalRequirements: "technical-requirements.yaml",
};

/**
 * Validates one dataset against its schema into `valid`, adding any problems to `problems`. One case
 * per key, so that each dataset keeps its own schema's type.
 * @param {keyof typeof DATASETS} key
 * @param {unknown} data
 * @param {SomeDatasets} valid
 * @param {string} label
 * @param {string[]} problems
 */
function validateInto(key, data, valid, label, problems) {
  if (key === "site") valid.site = validate(siteSchema, data, label, problems);
  else if (key === "process") valid.process = validate(processSchema, data, label, problems);
  else if (key === "documents") valid.documents = validate(documentsSchema, data, label, problems);
  else if (key === "glossary") valid.glossary = validate(glossarySchema, data, label, problems);
  else if (key === "roles") valid.roles = validate(rolesSchema, data, label, problems);
  else if (key === "beforeYouStart") valid.beforeYouStart = validate(beforeYouStartSchema, data, label, problems);
  else if (key === "plan") valid.plan = validate(planSchema, data, label, problems);
  else if (key === "changes") valid.changes = validate(changesSchema, data, label, problems);
  else if (key === "search") valid.search = validate(searchSchema, data, label, problems);
  else valid.technicalRequirements = validate(technicalRequirementsSchema, data, label, problems);
}

/**
 * Files a guide may go without, and what stands in for them. A guide with no change log yet is
 * complete (so are the synthetic data sets the benchmark writes): its log is empty and it has no feed.
 */
const OPTIONAL = { changes: { changes: [] }, search: NO_SEARCH_TUNING, technicalRequirements: null };

/** How many aliases one problem lists before it only counts the rest. */
const ALIASES_LISTED = 5;

/**
 * Where a YAML source uses aliases (*name), as "*name at line L, column C". An alias repeats
 * another value, so a small file can expand into pages of megabytes; js-yaml has no option to
 * refuse them, so the yaml package's parser, which knows each token's place, finds them.
 * @param {string} source
 */
function findAliases(source) {
  // An alias must point at an anchor (&name) earlier in the file: without "&" there is none to find.
  if (!source.includes("&")) return [];
  const lines = new LineCounter();
  /** @type {string[]} */
  const found = [];
  for (const document of new Parser(lines.addNewLine).parse(source)) {
    if (document.type !== "document") continue;
    CST.visit(document, (item) => {
      for (const token of [item.key, item.value]) {
        if (token?.type !== "alias") continue;
        const { line, col } = lines.linePos(token.offset);
        found.push(`${token.source.trim()} at line ${line}, column ${col}`);
      }
    });
  }
  return found;
}

/**
 * Reads one YAML file; returns its data or undefined, adding any problems to `problems`. `fallback` stands in for a missing optional file.
 * @param {string} filePath
 * @param {string} label
 * @param {string[]} problems
 * @param {unknown} fallback
 * @returns {Promise<unknown>}
 */
async function readYaml(filePath, label, problems, fallback) {
  let source;
  try {
    source = await readFile(filePath, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    if (code === "ENOENT" && fallback !== undefined) return fallback === null ? null : structuredClone(fallback);
    problems.push(
      problem(
        label,
        [],
        code === "ENOENT" ? "file is missing" : `cannot be read (${error instanceof Error ? error.message : String(error)})`,
      ),
    );
    return undefined;
  }
  /** @type {unknown} */
  let data;
  try {
    // The core schema keeps dates as text (the schemas check them) and is several times faster
    // than the yaml package on large files.
    data = parseYaml(source, { schema: CORE_SCHEMA, filename: label });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml publishes no types: its error carries `mark` (where) and `reason` (what).
    const where = error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : "";
    problems.push(problem(label, [], `YAML syntax error${where}: ${error.reason}`));
    return undefined;
  }
  // An empty file (or one of comments only) holds nothing to check: say so, rather than fail later.
  if (data === undefined || data === null) {
    problems.push(problem(label, [], 'file is empty: it must hold this dataset (see the README\'s "Editing the content")'));
    return undefined;
  }
  const aliases = findAliases(source);
  if (aliases.length > 0) {
    const more = aliases.length > ALIASES_LISTED ? ` and ${aliases.length - ALIASES_LISTED} more` : "";
    const listed = aliases.slice(0, ALIASES_LISTED).join("; ");
    problems.push(problem(label, [], `YAML aliases are not allowed, write each value out in full: ${listed}${more}`));
    // Not validated: checking the expanded data is what an alias bomb makes endless.
    return undefined;
  }
  return data;
}

/**
 * Validates parsed data against its schema; returns the parsed value or undefined.
 * @template T
 * @param {import("zod").ZodType<T>} schema
 * @param {unknown} data
 * @param {string} label
 * @param {string[]} problems
 * @returns {T | undefined}
 */
function validate(schema, data, label, problems) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) problems.push(problem(label, [...issue.path, key], "is not a known field (check its spelling)"));
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      problems.push(problem(label, issue.path, "is required"));
    } else {
      problems.push(problem(label, issue.path, issue.message));
    }
  }
  return undefined;
}

/**
 * Loads `site.yaml`, `process.yaml`, `documents.yaml`, `glossary.yaml`, `roles.yaml`,
 * `before-you-start.yaml`, `plan.yaml` and, if there are, `changes.yaml` and `technical-requirements.yaml` from `dataDir`.
 * `today` (YYYY-MM-DD, the build's date in UTC unless given) is the latest date a change or a review
 * may carry, and the date the model's review dates are judged against.
 * Throws a GuideDataError naming file, entry and field of every problem found.
 * @example const guide = await loadGuideData("_data");
 * `siteUrl`, when given, replaces site.yaml's `url` (the deployment sets it with SITE_URL).
 * @example const guide = await loadGuideData("tests/fixtures/minimal", { today: "2026-12-01" });
 * @param {string} dataDir
 * @param {{ today?: string, siteUrl?: string | undefined }} [options]
 */
export async function loadGuideData(dataDir, { today = todayIso(), siteUrl } = {}) {
  /** @type {string[]} */
  const problems = [];
  /** @type {RawData} */
  const raw = {};
  /** @type {SomeDatasets} */
  const valid = {};
  /** @type {Labels} */
  const labels = { ...DATASETS }; // each replaced by its path below
  for (const key of keyList(DATASETS)) {
    const file = DATASETS[key];
    const filePath = path.join(dataDir, file);
    labels[key] = path.relative(process.cwd(), filePath) || filePath;
    const fallback = key in OPTIONAL ? Reflect.get(OPTIONAL, key) : undefined;
    raw[key] = await readYaml(filePath, labels[key], problems, fallback);
    // The public address can come from the deployment (SITE_URL), checked like the one in site.yaml.
    if (key === "site" && siteUrl && raw[key] && typeof raw[key] === "object") raw[key] = { ...raw[key], url: siteUrl };
    // A missing technical-requirements.yaml (its stand-in is null) is simply absent.
    if (key === "technicalRequirements" && raw[key] === null) valid.technicalRequirements = null;
    else if (raw[key] !== undefined) validateInto(key, raw[key], valid, labels[key], problems);
  }
  // References are checked even when a file has shape errors, so one run lists every problem;
  // the checks skip whatever is too malformed to follow.
  problems.push(...checkReferences(raw, labels));
  problems.push(...checkRequirementReferences(raw, labels));
  problems.push(...checkDates(raw, labels, today));
  if (problems.length > 0) throw new GuideDataError(problems);
  const { site, process: processData, documents, glossary, roles, beforeYouStart, plan, changes, search, technicalRequirements } = valid;
  // Every file read and validated when no problem was found: anything else is a bug in this loader.
  if (!site || !processData || !documents || !glossary || !roles || !beforeYouStart || !plan || !search)
    throw new Error("A dataset is missing although no problem was reported");
  const datasets = {
    site,
    process: processData,
    documents,
    glossary,
    roles,
    beforeYouStart,
    plan,
    technicalRequirements: technicalRequirements ?? null,
  };
  return { ...buildModel(changes ? { ...datasets, changes } : datasets, { today }), search };
}

/**
 * An object's own keys, typed as its keys (Object.keys gives plain strings).
 * @template {object} T
 * @param {T} object
 * @returns {Array<Extract<keyof T, string>>}
 */
function keyList(object) {
  return Object.keys(object).filter(/** @returns {key is Extract<keyof T, string>} */ (key) => key in object);
}
