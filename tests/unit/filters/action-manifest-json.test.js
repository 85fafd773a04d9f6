import { test } from "node:test";
import assert from "node:assert/strict";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";

const action = {
  id: "complete-scal",
  title: "Complete the SCAL",
  number: 5,
  stepId: "integrate",
  stepNumber: 3,
  stepTitle: "Integrate",
  documents: [],
  replaces: ["old-scal"],
};

test("gives the checklist script each action's id, number, step and replacements", () => {
  assert.deepEqual(
    JSON.parse(actionManifestJson([action, { ...action, id: "raise-rfc", number: 8, conditional: "Only IM1", replaces: [] }])),
    [
      {
        id: "complete-scal",
        title: "Complete the SCAL",
        number: "3.5",
        stepId: "integrate",
        stepTitle: "Integrate",
        conditional: false,
        replaces: ["old-scal"],
      },
      {
        id: "raise-rfc",
        title: "Complete the SCAL",
        number: "3.8",
        stepId: "integrate",
        stepTitle: "Integrate",
        conditional: true,
        replaces: [],
      },
    ],
  );
});

test("cannot close the script element it sits in", () => {
  const json = actionManifestJson([{ ...action, title: "</script><script>alert(1)</script>" }]);
  assert.doesNotMatch(json, /</);
  assert.equal(JSON.parse(json)[0].title, "</script><script>alert(1)</script>");
});
