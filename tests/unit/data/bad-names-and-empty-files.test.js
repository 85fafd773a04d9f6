// Bad data found by trying: an empty data file, a glossary name too long to link, and names that only
// look like others. Each stops the build with one message naming file, entry and field.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { GuideDataError } from "../../../lib/data/problems.js";

/** The problems the guide's own data is refused with after `edit` changes a copy of it. */
async function problemsAfter(edit) {
  const dir = mkdtempSync(path.join(tmpdir(), "guide-data-"));
  try {
    cpSync("_data", dir, { recursive: true });
    edit(dir);
    const error = await loadGuideData(dir).then(
      () => assert.fail("the data should have been refused"),
      (e) => e,
    );
    assert.ok(error instanceof GuideDataError, `expected a GuideDataError, got ${error?.stack ?? error}`);
    return error.problems.map((p) => p.replace(path.relative(process.cwd(), dir), "<data>"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Changes the glossary's first term. */
const editFirstTerm = (change) => (dir) => {
  const file = path.join(dir, "glossary.yaml");
  const glossary = yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
  change(glossary.terms[0]);
  writeFileSync(file, yaml.dump(glossary, { schema: yaml.CORE_SCHEMA, lineWidth: -1 }));
};

describe("an empty data file is named, never a stack trace", () => {
  for (const file of ["site.yaml", "roles.yaml", "process.yaml"]) {
    test(`an empty ${file}`, async () => {
      const problems = await problemsAfter((dir) => writeFileSync(path.join(dir, file), ""));
      assert.ok(
        problems.some((p) => p.startsWith(`<data>/${file}`) && p.includes("file is empty")),
        problems.join("\n"),
      );
    });
  }
});

describe("glossary names", () => {
  test("a term of 5 MB is refused with its entry, before any page tries to link it", async () => {
    const problems = await problemsAfter(editFirstTerm((term) => (term.term = "x".repeat(5_000_000))));
    assert.deepEqual(
      problems.filter((p) => p.includes("terms[0].term")),
      ["<data>/glossary.yaml › terms[0].term: is 5,000,000 characters long, over the 100 a name may have"],
    );
  });

  test("a Cyrillic letter that looks Latin is refused, naming the letter", async () => {
    const problems = await problemsAfter(editFirstTerm((term) => (term.abbreviations = ["\u0420DS"])));
    assert.ok(
      problems.some((p) => p.includes("terms[0].abbreviations[0]") && p.includes("U+0420")),
      problems.join("\n"),
    );
  });

  test("an invisible character in a name is refused", async () => {
    const problems = await problemsAfter(editFirstTerm((term) => (term.aliases = ["P\u200bDS"])));
    assert.ok(
      problems.some((p) => p.includes("terms[0].aliases[0]") && p.includes("invisible character (U+200B)")),
      problems.join("\n"),
    );
  });
});
