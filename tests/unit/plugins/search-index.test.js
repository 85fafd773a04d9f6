import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { questionRecord, termRecord } from "../../../lib/plugins/search-index.js";

const TERM = {
  id: "product-demonstration-call",
  term: "Product Demonstration Call",
  abbreviations: ["PDC"],
  aliases: ["demo call"],
  definition: "A call where you **show** your product.",
  url: "/glossary/#product-demonstration-call",
};

describe("a glossary term's search record", () => {
  test("links to the term's place in the glossary", () => {
    assert.equal(termRecord(TERM).url, "/glossary/#product-demonstration-call");
  });

  test("is titled by the term and its abbreviations, the text Pagefind weights most", () => {
    assert.match(termRecord(TERM).content, /<h1 data-pagefind-meta="title">Product Demonstration Call \(PDC\)<\/h1>/);
  });

  test("holds the other names and the definition, as indexed content", () => {
    const { content } = termRecord(TERM);
    assert.match(content, /<main data-pagefind-body>/);
    assert.match(content, /<p data-pagefind-weight="10">Also called: demo call<\/p>/);
    assert.match(content, /<p>A call where you <strong>show<\/strong> your product.<\/p>/);
  });

  test("is of kind Glossary, to show and to filter on", () => {
    const { content } = termRecord(TERM);
    assert.match(content, /data-pagefind-filter="kind:Glossary"/);
    assert.match(content, /data-pagefind-meta="kind:Glossary"/);
  });

  test("escapes a term's text", () => {
    assert.match(termRecord({ ...TERM, term: "<b>&", abbreviations: [] }).content, /<h1 data-pagefind-meta="title">&lt;b&gt;&amp;<\/h1>/);
  });
});

const QUESTION = {
  id: "cost",
  question: "What does it <cost>?",
  askedAs: ["price", "fee"],
  answer: "**Not published.** No official page gives a price.",
};

describe("a common question's search record", () => {
  test("links to the question's answer on the common questions page", () => {
    assert.equal(questionRecord(QUESTION).url, "/questions/#cost");
  });

  test("is titled by the question, escaped", () => {
    assert.match(questionRecord(QUESTION).content, /<h1 data-pagefind-meta="title">What does it &lt;cost&gt;\?<\/h1>/);
  });

  test("holds the answer straight after the question, so the answer is the excerpt, then the ways it is asked", () => {
    const { content } = questionRecord(QUESTION);
    assert.match(
      content,
      /<\/h1>\n<p><strong>Not published\.<\/strong> No official page gives a price\.<\/p>\n+<p data-pagefind-weight="2">Also asked as: price, fee<\/p>/,
    );
  });

  test("is of kind Question, to show and to filter on", () => {
    const { content } = questionRecord(QUESTION);
    assert.match(content, /data-pagefind-filter="kind:Question"/);
    assert.match(content, /data-pagefind-meta="kind:Question"/);
  });
});
