// The line a page saved for offline use shows at its foot: "Saved for offline use on 7 December 2026".
// The worker writes it into the copy as it saves it, so the date is when that copy was saved, the line
// is there at the first paint (nothing moves), the page needs no script for it, and a page from the
// network, which has no such line, is never mistaken for a saved one.

/** A date as the guide writes dates, e.g. "7 December 2026", in the reader's time zone. */
export function savedDateText(when: Date): string {
  return when.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

/**
 * A page's HTML with the saved line added as the last line of the footer (nothing is below it, so
 * nothing else moves). The page that says a page is not available offline gets none, and HTML without
 * the footer is left as it is.
 * @example withSavedNote('<div class="nhsuk-footer__meta"><p>©</p></div>', new Date("2026-12-07"))
 * // '<div class="nhsuk-footer__meta"><p>©</p><p class="nhsuk-body-s" data-offline-saved="2026-12-07T00:00:00.000Z">Saved for offline use on 7 December 2026</p></div>'
 */
export function withSavedNote(html: string, when: Date): string {
  const meta = html.indexOf('class="nhsuk-footer__meta"');
  const end = meta === -1 ? -1 : html.indexOf("</div>", meta);
  if (end === -1 || html.includes("data-offline-fallback")) return html;
  const note = `<p class="nhsuk-body-s" data-offline-saved="${when.toISOString()}">Saved for offline use on ${savedDateText(when)}</p>`;
  return html.slice(0, end) + note + html.slice(end);
}
