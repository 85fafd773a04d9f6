import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { savedDateText, withSavedNote } from "../../../src/service-worker/saved-note";

// Midday, so the date is the same in any time zone the tests run in.
const WHEN = new Date("2026-12-07T12:00:00.000Z");
const FOOTER = '<footer><div class="nhsuk-footer__meta"><ul><li>Glossary</li></ul><p class="nhsuk-body-s">© NHS England</p></div></footer>';

describe("the line a saved page shows", () => {
  test("says the day it was saved, as the guide writes dates", () => {
    assert.equal(savedDateText(WHEN), "7 December 2026");
  });

  test("is the last line of the footer, after everything else in it, with the time it was saved", () => {
    assert.equal(
      withSavedNote(`<main>Text</main>${FOOTER}`, WHEN),
      '<main>Text</main><footer><div class="nhsuk-footer__meta"><ul><li>Glossary</li></ul><p class="nhsuk-body-s">© NHS England</p>' +
        '<p class="nhsuk-body-s" data-offline-saved="2026-12-07T12:00:00.000Z">Saved for offline use on 7 December 2026</p></div></footer>',
    );
  });

  test("is left off the page that says a page is not available offline, and off HTML with no footer", () => {
    const fallback = `<div data-offline-fallback><h1>This page is not available offline</h1></div>${FOOTER}`;
    assert.equal(withSavedNote(fallback, WHEN), fallback);
    assert.equal(withSavedNote("<p>No footer</p>", WHEN), "<p>No footer</p>");
  });
});
