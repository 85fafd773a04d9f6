// The guide's actions as the page describes them (a JSON manifest rendered at build time).

/** One action of the process, as the browser needs it. */
export interface ActionInfo {
  id: string;
  title: string;
  number: string;
  stepId: string;
  stepTitle: string;
  conditional: boolean;
  replaces: string[];
}

/** Reads the manifest the page carries; an empty list when the page has none. */
export function readActionManifest(doc: Document): ActionInfo[] {
  const element = doc.getElementById("app-actions-manifest");
  if (!element?.textContent) return [];
  const parsed: unknown = JSON.parse(element.textContent);
  return Array.isArray(parsed) ? (parsed as ActionInfo[]) : [];
}
