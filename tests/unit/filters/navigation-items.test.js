import { test } from "node:test";
import assert from "node:assert/strict";
import { navigationItems } from "../../../lib/filters/navigation-items.js";

const steps = [
  { url: "/steps/apply/", title: "Apply" },
  { url: "/steps/go-live/", title: "Go live" },
];

test("lists the overview, each step, the checklist, the team plan and the documents in order", () => {
  assert.deepEqual(
    navigationItems(steps, "/").map((i) => i.text),
    ["Overview", "Apply", "Go live", "Checklist", "Team plan", "Documents"],
  );
});

test("marks the team plan as the current page on the plan", () => {
  assert.deepEqual(
    navigationItems(steps, "/plan/")
      .filter((i) => i.current)
      .map((i) => i.href),
    ["/plan/"],
  );
});

test("marks the current page", () => {
  const items = navigationItems(steps, "/steps/apply/");
  assert.deepEqual(
    items.filter((i) => i.current).map((i) => i.text),
    ["Apply"],
  );
  assert.equal(
    items.some((i) => i.active),
    false,
  );
});

test("marks the section of a page below it as active, never the overview", () => {
  const items = navigationItems(steps, "/documents/scal/");
  assert.deepEqual(
    items.filter((i) => i.active).map((i) => i.text),
    ["Documents"],
  );
  assert.equal(
    items.some((i) => i.current),
    false,
  );
});
