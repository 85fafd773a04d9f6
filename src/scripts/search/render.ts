// Turns Pagefind results into NHS-styled list items, building every node itself: excerpts keep only
// their text and <mark> highlights, so no markup from the index is ever inserted as HTML.
import type { PagefindResultData } from "./pagefind";

/** How much of the user's own text a sentence repeats back to them. */
const ECHO_LENGTH = 50;

/**
 * The user's own text, to quote back in a sentence: shortened to its first 50 characters, and in a
 * <bdi> element so a right-to-left or override character in it cannot reorder the sentence around it.
 */
export function echo(text: string): HTMLElement {
  const characters = Array.from(text); // by code point, so an emoji is never cut in half
  const isolated = document.createElement("bdi");
  isolated.textContent = characters.length > ECHO_LENGTH ? `${characters.slice(0, ECHO_LENGTH).join("")}…` : text;
  return isolated;
}

/** Appends an excerpt to `parent` as text, with Pagefind's <mark> highlights kept. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const template = document.createElement("template");
  template.innerHTML = excerpt; // inert: nothing inside a template runs or loads
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      parent.append(mark);
    } else {
      parent.append(node.textContent ?? "");
    }
  }
}

/** One result: title link, kind, excerpt, and links to the matching actions within the page. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "app-search-result";
  const heading = document.createElement("h2");
  heading.className = "nhsuk-heading-s app-search-result__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta["title"] ?? data.url;
  heading.append(link);
  const kind = document.createElement("p");
  kind.className = "app-search-result__kind";
  kind.textContent = [data.meta["kind"], data.meta["step"]].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  appendExcerpt(excerpt, data.excerpt);
  item.append(heading, kind, excerpt);

  // Sub-results are the sections (actions) of a page that match: link straight to them. A result that
  // is itself a section (a glossary term at /glossary/#id) is not listed again under its own title.
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes("#") && sub.url !== data.url).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement("ul");
    list.className = "nhsuk-list app-search-result__sections";
    for (const sub of sections) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = sub.url;
      a.textContent = sub.title;
      const text = document.createElement("span");
      text.className = "nhsuk-body-s app-search-result__section-excerpt";
      appendExcerpt(text, sub.excerpt);
      li.append(a, text);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/**
 * What the status line says: how many results, for what (quoted back shortened and isolated, see
 * echo, never as HTML), and the spelling searched when it was corrected.
 */
export function statusSentence(count: number, typed: string, corrected: string | null): Array<string | HTMLElement> {
  const quoted = (text: string) => [" for ‘", echo(text), "’"];
  if (count === 0) return ["No results", ...(typed ? quoted(typed) : []), ". Try fewer words, or another spelling."];
  const counted = `${count} ${count === 1 ? "result" : "results"}`;
  if (corrected) return [counted, ...quoted(corrected), ". You searched for ‘", echo(typed), "’."];
  return [counted, ...(typed ? quoted(typed) : [])];
}
