// The technical requirements data: bad entries stop the build, each problem named with file, entry and
// field; and each requirement is ruled out by exactly the answers its levels, services and appliesWhen
// leave out, with the reason the page shows.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { GuideDataError } from "../../../lib/data/problems.js";

describe("technical requirements", () => {
  test("bad entries are listed in one run: levels, roles, terms, questions, a missing reason or checked date, a repeated id", async () => {
    const dir = "tests/fixtures/bad-technical-requirements";
    const error = await loadGuideData(dir, { today: "2026-12-07" }).then(
      () => assert.fail("should have been rejected"),
      (e) => e,
    );
    assert.ok(error instanceof GuideDataError);
    const file = `${dir}/technical-requirements.yaml`;
    assert.deepEqual(
      error.problems.filter((p) => p.startsWith(file)).sort(),
      [
        `${file} › requirements[0].levels[1]: must be one of p0, p5, p9`,
        `${file} › requirements[0].reason: is required with appliesWhen: the page says why the requirement does not apply`,
        `${file} › requirements[0].roles[1]: no role with id "tester"`,
        `${file} › requirements[0].terms[1]: no glossary term with id "nothing"`,
        `${file} › requirements[1].appliesWhen.gp: no question with id "gp" in ${dir}/plan.yaml`,
        `${file} › requirements[1].id: duplicate requirement id "a-rule" (first used at requirements[0].id)`,
        `${file} › requirements[1].sources[0].checked: is required`,
      ].sort(),
    );
  });

  test("a guide without the file has no requirements page and is valid", async () => {
    const guide = await loadGuideData("tests/fixtures/minimal", { today: "2026-12-07" });
    assert.equal(guide.technicalRequirements, null);
  });

  test("each requirement is ruled out by the levels, services and answers it leaves out, with a reason", async () => {
    const guide = await loadGuideData("_data");
    for (const requirement of guide.technicalRequirements.requirements) {
      const ruledOut = requirement.exclusions.map((e) => `${e.question}=${e.answer}`).sort();
      const expected = [
        ...["p0", "p5", "p9"].filter((level) => !requirement.levels.includes(level)).map((level) => `verification-level=${level}`),
        ...["app", "website"].filter((kind) => !requirement.services.includes(kind)).map((kind) => `channel=${kind}`),
        ...Object.entries(requirement.appliesWhen ?? {}).flatMap(([question, allowed]) =>
          guide.plan.questions
            .find((q) => q.id === question)
            .answers.filter((a) => !allowed.includes(a.value))
            .map((a) => `${question}=${a.value}`),
        ),
      ].sort();
      assert.deepEqual(ruledOut, expected, requirement.id);
      for (const exclusion of requirement.exclusions)
        assert.ok(exclusion.reason.length > 10, `${requirement.id}: ${exclusion.answer} has a reason`);
      // "Not sure yet" and "both" never rule a requirement out.
      assert.ok(!requirement.exclusions.some((e) => ["not-sure", "both"].includes(e.answer)), requirement.id);
    }
  });
});
