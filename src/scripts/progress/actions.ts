// The guide's actions as the page describes them (a JSON manifest rendered at build time).

import type { ActionInfo, Exclusion } from "../../../lib/contract.js";
import { isPlainObject } from "./records";

/** The action and exclusion shapes the build writes (lib/contract.js): one definition for both sides. */
export type { ActionInfo, Exclusion };

const isText = (value: unknown): value is string => typeof value == "string";
const isTexts = (value: unknown): boolean => Array.isArray(value) && value.every(isText);

/** Whether a value read from the page is an answer that rules something out, as the build writes one. */
export const isExclusion = (value: unknown): value is Exclusion =>
  isPlainObject(value) && isText(value["question"]) && isText(value["answer"]) && isText(value["reason"]);

/**
 * Whether a manifest entry has every field the build writes, each of its type: the page is read, not
 * trusted. One expression (the smallest of the forms measured), as every page with a checklist carries it.
 */
export const isActionInfo = (value: unknown): value is ActionInfo =>
  isPlainObject(value) &&
  isText(value["id"]) &&
  isText(value["title"]) &&
  isText(value["number"]) &&
  isText(value["stepId"]) &&
  isText(value["stepTitle"]) &&
  typeof value["stepShare"] == "number" &&
  isText(value["url"]) &&
  isTexts(value["roles"]) &&
  typeof value["conditional"] == "boolean" &&
  isTexts(value["replaces"]) &&
  isTexts(value["after"]) &&
  Array.isArray(value["exclusions"]) &&
  value["exclusions"].every(isExclusion) &&
  (value["change"] == null || (isPlainObject(value["change"]) && isText(value["change"]["date"]) && isText(value["change"]["url"])));

/** Reads the manifest the page carries, keeping the entries of the build's shape; an empty list when the page has none. */
export function readActionManifest(doc: Document): ActionInfo[] {
  const element = doc.getElementById("app-actions-manifest");
  if (!element?.textContent) return [];
  const parsed: unknown = JSON.parse(element.textContent);
  return Array.isArray(parsed) ? parsed.filter(isActionInfo) : [];
}

/**
 * The full address of a root-relative address in the manifest ("/steps/apply/#x"), under the
 * site's path prefix, if any.
 */
export function siteAddress(doc: Document, rootRelative: string): string {
  const root = doc.getElementById("app-actions-manifest")?.dataset["siteRoot"] ?? "/";
  return new URL(rootRelative.replace(/^\//, ""), new URL(root, doc.baseURI)).href;
}

/** The ids this guide knows: actions (with the ids they replace) and the plan's questions. */
export function knownIds(doc: Document, actions: readonly ActionInfo[]): { actions: Set<string>; questions: Set<string> } {
  const questions = (doc.getElementById("app-actions-manifest")?.dataset["questionIds"] ?? "").split(" ").filter(Boolean);
  return { actions: new Set(actions.flatMap((a) => [a.id, ...a.replaces])), questions: new Set(questions) };
}

/** The bank holidays (YYYY-MM-DD) the page lists, which suggested dates skip; none without a manifest. */
export function readHolidays(doc: Document): Set<string> {
  const days = doc.getElementById("app-actions-manifest")?.dataset["holidays"] ?? "";
  return new Set(days.split(" ").filter(Boolean));
}

let pageHolidaysRead: Set<string> | null = null;

/** This page's bank holidays, read once; none outside a browser, so unit tests pass their own. */
export function pageHolidays(): ReadonlySet<string> {
  if (typeof document === "undefined") return new Set();
  pageHolidaysRead ??= readHolidays(document);
  return pageHolidaysRead;
}
