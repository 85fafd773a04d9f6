import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { markdown } from "../../../lib/filters/markdown.js";
import { markdownProblems } from "../../../lib/markdown.js";

const TABLE = "| Level | Allows |\n| --- | --- |\n| P0 | Low-risk tasks |\n| P9 | Records |\n";
/** The HTML with the macro's indentation taken out, so assertions read as markup. */
const flat = (html) => html.replace(/\n\s*/g, "");

describe("a Markdown table", () => {
  test("is rendered with nhsuk-frontend's table classes", () => {
    const html = flat(markdown(TABLE));
    assert.match(html, /<table class="nhsuk-table" id="[^"]+">/);
    assert.match(
      html,
      /<thead class="nhsuk-table__head"><tr class="nhsuk-table__row"><th class="nhsuk-table__header" scope="col">Level<\/th>/,
    );
    assert.match(
      html,
      /<tbody class="nhsuk-table__body"><tr class="nhsuk-table__row"><td class="nhsuk-table__cell">P0<\/td><td class="nhsuk-table__cell">Low-risk tasks<\/td><\/tr>/,
    );
  });

  test("sits in nhsuk-frontend's scroll container, so a wide table scrolls on a narrow screen", () => {
    assert.match(
      flat(markdown(TABLE)),
      /^<div class="nhsuk-scroll" data-module="nhsuk-scroll"><div class="nhsuk-scroll__content" role="region" aria-labelledby="table-table-of-level-allows-caption"><table/,
    );
  });

  test("takes the paragraph that introduces it, ending in a colon, as its caption, which names the scroll region", () => {
    const html = flat(markdown(`The three *levels*:\n\n${TABLE}`));
    assert.doesNotMatch(html, /<p>/);
    assert.match(html, /role="region" aria-labelledby="table-the-three-levels-caption">/);
    assert.match(
      html,
      /<caption class="nhsuk-table__caption nhsuk-table__caption--s" id="table-the-three-levels-caption">The three <em>levels<\/em><\/caption>/,
    );
  });

  test("keeps a paragraph before it that does not introduce it, and is named by its column headings", () => {
    const html = flat(markdown(`Some text.\n\n${TABLE.replace("Allows", "*Allows*")}`));
    assert.match(html, /^<p>Some text.<\/p><div class="nhsuk-scroll"/);
    assert.match(
      html,
      /<caption class="nhsuk-table__caption nhsuk-u-visually-hidden" id="table-table-of-level-allows-caption">Table of Level, Allows<\/caption>/,
    );
  });

  test("is named, for screen readers, by a heading right before it", () => {
    const html = flat(markdown(`### Levels *side by side*\n\n${TABLE}`));
    assert.match(html, /^<h3>Levels <em>side by side<\/em><\/h3>/);
    assert.match(html, /aria-labelledby="table-levels-side-by-side-caption"/);
    assert.match(
      html,
      /<caption class="nhsuk-table__caption nhsuk-u-visually-hidden" id="table-levels-side-by-side-caption">Levels side by side<\/caption>/,
    );
  });

  test("gets an id of its own when two on a page share a caption", () => {
    const page = {};
    const first = markdown(`Levels:\n\n${TABLE}`, page);
    const second = markdown(`Levels:\n\n${TABLE}`, page);
    assert.match(first, /id="table-levels"/);
    assert.match(second, /id="table-levels-2"/);
  });

  test("renders Markdown in its cells, and links glossary terms there but not in its caption", () => {
    const page = { terms: [{ id: "p0", term: "Low-level verification", aliases: [], abbreviations: ["P0"] }] };
    const html = flat(markdown(`P0 levels:\n\n| Level | Note |\n| --- | --- |\n| P0 | **low** |\n`, page));
    assert.match(html, /<caption[^>]*>P0 levels<\/caption>/);
    assert.match(
      html,
      /<td class="nhsuk-table__cell"><a href="\/glossary\/#p0" class="app-glossary-link">P0<\/a><\/td><td class="nhsuk-table__cell"><strong>low<\/strong><\/td>/,
    );
  });

  test("has its links checked like any other Markdown", () => {
    assert.deepEqual(markdownProblems("| a |\n| --- |\n| [x](http://example.org/) |\n"), [
      'link "http://example.org/" must be a full https:// address',
    ]);
  });
});
