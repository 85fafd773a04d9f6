import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { markdown } from "../../../lib/filters/markdown.js";
import { markdownInline } from "../../../lib/filters/markdown-inline.js";

const TERMS = [
  { id: "ods-code", term: "ODS code", aliases: [], abbreviations: [] },
  { id: "organisation-data-service", term: "Organisation Data Service", aliases: ["the ODS service"], abbreviations: ["ODS"] },
  { id: "cp", term: "Email and password sign-in", aliases: ["password sign-in"], abbreviations: ["Cp"] },
  { id: "dpia", term: "Data Protection Impact Assessment", aliases: [], abbreviations: ["DPIA"] },
];

/** A fresh page: the object a template makes once per page. */
const page = () => ({ terms: TERMS });
const link = (id, text) => `<a href="/glossary/#${id}" class="app-glossary-link">${text}</a>`;

describe("glossary links", () => {
  test("link the first use of a term on a page to its definition", () => {
    assert.equal(markdown("Find your ODS code.", page()), `<p>Find your ${link("ods-code", "ODS code")}.</p>\n`);
  });

  test("link a term once per page, however many texts on the page use it", () => {
    const scope = page();
    const first = markdown("Your ODS code, then your ODS code again.", scope);
    const second = markdownInline("And the ODS code a third time.", scope);
    assert.equal(first, `<p>Your ${link("ods-code", "ODS code")}, then your ODS code again.</p>\n`);
    assert.equal(second, "And the ODS code a third time.");
  });

  test("start again on each page", () => {
    assert.match(markdown("ODS code", page()), /app-glossary-link/);
    assert.match(markdown("ODS code", page()), /app-glossary-link/);
  });

  test("prefer the longest name where names overlap", () => {
    assert.equal(markdownInline("ODS code", page()), link("ods-code", "ODS code"));
    assert.equal(
      markdownInline("ODS, not the ODS code", page()),
      `${link("organisation-data-service", "ODS")}, not the ${link("ods-code", "ODS code")}`,
    );
  });

  test("match a term or alias in any case, and an abbreviation only in its own case", () => {
    assert.equal(markdownInline("your ods code", page()), `your ${link("ods-code", "ods code")}`);
    assert.equal(markdownInline("Password Sign-In", page()), link("cp", "Password Sign-In"));
    assert.equal(markdownInline("CP and cp are not Cp", page()), `CP and cp are not ${link("cp", "Cp")}`);
  });

  test("match whole words only, allowing a plural", () => {
    assert.equal(markdownInline("ODSX and MODS and Cpx", page()), "ODSX and MODS and Cpx");
    assert.equal(markdownInline("Two DPIAs", page()), `Two ${link("dpia", "DPIAs")}`);
  });

  test("are never made in headings", () => {
    assert.equal(
      markdown("## Your ODS code\n\nYour ODS code.", page()),
      `<h2>Your ODS code</h2>\n<p>Your ${link("ods-code", "ODS code")}.</p>\n`,
    );
  });

  test("are never made inside link text", () => {
    assert.equal(
      markdownInline("[get an ODS code](/documents/ods/) then ODS code", page()),
      `<a href="/documents/ods/">get an ODS code</a> then ${link("ods-code", "ODS code")}`,
    );
  });

  test("are never made in inline code or code blocks", () => {
    assert.equal(
      markdown("`Cp` and\n\n    Cp\n\nthen Cp", page()),
      `<p><code>Cp</code> and</p>\n<pre><code>Cp\n</code></pre>\n<p>then ${link("cp", "Cp")}</p>\n`,
    );
  });

  test("are not made when the page gives no terms, as on the glossary page itself", () => {
    assert.equal(markdownInline("ODS code"), "ODS code");
    assert.equal(markdownInline("ODS code", {}), "ODS code");
  });

  test("keep emphasis around a linked term", () => {
    assert.equal(markdownInline("**DPIA**", page()), `<strong>${link("dpia", "DPIA")}</strong>`);
  });
});
