// Measuring built pages: gzipped sizes, and the CSS and JavaScript each page loads.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes of a file once gzipped (level 9, as a server would serve it at best). */
export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every HTML page of a built site, leaving out Pagefind's own files. */
export function htmlPages(siteDir) {
  return readdirSync(siteDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"))
    .map((file) => path.join(siteDir, file));
}

/** Gzipped bytes of a page together with the stylesheets and scripts it loads. */
export function pageWeight(htmlFile, siteDir) {
  return [htmlFile, ...assetsLoadedBy(htmlFile, siteDir)].reduce((sum, file) => sum + gzipSize(file), 0);
}

/**
 * A script and every script it imports statically (the chunks it cannot run without), as files.
 * What it loads with import() only when used is left out: a page does not load it to start.
 */
export function withStaticImports(scriptFile) {
  const files = new Set([scriptFile]);
  for (const file of files) {
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?"(\.{1,2}\/[^"]+)"/g))
      files.add(path.join(path.dirname(file), match[1]));
  }
  return [...files];
}

/** Gzipped bytes of a script with the chunks it imports statically. */
export function scriptWeight(scriptFile) {
  return withStaticImports(scriptFile).reduce((sum, file) => sum + gzipSize(file), 0);
}

/** The stylesheets and scripts a page loads by itself (root-relative URLs, as in an unprefixed build). */
export function assetsLoadedBy(htmlFile, siteDir) {
  const html = readFileSync(htmlFile, "utf8");
  const urls = [
    ...[...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]),
  ];
  const files = urls.map((url) => path.join(siteDir, decodeURIComponent(url.replace(/^\//, ""))));
  return [...new Set(files.flatMap((file) => (file.endsWith(".js") ? withStaticImports(file) : [file])))];
}
