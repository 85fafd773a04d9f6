import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../../lib/data/load-guide-data.js";
import { exclusionsFinder } from "../../../../lib/data/model/steps.js";

const guide = await loadGuideData("tests/fixtures/minimal");

describe("the steps in the model", () => {
  test("each links to the one before and after it, the first and last to none", () => {
    const links = guide.steps.map((step) => [step.previous?.id ?? null, step.next?.id ?? null]);
    const ids = guide.steps.map((step) => step.id);
    assert.deepEqual(
      links,
      ids.map((_, s) => [ids[s - 1] ?? null, ids[s + 1] ?? null]),
    );
  });

  test("without shares in the data, a step's share of the time is its share of the actions", () => {
    for (const step of guide.steps) {
      assert.equal(step.planShare, (100 * step.actions.length) / guide.totalActions);
      assert.ok(step.actions.every((a) => a.stepShare === step.planShare));
    }
  });
});

test("an appliesWhen rules out every answer it does not list, each with the plan's reason for it", () => {
  const plan = {
    questions: [
      {
        id: "channel",
        question: "What is it?",
        answers: [
          { value: "app", label: "An app", reason: "it is an app" },
          { value: "website", label: "A website", reason: "it is a website" },
          { value: "both", label: "Both" },
        ],
      },
    ],
  };
  assert.deepEqual(exclusionsFinder(plan)({ channel: ["website", "both"] }), [
    { question: "channel", answer: "app", reason: "it is an app" },
  ]);
  assert.deepEqual(exclusionsFinder(plan)(undefined), []);
});
