#!/usr/bin/env node
/**
 * Serves a built site over HTTP, optionally under a path prefix, the way GitHub Pages serves a
 * project site: /prefix/x/ → dir/x/index.html, unknown paths → dir/404.html with status 404,
 * text compressed with gzip when the browser accepts it (unless gzip is turned off, as Lighthouse
 * measures a host that does not compress).
 * Usage: node scripts/serve-static.js --dir _site --port 8080 [--prefix /nhslogin/] [--no-gzip]
 */
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".csv": "text/csv; charset=utf-8",
  // The only XML the site serves is its Atom feed (/changes.xml).
  ".xml": "application/atom+xml; charset=utf-8",
};

/** Text worth compressing, as a real host would. Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".map", ".svg", ".csv"]);

/** Resolves a request path to a file inside root, or null when it is outside or missing. */
async function resolveFile(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.resolve(root, `.${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  for (const file of [candidate, path.join(candidate, "index.html")]) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}

/** Starts a server; resolves with it once listening. `gzip: false` serves every file uncompressed. */
export function serveStatic({ dir, port, prefix = "/", gzip: compress = true }) {
  const root = path.resolve(dir);
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    let file = null;
    if (pathname.startsWith(base)) file = await resolveFile(root, `/${pathname.slice(base.length)}`);
    else if (`${pathname}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    // A directory asked for without its trailing slash: redirect, as static hosts do.
    if (file?.endsWith(`${path.sep}index.html`) && !pathname.endsWith("/") && !pathname.endsWith(".html")) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, "404.html");
    const headers = { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
    const gzip = compress && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(status, gzip ? { ...headers, "content-encoding": "gzip", vary: "accept-encoding" } : headers);
    const body = createReadStream(file).on("error", () => res.end());
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: "string", default: "_site" },
      port: { type: "string", default: "8080" },
      prefix: { type: "string", default: "/" },
      "no-gzip": { type: "boolean", default: false },
    },
  });
  const server = await serveStatic({ dir: values.dir, port: Number(values.port), prefix: values.prefix, gzip: !values["no-gzip"] });
  console.log(`Serving ${values.dir} at http://127.0.0.1:${server.address().port}${values.prefix}`);
}
