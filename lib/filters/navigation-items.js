/**
 * Header navigation items for the nhsuk header macro: overview, each step, checklist, team plan, documents,
 * with the current page and its section marked.
 * @example {{ guide.steps | navigationItems(page.url) }} → [{ href: "/", text: "Overview", current: true, active: false }, …]
 * @param {ReadonlyArray<{ url: string, title: string }>} steps
 * @param {unknown} currentUrl
 */
export function navigationItems(steps, currentUrl) {
  const url = String(currentUrl ?? "");
  const items = [
    { href: "/", text: "Overview" },
    ...steps.map((step) => ({ href: step.url, text: step.title })),
    { href: "/checklist/", text: "Checklist" },
    { href: "/plan/", text: "Team plan" },
    { href: "/documents/", text: "Documents" },
  ];
  return items.map((item) => ({
    ...item,
    current: url === item.href,
    active: item.href !== "/" && url !== item.href && url.startsWith(item.href),
  }));
}
