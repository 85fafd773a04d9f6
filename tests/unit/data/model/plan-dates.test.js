import { test } from "node:test";
import assert from "node:assert/strict";
import { durationEstimates } from "../../../../lib/data/model/plan-dates.js";

test("an estimate's months are read from its words; one without 'N to M months' is left out", () => {
  assert.deepEqual(
    durationEstimates({ text: "It takes around 2 to 3 months.", variant: "Usually quick." }).map(({ text, fromMonths, toMonths }) => [
      text,
      fromMonths,
      toMonths,
    ]),
    [["around 2 to 3 months", 2, 3]],
  );
});

test("the variant's estimate is credited to its source", () => {
  const source = { title: "The toolkit", url: "https://example.org/", checked: "2026-01-01" };
  const [, variant] = durationEstimates({ text: "2 to 3 months", variant: "about 4 to 6 months", variantSource: source });
  assert.deepEqual(variant, { source: "The toolkit", text: "about 4 to 6 months", fromMonths: 4, toMonths: 6 });
});
