/**
 * Builds the Pagefind index of the finished site, so one build yields the site and its search.
 * Pages are indexed from their HTML (only what is inside data-pagefind-body); each glossary term is
 * added as a record of its own, so a search for "PDC" or "ODS code" finds the definition itself
 * at /glossary/#<id> rather than the whole glossary page, which is left out of the index; each
 * technical requirement likewise, at /technical-requirements/#<id>.
 * SEARCH_INDEX=off skips it, for builds that only measure pages (the library scale test).
 */
import path from "node:path";
import * as pagefind from "pagefind";
import { markdown } from "../markdown.js";
import { latestGuide } from "./guide-data.js";

/** @param {string} text @returns {string} */
const escapeHtml = (text) => markdown.utils.escapeHtml(text);

/**
 * One glossary term as the HTML Pagefind indexes: the term and its abbreviations as the heading
 * (the most weighted text, and the result's title), its other names, and the definition, with
 * kind "Glossary" to filter on. Built as HTML, not text, so Pagefind reads the definition's
 * Markdown as it reads every page.
 * @example termRecord({ id: "pdc", term: "Product Demonstration Call", abbreviations: ["PDC"], … })
 * @param {Pick<import("../data/model/glossary.js").GlossaryTerm, "term" | "abbreviations" | "aliases" | "definition" | "url">} term
 */
export function termRecord(term) {
  const title = term.abbreviations.length ? `${term.term} (${term.abbreviations.join(", ")})` : term.term;
  // Abbreviations are in the heading already; the other names follow it, weighted above the heading
  // (Pagefind's top weight), since an entry whose other name is the query is about it.
  const names = term.aliases;
  const html = `<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>
<span hidden data-pagefind-filter="kind:Glossary"></span>
<span hidden data-pagefind-meta="kind:Glossary"></span>
<h1 data-pagefind-meta="title">${escapeHtml(title)}</h1>
${names.length ? `<p data-pagefind-weight="10">Also called: ${escapeHtml(names.join(", "))}</p>` : ""}
${markdown.render(term.definition)}
</main></body></html>`;
  return { url: term.url, content: html };
}

/**
 * One common question (_data/search.yaml) as the HTML Pagefind indexes: the question as the heading and
 * title, the ways people ask it, and the answer, whose first words become the result's excerpt. Kind
 * "Question", at /questions/#<id>; like the glossary, the page that lists them is not indexed itself.
 * @example questionRecord({ id: "cost", question: "What does NHS login cost a partner?", askedAs: ["cost"], answer: "…" })
 * @param {import("../data/data-types.js").SearchData["questions"][number]} question
 */
export function questionRecord(question) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(question.question)}</title></head><body><main data-pagefind-body>
<span hidden data-pagefind-filter="kind:Question"></span>
<span hidden data-pagefind-meta="kind:Question"></span>
<h1 data-pagefind-meta="title">${escapeHtml(question.question)}</h1>
${markdown.render(question.answer)}
<p data-pagefind-weight="2">Also asked as: ${escapeHtml(question.askedAs.join(", "))}</p>
</main></body></html>`;
  return { url: `/questions/#${question.id}`, content: html };
}

/**
 * One technical requirement as the HTML Pagefind indexes, a record of its own at
 * /technical-requirements/#<id>: its title, the subjects it is searched by (weighted as the heading),
 * and its text, with kind "Technical requirement" to filter on.
 * @example requirementRecord({ id: "avoid-webviews", title: "…", subject: ["webview"], … })
 * @param {Pick<import("../contract.js").TechnicalRequirement, "title" | "subject" | "statement" | "why" | "howToShow" | "url">} requirement
 */
export function requirementRecord(requirement) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(requirement.title)}</title></head><body><main data-pagefind-body>
<span hidden data-pagefind-filter="kind:Technical requirement"></span>
<span hidden data-pagefind-meta="kind:Technical requirement"></span>
<h1 data-pagefind-meta="title">${escapeHtml(requirement.title)}</h1>
<p data-pagefind-weight="7">${escapeHtml(requirement.subject.join(", "))}</p>
${markdown.render(requirement.statement)}
${markdown.render(requirement.why)}
${markdown.render(requirement.howToShow)}
</main></body></html>`;
  return { url: requirement.url, content: html };
}

/** Indexes the site after each build. @param {import("../types/eleventy.js").EleventyConfig} eleventyConfig */
export default function searchIndex(eleventyConfig) {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (process.env.SEARCH_INDEX === "off") return;
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: directories.output });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
      for (const term of latestGuide()?.glossary.terms ?? []) {
        const record = await index.addHTMLFile(termRecord(term));
        if (record.errors.length > 0) throw new Error(`Pagefind could not index the term "${term.id}": ${record.errors.join("; ")}`);
      }
      for (const question of latestGuide()?.search.questions ?? []) {
        const record = await index.addHTMLFile(questionRecord(question));
        if (record.errors.length > 0)
          throw new Error(`Pagefind could not index the question "${question.id}": ${record.errors.join("; ")}`);
      }
      for (const requirement of latestGuide()?.technicalRequirements?.requirements ?? []) {
        const record = await index.addHTMLFile(requirementRecord(requirement));
        if (record.errors.length > 0)
          throw new Error(`Pagefind could not index the requirement "${requirement.id}": ${record.errors.join("; ")}`);
      }
      const written = await index.writeFiles({ outputPath: path.join(directories.output, "pagefind") });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    } finally {
      await index.deleteIndex();
      await pagefind.close();
    }
  });
}
