// The plan's link to share: the whole plan packed after the # of the page's address (its code loads
// on demand), kept up to date as the plan changes, and copied by Copy link.
import { MAX_LINK_FRAGMENT } from "../plan/link-format";
import type { ProgressStore } from "../progress/store";
import { lazy } from "../lazy";
import { showMessage } from "./progress-view";

/** Wires the link box and Copy link; returns what asks for the link to be brought up to date. */
export function startPlanLink(root: HTMLElement, store: ProgressStore): () => void {
  let linkTimer: number | undefined;
  const linkField = root.querySelector<HTMLInputElement>("[data-plan-link]");
  const scheduleLink = () => {
    window.clearTimeout(linkTimer);
    linkTimer = window.setTimeout(() => void updateLink(), 150);
  };
  // Packing is asynchronous, so two updates can finish out of order: only the latest may fill the box,
  // or a slower, older one would leave a stale link after Copy link had copied the current one.
  let linkRequest = 0;
  let latestLink: Promise<void> = Promise.resolve();
  const updateLink = () => (latestLink = packLink(++linkRequest));
  /** Resolves once the newest link asked for so far is in the box. */
  const linkSettled = async () => {
    let waited: Promise<void>;
    do await (waited = latestLink);
    while (waited !== latestLink);
  };
  // A link is stamped with when it was made, so it is packed again only when the plan or the name in
  // it changed: otherwise a render after Copy link would put a link in the box other than the one copied.
  let packedFor = "";
  const packLink = async (request: number) => {
    if (!linkField) return;
    const packing = JSON.stringify([store.state(), store.name()]);
    if (packing === packedFor && linkField.value) return;
    // The packing code is loaded once, after the page has started: the link fills in a moment later.
    const { planFragment } = await lazy("share-link");
    const fragment = await planFragment(store.state(), store.name());
    if (request !== linkRequest) return;
    packedFor = packing;
    const base = `${location.origin}${location.pathname}`;
    if (fragment.length - 1 > MAX_LINK_FRAGMENT) {
      linkField.value = "";
      linkField.dataset["tooBig"] = "true";
      showMessage(
        root,
        "link",
        "problem",
        `Your plan is too big to fit in a link (${fragment.length.toLocaleString("en-GB")} characters; a link holds up to ${MAX_LINK_FRAGMENT.toLocaleString("en-GB")}). Use Export plan below and send your team the file instead.`,
      );
      return;
    }
    if (linkField.dataset["tooBig"]) {
      delete linkField.dataset["tooBig"];
      showMessage(root, "link", null);
    }
    linkField.value = `${base}${fragment}`;
  };
  root.querySelector("[data-plan-copy]")?.addEventListener("click", () => {
    void (async () => {
      window.clearTimeout(linkTimer);
      void updateLink();
      await linkSettled();
      if (!linkField?.value) return;
      let copied: boolean;
      try {
        await navigator.clipboard.writeText(linkField.value);
        copied = true;
      } catch {
        linkField.select();
        copied = document.execCommand("copy");
      }
      showMessage(
        root,
        "link",
        copied ? "success" : "problem",
        copied
          ? "Link copied. Anyone with it can read your plan, notes included."
          : "The link could not be copied. Select it in the box above and copy it yourself.",
        true,
      );
    })();
  });
  return scheduleLink;
}
