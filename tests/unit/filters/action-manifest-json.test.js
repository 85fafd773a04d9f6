import { test } from "node:test";
import assert from "node:assert/strict";
import { actionManifestJson } from "../../../lib/filters/action-manifest-json.js";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";
import { isActionInfo } from "../../../src/scripts/progress/actions.ts";

const action = {
  id: "complete-scal",
  title: "Complete the SCAL",
  number: 5,
  stepId: "integrate",
  stepNumber: 3,
  stepTitle: "Integrate",
  stepShare: 40,
  documents: [],
  roles: [{ id: "information-governance", title: "Information governance", url: "/roles/information-governance/" }],
  replaces: ["old-scal"],
  after: ["attend-preparation-call"],
  exclusions: [],
};

const exclusion = { question: "im1", answer: "no", reason: "your service is not connected to GP systems through IM1" };

test("gives the checklist and plan scripts each action's id, number, step, link, roles, replacements, order, exclusions and latest change", () => {
  assert.deepEqual(
    JSON.parse(
      actionManifestJson([
        action,
        {
          ...action,
          id: "raise-rfc",
          number: 8,
          conditional: "Only IM1",
          replaces: [],
          exclusions: [exclusion],
          latestChange: {
            id: "scal-updated",
            date: "2026-04-03",
            summary: "New form.",
            url: "/changes/#scal-updated",
            dateText: "3 April 2026",
          },
        },
      ]),
    ),
    [
      {
        id: "complete-scal",
        title: "Complete the SCAL",
        number: "3.5",
        stepId: "integrate",
        stepTitle: "Integrate",
        stepShare: 40,
        url: "/steps/integrate/#complete-scal",
        roles: ["information-governance"],
        conditional: false,
        replaces: ["old-scal"],
        after: ["attend-preparation-call"],
        exclusions: [],
        change: null,
      },
      {
        id: "raise-rfc",
        title: "Complete the SCAL",
        number: "3.8",
        stepId: "integrate",
        stepTitle: "Integrate",
        stepShare: 40,
        url: "/steps/integrate/#raise-rfc",
        roles: ["information-governance"],
        conditional: true,
        replaces: [],
        after: ["attend-preparation-call"],
        exclusions: [exclusion],
        change: { date: "2026-04-03", url: "/changes/#scal-updated" },
      },
    ],
  );
});

test("cannot close the script element it sits in", () => {
  const json = actionManifestJson([{ ...action, title: "</script><script>alert(1)</script>" }]);
  assert.doesNotMatch(json, /</);
  assert.equal(JSON.parse(json)[0].title, "</script><script>alert(1)</script>");
});

test("writes every action of the guide in the shape the browser reads it as (lib/contract.js)", async () => {
  const guide = await loadGuideData("_data");
  const manifest = JSON.parse(actionManifestJson(guide.actions));
  assert.equal(manifest.length, guide.actions.length);
  assert.deepEqual(
    manifest.filter((entry) => !isActionInfo(entry)),
    [],
  );
});

test("an entry missing a field, or with one of the wrong type, is not taken for an action", () => {
  const [entry] = JSON.parse(actionManifestJson([action]));
  assert.ok(isActionInfo(entry));
  for (const key of Object.keys(entry)) {
    const missing = { ...entry };
    delete missing[key];
    // Only the newest change may be absent: an action may have none.
    assert.equal(isActionInfo(missing), key === "change", `without ${key}`);
  }
  assert.equal(isActionInfo({ ...entry, roles: [{ id: "technical" }] }), false);
  assert.equal(isActionInfo({ ...entry, exclusions: [{ question: "im1", answer: "no" }] }), false);
  assert.equal(isActionInfo({ ...entry, change: { date: "2026-04-03" } }), false);
});
