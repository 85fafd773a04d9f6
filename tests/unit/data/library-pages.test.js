import { test } from "node:test";
import assert from "node:assert/strict";
import { libraryPages } from "../../../lib/data/library-pages.js";

const steps = [
  { id: "apply", number: 1, title: "Apply" },
  { id: "go-live", number: 2, title: "Go live" },
];
const types = [
  { id: "form", plural: "Forms" },
  { id: "guide", plural: "Guides" },
  { id: "checklist", plural: "Checklists" },
];
const doc = (n, type, stepIds) => ({
  id: `doc-${n}`,
  title: `Document ${String(n).padStart(3, "0")}`,
  type,
  typeLabel: type,
  confidence: "official",
  stepIds,
  stepTitles: [],
});
const documents = Array.from({ length: 250 }, (_, i) => doc(250 - i, i % 2 ? "form" : "guide", i < 10 ? ["apply"] : ["go-live"]));

test("the A to Z view lists every document in title order, 100 to a page", () => {
  const az = libraryPages(steps, documents, types).filter((p) => p.kind === "a-z");
  assert.deepEqual(
    az.map((p) => [p.url, p.rows.length]),
    [
      ["/documents/a-z/", 100],
      ["/documents/a-z/page-2/", 100],
      ["/documents/a-z/page-3/", 50],
    ],
  );
  assert.equal(az[0]?.rows[0]?.title, "Document 001");
  assert.equal(az[2]?.rows.at(-1)?.title, "Document 250");
  assert.equal(az[1]?.firstNumber, 101);
});

test("each step and each type used has its own view; unused types have none", () => {
  const pages = libraryPages(steps, documents, types);
  assert.deepEqual(
    pages.filter((p) => p.kind === "step").map((p) => [p.url, p.total]),
    [
      ["/documents/step/apply/", 10],
      ["/documents/step/go-live/", 240],
      ["/documents/step/go-live/page-2/", 240],
      ["/documents/step/go-live/page-3/", 240],
    ],
  );
  assert.deepEqual([...new Set(pages.filter((p) => p.kind === "type").map((p) => p.id))], ["form", "guide"]);
});

test("a view with no documents still has one (empty) page", () => {
  const pages = libraryPages(steps, [], types);
  assert.deepEqual(
    pages.filter((p) => p.kind === "step").map((p) => [p.url, p.rows.length]),
    [
      ["/documents/step/apply/", 0],
      ["/documents/step/go-live/", 0],
    ],
  );
});
