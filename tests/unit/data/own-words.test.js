// The guide is written from our research notes (shared/content), never copied from them: any run of
// RUN_LENGTH words that a reader sees and that also appears in a note fails, naming file, entry and field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load as parseYaml, CORE_SCHEMA } from "js-yaml";

const RUN_LENGTH = 12;
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const NOTES = path.resolve(REPO, "../shared/content");
// Every data file, so a new one is checked from the day it is added.
const DATA_FILES = (await readdir(path.join(REPO, "_data")))
  .filter((file) => file.endsWith(".yaml"))
  .sort()
  .map((file) => `_data/${file}`);

// Keys whose values are not our prose: ids and references, addresses, source titles, official names
// (action and document titles and glossary terms keep their usual wording) and fixed vocabularies.
const NOT_PROSE = new Set([
  "id",
  "url",
  "title",
  "term",
  "abbreviations",
  "source",
  "sources",
  "aliases",
  "replaces",
  "type",
  "confidence",
]);

/** Keys that may hold a list of ids. documents.yaml's `documents` is a list of entries: prose to check. */
const ID_LIST_KEYS = new Set(["documents", "actions", "roles", "neededFor", "steps", "terms"]);

/** A list of plain strings under one of ID_LIST_KEYS is references, not prose. */
const isIdList = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");

/** Lowercase words with Markdown, quotes and punctuation removed; hyphens and dashes split words. */
function words(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // keep a link's text, drop its address
    .replace(/https?:\/\/\S+/g, " ")
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, "") // "patient's" and "patients" are the same word
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/** The notes' words, without their citation labels ([APPLY], [SEED](…)) and confidence tags (`[official]`). */
function noteWords(markdown) {
  return words(
    markdown
      .replace(/`\[[a-z-]+\]`/g, " ")
      .replace(/\[[A-Z0-9-]+\](\([^)]*\))?/g, " ")
      .replace(/^\[[A-Z0-9-]+\]:.*$/gm, " "),
  );
}

/**
 * Replaces each official name (a title or alias) with one token, so quoting a long name counts as a
 * single word rather than as copied prose. Longest names first, so a name inside a longer one waits.
 */
function collapseNames(tokens, names) {
  let out = tokens;
  for (const name of names) {
    const next = [];
    for (let i = 0; i < out.length; i += 1) {
      if (name.every((word, j) => out[i + j] === word)) {
        next.push(name.join(" "));
        i += name.length - 1;
      } else {
        next.push(out[i]);
      }
    }
    out = next;
  }
  return out;
}

/** Yields { entry, field, text } for every reader-facing string, `entry` being the nearest id. */
function* proseFields(value, entry = "(top level)", field = "") {
  if (typeof value === "string") {
    yield { entry, field, text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* proseFields(item, entry, `${field}[${index}]`);
  } else if (value && typeof value === "object") {
    const owner = typeof value.id === "string" ? value.id : entry;
    const prefix = owner === entry ? field : "";
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_PROSE.has(key) && !(ID_LIST_KEYS.has(key) && isIdList(item)))
        yield* proseFields(item, owner, prefix ? `${prefix}.${key}` : key);
    }
  }
}

/** Every official name in the data (titles, glossary terms and aliases), as word lists, longest first. */
function officialNames(datasets) {
  const names = new Map();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const texts = key === "title" || key === "source" || key === "term" ? [item] : key === "aliases" ? item : [];
        for (const text of texts) if (typeof text === "string" && words(text).length > 1) names.set(words(text).join(" "), words(text));
        visit(item);
      }
    }
  };
  datasets.forEach(visit);
  return [...names.values()].sort((a, b) => b.length - a.length);
}

test(
  `guide text never copies ${RUN_LENGTH} or more words from the source notes`,
  { skip: existsSync(NOTES) ? false : `no source notes at ${NOTES} (CI checks them out beside the repo)` },
  async () => {
    const datasets = await Promise.all(
      DATA_FILES.map(async (file) => parseYaml(await readFile(path.join(REPO, file), "utf8"), { schema: CORE_SCHEMA })),
    );
    const names = officialNames(datasets);

    // Every RUN_LENGTH-word run in the notes, mapped to the note it comes from.
    const noteRuns = new Map();
    for (const file of (await readdir(NOTES)).sort()) {
      const tokens = collapseNames(noteWords(await readFile(path.join(NOTES, file), "utf8")), names);
      for (let i = 0; i + RUN_LENGTH <= tokens.length; i += 1) {
        const key = tokens.slice(i, i + RUN_LENGTH).join("\u0000");
        if (!noteRuns.has(key)) noteRuns.set(key, file);
      }
    }

    const copies = [];
    for (const [index, data] of datasets.entries()) {
      for (const { entry, field, text } of proseFields(data)) {
        const tokens = collapseNames(words(text), names);
        // Matching windows that follow one another are merged, so each copied passage is reported once, in full.
        let start = -1;
        let last = -1;
        let note = "";
        const flush = () => {
          if (start >= 0)
            copies.push(`${DATA_FILES[index]} › ${entry} › ${field}: "${tokens.slice(start, last + RUN_LENGTH).join(" ")}" (in ${note})`);
          start = -1;
        };
        for (let i = 0; i + RUN_LENGTH <= tokens.length; i += 1) {
          const found = noteRuns.get(tokens.slice(i, i + RUN_LENGTH).join("\u0000"));
          if (!found) continue;
          if (i !== last + 1) {
            flush();
            start = i;
            note = found;
          }
          last = i;
        }
        flush();
      }
    }

    assert.deepEqual(copies, [], `Reword these passages in our own words:\n${copies.join("\n")}\n`);
  },
);
