// Under the heading of the home page, the checklist and the plan: the changes to the guide and the
// process since this browser's previous visit, shown once per visit, and dismissible. A first visit
// shows nothing. It counts as shown only once it has been on screen, so a page left unscrolled, or
// closed at once, does not use it up.
import { Component } from "nhsuk-frontend";
import { currentVisit, markNewsShown } from "../progress/visits";
import { formatMoment } from "../progress/wording";

/** Calls `seen` once the element has been at least partly on screen; at once where that cannot be told. */
function whenOnScreen(element: Element, seen: () => void): void {
  if (typeof IntersectionObserver !== "function") {
    seen();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    seen();
  });
  observer.observe(element);
}

/** The changes since the previous visit, once a visit. */
export class SinceLastVisit extends Component {
  static override moduleName = "app-since-last-visit";

  constructor($root: Element | null) {
    super($root);
    const root = this.$root;
    const visit = currentVisit();
    if (!visit.previous || !visit.newsPending) return;
    const since = visit.previous.slice(0, 10);
    const items = [...root.querySelectorAll<HTMLElement>("[data-change-date]")];
    const newer = items.filter((item) => (item.dataset["changeDate"] ?? "") > since);
    if (newer.length === 0) return;
    for (const item of newer) item.hidden = false;
    const text = root.querySelector<HTMLElement>("[data-since-text]");
    if (text)
      text.textContent = `Since you last opened this guide on ${formatMoment(visit.previous)}, ${newer.length === 1 ? "1 change has" : `${newer.length} changes have`} been recorded:`;
    root.hidden = false;
    whenOnScreen(root, () => markNewsShown());
    root.querySelector("[data-since-dismiss]")?.addEventListener("click", () => {
      root.hidden = true;
      // Dismissed is seen, even if it was never scrolled to.
      markNewsShown();
    });
  }
}
