import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { buildSite } from "../eleventy-build.js";

describe("a build from bad data", () => {
  /** @type {Awaited<ReturnType<typeof buildSite>>} */
  let build;
  before(async () => {
    build = await buildSite("tests/fixtures/duplicate-ids");
  });
  after(() => rm(build.outputDir, { recursive: true, force: true }));

  test("fails", () => {
    assert.notEqual(build.code, 0);
  });

  test("prints the problems once", () => {
    const output = build.stdout + build.stderr;
    const problem = 'tests/fixtures/duplicate-ids/documents.yaml › documents[1].id: duplicate document id "a-form"';
    assert.equal(output.split("The guide's data has 2 problems:").length - 1, 1, output);
    assert.equal(output.split(problem).length - 1, 1, output);
  });

  test("prints no stack trace", () => {
    assert.doesNotMatch(build.stdout + build.stderr, /^.* {4}at /m);
  });
});
