import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { GuideDataError } from "../../../lib/data/problems.js";

/** Loads a fixture (as if built on `today`, when given) and returns the problems it is rejected with. */
async function problemsIn(fixture, today) {
  const error = await loadGuideData(`tests/fixtures/${fixture}`, today ? { today } : undefined).then(
    () => assert.fail(`${fixture} should have been rejected`),
    (e) => e,
  );
  assert.ok(error instanceof GuideDataError, `expected a GuideDataError, got ${error}`);
  return error.problems;
}

describe("the guide's own data", () => {
  test("loads every step with its actions, numbered in order, and counts them all", async () => {
    const guide = await loadGuideData("_data");
    assert.ok(guide.steps.length > 0);
    for (const [i, step] of guide.steps.entries()) {
      assert.equal(step.number, i + 1);
      assert.deepEqual(
        step.actions.map((a) => a.number),
        step.actions.map((_, j) => j + 1),
      );
    }
    assert.equal(
      guide.totalActions,
      guide.steps.reduce((sum, step) => sum + step.actions.length, 0),
    );
  });
});

describe("a valid minimal data set", () => {
  test("is numbered and cross-linked", async () => {
    const guide = await loadGuideData("tests/fixtures/minimal");
    const [first, second] = guide.actions;
    assert.equal(first?.number, 1);
    assert.equal(second?.number, 2);
    assert.equal(first?.documents[0]?.title, "A form");
    assert.deepEqual(
      guide.documents[0]?.usedBy.map((u) => u.actionId),
      ["do-a-thing"],
    );
    assert.equal(guide.steps[0]?.previous, null);
  });

  test("gives each document its page in the guide and its official address under different names", async () => {
    const [doc] = (await loadGuideData("tests/fixtures/minimal")).documents;
    assert.equal(doc?.pageUrl, "/documents/a-form/");
    assert.equal(doc?.officialUrl, "https://example.org/form");
    assert.equal("url" in (doc ?? {}), false, "a plain url would be ambiguous");
  });
});

describe("bad data stops the build, naming file, entry and field", () => {
  test("a YAML syntax error gives the file, line and column", async () => {
    const [message, ...rest] = await problemsIn("bad-yaml-syntax");
    assert.equal(rest.length, 0);
    assert.match(message ?? "", /^tests\/fixtures\/bad-yaml-syntax\/process\.yaml: YAML syntax error at line \d+, column \d+: /);
  });

  test("a reference to a document that does not exist names the exact list entry", async () => {
    assert.deepEqual(await problemsIn("unknown-document-reference"), [
      'tests/fixtures/unknown-document-reference/process.yaml › steps[0].actions[0].documents[1]: no document with id "scal-form"',
    ]);
  });

  test("every source needs the day it was checked: a real date, not after the build's", async () => {
    const dir = "tests/fixtures/bad-checked-dates";
    assert.deepEqual(await problemsIn("bad-checked-dates", "2026-12-01"), [
      `${dir}/process.yaml › steps[0].actions[0].sources[0].checked: is not a real date`,
      `${dir}/process.yaml › steps[0].actions[1].sources[0].checked: is required`,
      `${dir}/glossary.yaml › terms[0].sources[0].checked: the checked date 2026-12-02 is in the future (the build's date is 2026-12-01)`,
    ]);
  });

  test("duplicate ids are reported with where the id was first used", async () => {
    assert.deepEqual(await problemsIn("duplicate-ids"), [
      'tests/fixtures/duplicate-ids/process.yaml › steps[0].actions[1].id: duplicate action id "do-a-thing" (first used at steps[0].actions[0].id)',
      'tests/fixtures/duplicate-ids/documents.yaml › documents[1].id: duplicate document id "a-form" (first used at documents[0].id)',
    ]);
  });

  test("every missing, mistyped or unknown field in every file is listed in one run", async () => {
    const dir = "tests/fixtures/missing-and-mistyped-fields";
    assert.deepEqual(await problemsIn("missing-and-mistyped-fields"), [
      `${dir}/site.yaml › lastReviewed: is not a real date`,
      `${dir}/site.yaml › links.plan.url: must be a full https:// address`,
      `${dir}/process.yaml › steps[0].actions[0].id: must be kebab-case (lowercase letters, digits and single hyphens)`,
      `${dir}/process.yaml › steps[0].actions[0].colour: is not a known field (check its spelling)`,
      `${dir}/process.yaml › steps[0].actions[1].title: is required`,
      `${dir}/process.yaml › steps[0].actions[1].documents: must be a list of document ids`,
      `${dir}/documents.yaml › documents[0].confidence: must be "official" or "reported"`,
      `${dir}/documents.yaml › documents[0].type: no document type with id "leaflet"`,
    ]);
  });

  test("a missing data file is named, and references to it are not reported one by one", async () => {
    assert.deepEqual(await problemsIn("missing-file"), ["tests/fixtures/missing-file/documents.yaml: file is missing"]);
  });

  test("an action cannot replace an action that still exists", async () => {
    assert.deepEqual(await problemsIn("replaces-existing-action"), [
      'tests/fixtures/replaces-existing-action/process.yaml › steps[0].actions[1].replaces[0]: "do-a-thing" is still an action, so it cannot be replaced',
    ]);
  });

  test("links in Markdown that leave the site must be full https:// addresses, and images must be the guide's own", async () => {
    const dir = "tests/fixtures/unsafe-markdown";
    assert.deepEqual(await problemsIn("unsafe-markdown"), [
      `${dir}/process.yaml › steps[0].actions[0].guidance: link "//example.org/form" must be a full https:// address`,
      `${dir}/process.yaml › steps[0].actions[0].guidance: link "http://example.org/old" must be a full https:// address`,
      `${dir}/process.yaml › steps[0].actions[0].guidance: image "https://example.org/diagram.png" must be a file in this guide (a path such as /images/…), not from another site`,
      `${dir}/process.yaml › steps[0].actions[0].variants[0]: link "mailto:someone@example.org" must be a full https:// address`,
      `${dir}/documents.yaml › documents[0].summary: link "//example.org/guide" must be a full https:// address`,
      `${dir}/documents.yaml › documents[0].unconfirmed[0]: image "//example.org/form.png" must be a file in this guide (a path such as /images/…), not from another site`,
    ]);
  });

  test("a Markdown field over 20,000 characters is named with its length", async () => {
    assert.deepEqual(await problemsIn("overlong-guidance"), [
      "tests/fixtures/overlong-guidance/process.yaml › steps[0].actions[0].guidance: is 20,001 characters long, over the 20,000 allowed",
    ]);
  });

  test("YAML aliases are refused, naming each file and where the aliases are", async () => {
    const dir = "tests/fixtures/yaml-aliases";
    assert.deepEqual(await problemsIn("yaml-aliases"), [
      `${dir}/process.yaml: YAML aliases are not allowed, write each value out in full: *summary at line 10, column 19; *source at line 14, column 19; *source at line 14, column 28`,
      `${dir}/documents.yaml: YAML aliases are not allowed, write each value out in full: *long at line 14, column 16; *long at line 14, column 23; *long at line 14, column 30; *long at line 14, column 37; *long at line 14, column 44 and 1 more`,
    ]);
  });

  test("glossary terms may not share an id or a name in any case, and may only name actions, documents and terms that exist", async () => {
    const file = "tests/fixtures/bad-glossary/glossary.yaml";
    assert.deepEqual(await problemsIn("bad-glossary"), [
      `${file} › terms[1].id: duplicate term id "ods-code" (first used at terms[0].id)`,
      `${file} › terms[2].abbreviations[0]: "ods" already names another term (at terms[0].abbreviations[0])`,
      `${file} › terms[2].aliases[0]: "ods code" already names another term (at terms[0].term)`,
      `${file} › terms[0].actions[1]: no action with id "do-no-thing"`,
      `${file} › terms[0].documents[1]: no document with id "no-form"`,
      `${file} › terms[2].definition: links to /glossary/#pds, but no term has that id`,
    ]);
  });

  test("the roles are those roles.yaml lists, each once with a kebab-case id, and actions and documents may only name those", async () => {
    const dir = "tests/fixtures/bad-roles";
    assert.deepEqual(await problemsIn("bad-roles"), [
      `${dir}/roles.yaml › roles[4].id: must be kebab-case (lowercase letters, digits and single hyphens)`,
      `${dir}/roles.yaml › roles[6].id: duplicate role id "technical" (first used at roles[1].id)`,
      `${dir}/process.yaml › steps[0].actions[0].roles[1]: no role with id "developer"`,
      `${dir}/process.yaml › steps[0].actions[1].roles[0]: no role with id "clinical-safety"`,
      `${dir}/documents.yaml › documents[0].roles[0]: no role with id "lawyer"`,
    ]);
  });

  test("a role added to roles.yaml, or one taken away, needs no change to the code", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "guide-roles-"));
    try {
      await cp("tests/fixtures/minimal", dir, { recursive: true });
      const rolesFile = path.join(dir, "roles.yaml");
      const roles = (await readFile(rolesFile, "utf8"))
        .split("\n")
        // legal-commercial goes: nothing in the minimal data names it.
        .filter((line) => !line.includes("id: legal-commercial"))
        .join("\n");
      await writeFile(rolesFile, `${roles.trimEnd()}\n  - { id: tester, title: Tester, summary: Tests the service. }\n`);
      const processFile = path.join(dir, "process.yaml");
      await writeFile(processFile, (await readFile(processFile, "utf8")).replace("roles: [project-lead]", "roles: [project-lead, tester]"));
      const guide = await loadGuideData(dir);
      const tester = guide.roles.find((r) => r.id === "tester");
      assert.equal(tester?.url, "/roles/tester/");
      assert.deepEqual(
        tester?.actions.map((a) => a.id),
        guide.actions.filter((a) => a.roles.some((r) => r.id === "tester")).map((a) => a.id),
      );
      assert.ok(tester && tester.actions.length > 0);
      assert.equal(
        guide.roles.some((r) => r.id === "legal-commercial"),
        false,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a before-you-start item has a unique id and is needed for actions that exist", async () => {
    const file = "tests/fixtures/bad-before-you-start/before-you-start.yaml";
    assert.deepEqual(await problemsIn("bad-before-you-start"), [
      `${file} › items[1].id: duplicate item id "ods-code" (first used at items[0].id)`,
      `${file} › items[0].neededFor[1]: no action with id "apply-early"`,
      `${file} › items[1].text: links to /glossary/#ods, but no term has that id`,
    ]);
  });

  test("every action and document lists its roles, a document without a format says how to get it, and every document is under some action", async () => {
    const dir = "tests/fixtures/missing-roles-and-how-to-get";
    assert.deepEqual(await problemsIn("missing-roles-and-how-to-get"), [
      `${dir}/process.yaml › steps[0].actions[0].roles: is required`,
      `${dir}/documents.yaml › documents[0].roles: is required`,
      `${dir}/documents.yaml › documents[0].howToGet: is required when format is not given`,
      `${dir}/documents.yaml › documents[1].id: "a-template" is under no action's documents, so the library could not place it in a step`,
    ]);
  });

  test("the error message lists every problem on its own line", async () => {
    const error = await loadGuideData("tests/fixtures/duplicate-ids").catch((e) => e);
    assert.match(error.message, /^The guide's data has 2 problems:\n {2}- .*process\.yaml › .*\n {2}- .*documents\.yaml › /);
  });
});

describe("the plan's data", () => {
  test("appliesWhen names real questions and answers, a ruled-out answer says why, after names other actions without a cycle, and step shares add up to 100", async () => {
    const dir = "tests/fixtures/bad-plan";
    assert.deepEqual(await problemsIn("bad-plan"), [
      `${dir}/process.yaml › steps[0].actions[0].appliesWhen.colour: no question with id "colour" in ${dir}/plan.yaml`,
      `${dir}/process.yaml › steps[0].actions[0].appliesWhen.im1[0]: question "im1" has no answer "maybe"`,
      `${dir}/process.yaml › steps[0].actions[0].after[1]: an action cannot come after itself`,
      `${dir}/process.yaml › steps[0].actions[1].after[1]: no action with id "no-such-action"`,
      `${dir}/process.yaml › steps[0].actions[0].after: makes a cycle: do-a-thing → do-a-third-thing → do-another-thing → do-a-thing`,
      `${dir}/documents.yaml › documents[0].appliesWhen.ai[1]: question "ai" has no answer "perhaps"`,
      `${dir}/plan.yaml › questions[1].answers[1].reason: is required: an action or document does not apply after this answer, and the page must say why`,
      `${dir}/process.yaml › steps: planShare must add up to 100 across the steps, not 90`,
    ]);
  });

  test("the guide's own plan: each answer an action's appliesWhen leaves out rules it out with the plan's reason, and step shares add up to 100", async () => {
    const guide = await loadGuideData("_data");
    for (const action of guide.actions) {
      const expected = Object.entries(action.appliesWhen ?? {}).flatMap(([question, allowed]) =>
        (guide.plan.questions.find((q) => q.id === question)?.answers ?? [])
          .filter((a) => !allowed.includes(a.value))
          .map((a) => ({ question, answer: a.value, reason: a.reason })),
      );
      assert.deepEqual(action.exclusions, expected, action.id);
    }
    const total = guide.steps.reduce((sum, s) => sum + s.planShare, 0);
    assert.ok(Math.abs(total - 100) < 1e-9, `step shares add up to ${total}`);
  });
});

describe("the change log and review dates", () => {
  test("bad change entries, a stand-in site address and review dates stop the build, each problem named once with file, entry and field", async () => {
    const dir = "tests/fixtures/bad-changes";
    assert.deepEqual(await problemsIn("bad-changes", "2026-04-15"), [
      `${dir}/site.yaml › url: is a stand-in address (example.org): give the site's real public address, or leave url out and set SITE_URL when building to publish`,
      `${dir}/documents.yaml › documents[0].reviewed: is not a real date`,
      `${dir}/changes.yaml › changes[1].date: is not a real date`,
      `${dir}/changes.yaml › changes[2].kind: must be "process" (NHS login changed its process) or "guide" (we changed this guide)`,
      `${dir}/changes.yaml › changes[2].sources[0].url: must be a full https:// address`,
      `${dir}/changes.yaml › changes[3].sources: must list at least one source`,
      `${dir}/changes.yaml › changes[3].author: is not a known field (check its spelling)`,
      `${dir}/changes.yaml › changes[3].date: must be the first day of the month when precision is month`,
      `${dir}/changes.yaml › changes[1].id: duplicate change id "fine" (first used at changes[0].id)`,
      `${dir}/changes.yaml › changes[2].steps[0]: no step with id "no-such-step"`,
      `${dir}/changes.yaml › changes[2].actions[1]: no action with id "no-such-action"`,
      `${dir}/changes.yaml › changes[2].documents[0]: no document with id "no-such-document"`,
      `${dir}/changes.yaml › changes[2].terms[0]: no glossary term with id "no-such-term"`,
      `${dir}/changes.yaml › changes[2].date: the date 2026-05-01 is in the future (the build's date is 2026-04-15)`,
      `${dir}/process.yaml › steps[0].actions[1].reviewed: the review date 2026-06-01 is in the future (the build's date is 2026-04-15)`,
    ]);
  });

  test("a date is in the future only after the build's day: the same data built later has no such problem", async () => {
    const problems = await problemsIn("bad-changes", "2026-06-01");
    assert.deepEqual(
      problems.filter((p) => p.includes("in the future")),
      [],
    );
  });

  test("a guide without changes.yaml has an empty log and no feed", async () => {
    const guide = await loadGuideData("tests/fixtures/minimal");
    assert.deepEqual(guide.changes, []);
    assert.equal(guide.feed, null);
    assert.ok(guide.actions.every((a) => a.latestChange === null));
  });

  test("the guide's own log loads, newest first, each entry with a source, and has a feed once the public address is known", async () => {
    assert.equal((await loadGuideData("_data")).feed, null, "no feed without a public address");
    const guide = await loadGuideData("_data", { siteUrl: "https://nhsconnect.github.io/" });
    const dates = guide.changes.map((c) => c.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(guide.changes.every((c) => c.sources.length > 0));
    assert.equal(guide.feed?.url, guide.changes.length > 0 ? "/changes.xml" : undefined);
  });
});
