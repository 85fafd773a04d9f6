import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { classUsage, pagesBySheet, removeUnusedRules, topLevelStatements } from "../../../lib/plugins/styles.js";

const only =
  (...names) =>
  (name) =>
    names.includes(name);

describe("reading compressed CSS", () => {
  test("splits it into top-level rules, blocks and statements", () => {
    assert.deepEqual(topLevelStatements('@charset "UTF-8";a{color:red}@media print{a{color:#000}}'), [
      '@charset "UTF-8";',
      "a{color:red}",
      "@media print{a{color:#000}}",
    ]);
  });

  test("is not misled by braces or semicolons inside strings", () => {
    assert.deepEqual(topLevelStatements('a::after{content:"}{;"}b{color:red}'), ['a::after{content:"}{;"}', "b{color:red}"]);
  });
});

describe("leaving out unused rules", () => {
  test("drops a rule whose every selector names an unused class, and keeps the used selectors of a list", () => {
    assert.equal(removeUnusedRules(".a,.b{color:red}.c{color:blue}", only("a")), ".a{color:red}");
  });

  test("drops a selector if any class in it is unused", () => {
    assert.equal(removeUnusedRules(".a .b{color:red}.a>.a{color:blue}", only("a")), ".a>.a{color:blue}");
  });

  test("trims within media, supports and container blocks, and drops the blocks left empty", () => {
    assert.equal(
      removeUnusedRules("@media print{.a{color:#000}.b{color:#000}}@supports (display:grid){.b{display:grid}}", only("a")),
      "@media print{.a{color:#000}}",
    );
  });

  test("keeps what names no class, and everything in its order", () => {
    const css = ':root{--x:1}@font-face{font-family:x}body{margin:0}a[href$=".pdf"]{color:red}.a{color:blue}h1{margin:0}';
    assert.equal(removeUnusedRules(css, only("a")), css);
  });

  test("never judges a selector by a class inside :not(), :is() or :has(), or by an escaped one", () => {
    const css = "a:not(.unused){color:red}.a:has(>.unused){color:blue}.w-1\\/2{width:50%}";
    assert.equal(removeUnusedRules(css, only("a")), css);
  });
});

describe("which classes are in use", () => {
  const isUsed = classUsage({
    pages: ['<div class="nhsuk-header  app-x">', "<p class='app-y'>"],
    scripts: ['e.className="app-search-result nhsuk-body-s";e.classList.toggle(`${n.moduleName}--scrollable-left`,t)'],
  });

  test("a class in a page's class attribute is", () => {
    assert.ok(isUsed("nhsuk-header") && isUsed("app-x") && isUsed("app-y"));
  });

  test("a class a script names is", () => {
    assert.ok(isUsed("app-search-result") && isUsed("nhsuk-body-s"));
  });

  test("a modifier a script adds to a block's name is", () => {
    assert.ok(isUsed("nhsuk-scroll--scrollable-left"));
  });

  test("a class named nowhere is not", () => {
    assert.equal(isUsed("nhsuk-header--white"), false);
    assert.equal(isUsed("nhsuk-scroll--reverse"), false);
  });
});

describe("choosing each page's stylesheet", () => {
  const plan = '<div data-module="app-plan"><select class="nhsuk-select">';
  const step = '<nav class="nhsuk-pagination">';

  test("the plan's page has plan.css and every other page main.css", () => {
    assert.deepEqual(pagesBySheet([plan, step]), { main: [step], plan: [plan] });
  });

  test("so a class only the plan uses is trimmed from main.css, and one only the guidance uses from plan.css", () => {
    const css = ".nhsuk-select{width:100%}.nhsuk-pagination{display:flex}";
    const sheets = pagesBySheet([plan, step]);
    assert.equal(removeUnusedRules(css, classUsage({ pages: sheets.main, scripts: [] })), ".nhsuk-pagination{display:flex}");
    assert.equal(removeUnusedRules(css, classUsage({ pages: sheets.plan, scripts: [] })), ".nhsuk-select{width:100%}");
  });
});
