// What every export shares, small enough to load with the page: the file format's marker, the import
// size limit, file names, and the text clean-up used by the spreadsheet and calendar files.

/** Marks an exported file as ours, so any other JSON file is refused. */
export const EXPORT_FORMAT = "nhs-login-guide-progress";

/** Files over this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** "nhs-login-progress-2026-11-24.json" for a date. */
export function exportFileName(now: Date, extension: "json" | "csv" | "ics", what = "progress"): string {
  return `nhs-login-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * `text` without control characters (C0, DEL, C1) or the Unicode line and paragraph separators, which
 * an export must not hand to a spreadsheet or calendar: they come from text typed by anyone, arriving
 * by link or file. Line breaks are kept as line feeds when `keepLineBreaks`; otherwise they go too.
 */
export function withoutControls(text: string, keepLineBreaks = false): string {
  const lines = keepLineBreaks ? text.replace(/\r\n?/g, "\n") : text;
  return lines.replace(keepLineBreaks ? /(?!\n)[\p{Cc}\u2028\u2029]/gu : /[\p{Cc}\u2028\u2029]/gu, "");
}
