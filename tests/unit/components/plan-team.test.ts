import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { memberNamed, memberNameProblem, sameName } from "../../../src/scripts/components/plan-team";
import { LIMITS } from "../../../src/scripts/progress/limits";
import type { Member } from "../../../src/scripts/progress/plan-data";

const team: Record<string, Member> = {
  "m-1": { name: "Dan", role: "", at: "2026-12-07T10:00:00.000Z" },
  "m-2": { name: "Priya", role: "technical", at: "2026-12-07T10:00:00.000Z" },
};

describe("telling team members apart", () => {
  test("names differing only in case or surrounding space are one person; anything more is another", () => {
    assert.equal(sameName("Dan", " dan "), true);
    assert.equal(sameName("Dan", "Dan (dev)"), false);
  });

  test("a name finds its member, or none", () => {
    assert.equal(memberNamed(team, "PRIYA"), "m-2");
    assert.equal(memberNamed(team, "Sam"), null);
  });
});

describe("checking a member's name where it is typed", () => {
  test("an empty name, one too long, and one already in the team are refused, each saying what to fix", () => {
    assert.equal(memberNameProblem(team, "  ", null), "Enter a name or initials");
    assert.equal(memberNameProblem(team, "x".repeat(LIMITS.by + 1), null), `Enter a name or initials of ${LIMITS.by} characters or fewer`);
    assert.equal(memberNameProblem(team, "dan", null), "Dan is already in the team");
  });

  test("a member keeping their own name, in another case, is not taken for a duplicate", () => {
    assert.equal(memberNameProblem(team, "DAN", "m-1"), null);
    assert.equal(memberNameProblem(team, "Sam", null), null);
  });
});
