import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { loadGuideData } from "../../../lib/data/load-guide-data.js";

const guide = await loadGuideData("tests/fixtures/minimal");

describe("the glossary in the model", () => {
  test("lists the terms A to Z whatever their case, each at /glossary/#<id>", () => {
    assert.deepEqual(
      guide.glossary.terms.map((t) => [t.term, t.url]),
      [
        ["another term", "/glossary/#another-term"],
        ["Thing", "/glossary/#thing"],
      ],
    );
  });

  test("files each term under its letter, and keeps every letter for the jump list", () => {
    const letters = guide.glossary.letters;
    assert.equal(letters.length, 26);
    assert.deepEqual(
      letters.filter((l) => l.terms.length).map((l) => [l.letter, l.id, l.terms.map((t) => t.id)]),
      [
        ["A", "letter-a", ["another-term"]],
        ["T", "letter-t", ["thing"]],
      ],
    );
  });

  test("gives a term links to the actions and documents it concerns", () => {
    const thing = guide.glossary.terms.find((t) => t.id === "thing");
    assert.deepEqual(
      thing?.actions.map((a) => [a.number, a.title, a.url]),
      [["1.1", "Do a thing", "/steps/first-step/#do-a-thing"]],
    );
    assert.deepEqual(
      thing?.documents.map((d) => d.pageUrl),
      ["/documents/a-form/"],
    );
  });

  test("lists on each action and document only the terms that name it", () => {
    const [first, second] = guide.actions;
    assert.deepEqual(
      first?.terms.map((t) => t.url),
      ["/glossary/#thing"],
    );
    assert.deepEqual(second?.terms, []);
    assert.deepEqual(
      guide.documents[0]?.terms.map((t) => t.term),
      ["Thing"],
    );
  });

  test("gives the Markdown renderer each term's names and nothing more", () => {
    assert.deepEqual(guide.linkTerms, [
      { id: "another-term", term: "another term", aliases: [], abbreviations: [] },
      { id: "thing", term: "Thing", aliases: ["whatsit"], abbreviations: ["TNG"] },
    ]);
  });
});

describe("the roles in the model", () => {
  test("keeps the five roles in the data's order, each with its page", () => {
    assert.deepEqual(
      guide.roles.map((r) => r.url),
      [
        "/roles/project-lead/",
        "/roles/technical/",
        "/roles/information-governance/",
        "/roles/clinical-safety/",
        "/roles/legal-commercial/",
      ],
    );
    assert.match(guide.rolesNote, /planning suggestion/);
  });

  test("gives a role its actions in process order, its documents and the terms it meets", () => {
    const lead = guide.roles.find((r) => r.id === "project-lead");
    assert.deepEqual(
      lead?.actions.map((a) => [a.number, a.url]),
      [["1.1", "/steps/first-step/#do-a-thing"]],
    );
    assert.deepEqual(
      lead?.documents.map((d) => d.pageUrl),
      ["/documents/a-form/"],
    );
    assert.deepEqual(
      lead?.terms.map((t) => t.id),
      ["thing"],
    );
    assert.deepEqual(
      lead?.steps.map((step) => [step.title, step.actions.map((a) => a.id)]),
      [["First step", ["do-a-thing"]]],
    );
    const safety = guide.roles.find((r) => r.id === "clinical-safety");
    assert.deepEqual(
      safety?.actions.map((a) => a.id),
      ["do-another-thing"],
    );
    assert.deepEqual(safety?.terms, []);
  });

  test("names each action's and document's roles with their titles and pages", () => {
    assert.deepEqual(guide.actions[1]?.roles, [
      { id: "technical", title: "Technical", url: "/roles/technical/" },
      { id: "clinical-safety", title: "Clinical safety", url: "/roles/clinical-safety/" },
    ]);
    assert.deepEqual(
      guide.documents[0]?.roles.map((r) => r.id),
      ["project-lead"],
    );
  });
});

describe("what rules an action out in the model", () => {
  test("each answer its appliesWhen does not allow rules it out, with the reason the plan gives for that answer", () => {
    const action = guide.actions.find((a) => a.id === "do-another-thing");
    assert.deepEqual(action?.exclusions, [
      { question: "im1", answer: "no", reason: "your service is not connected to GP systems through IM1" },
    ]);
    assert.deepEqual(guide.actions.find((a) => a.id === "do-a-thing")?.exclusions, []);
  });
});

describe("the before-you-start items in the model", () => {
  test("link each item to the actions it is needed for", () => {
    const [item] = guide.beforeYouStart.items;
    assert.deepEqual(item?.neededFor, [
      { id: "do-a-thing", title: "Do a thing", number: "1.1", stepId: "first-step", url: "/steps/first-step/#do-a-thing" },
    ]);
    assert.equal(guide.beforeYouStart.intro, "Start on these early.");
  });
});
