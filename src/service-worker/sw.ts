// The guide's service worker: after one visit the guide works offline, and online it is never stale.
// Workbox's precaching saves the files the build listed (lib/plugins/service-worker.js injects the list
// where self.__WB_MANIFEST stands), refetching only those whose content changed. Workbox would serve
// precached files cache first; the guide's pages and its unfingerprinted scripts and styles must not be,
// so this worker answers requests itself: network first for them, the saved copy only when the network
// fails. Pagefind's index files carry a hash of their content in their names, so they never change and
// are served cache first.
// Each module by its own path: the packages' indexes would bring routing code this worker does not use.
import { cacheNames } from "workbox-core/cacheNames.js";
import { clientsClaim } from "workbox-core/clientsClaim.js";
import { setCacheNameDetails } from "workbox-core/setCacheNameDetails.js";
import { CacheExpiration } from "workbox-expiration/CacheExpiration.js";
import { addPlugins } from "workbox-precaching/addPlugins.js";
import { cleanupOutdatedCaches } from "workbox-precaching/cleanupOutdatedCaches.js";
import { getCacheKeyForURL } from "workbox-precaching/getCacheKeyForURL.js";
import { matchPrecache } from "workbox-precaching/matchPrecache.js";
import { precache } from "workbox-precaching/precache.js";
import { CACHE_PREFIX } from "./cache-names";
import { withSavedNote } from "./saved-note";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** Pagefind's index, filter, fragment and meta files: named by a hash of their content. */
const FINGERPRINTED = /\/pagefind\/.*\.pf_(?:fragment|index|filter|meta)$/;
/** Where the page that says "not available offline" is (src/offline.njk). */
const OFFLINE_PAGE = new URL("offline/", self.registration.scope).href;
/** Pages and search files not in the precache are kept as they are visited, at most this many each. */
const PAGES = { name: `${CACHE_PREFIX}-pages-${self.registration.scope}`, maxEntries: 20 };
const SEARCH = { name: `${CACHE_PREFIX}-search-${self.registration.scope}`, maxEntries: 200 };

/**
 * The copy of a response to save: a page gets the line saying when it was saved (saved-note.ts); the
 * length and encoding the server sent no longer describe the body, so they go.
 */
async function stamped(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  const { status, statusText } = response;
  return new Response(withSavedNote(await response.text(), new Date()), { status, statusText, headers });
}

/** What a request is saved under: its address without query or fragment, and a folder's index.html as the folder. */
function savedKey(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname.replace(/\/index\.html$/, "/");
}

/** Saves a response in a runtime cache, dropping the least recently used entries beyond its limit. */
async function keep(cache: { name: string; maxEntries: number }, key: string, response: Response): Promise<void> {
  await (await caches.open(cache.name)).put(key, await stamped(response));
  const expiration = new CacheExpiration(cache.name, { maxEntries: cache.maxEntries });
  await expiration.updateTimestamp(key);
  await expiration.expireEntries();
}

/**
 * Keeps a page just fetched as its offline copy: over its precached copy when the build listed it,
 * so the copy is as new as the reader's last visit and the saved date says so; otherwise in the
 * pages cache.
 */
async function keepPage(key: string, response: Response): Promise<void> {
  const precacheKey = getCacheKeyForURL(key);
  if (!precacheKey) return keep(PAGES, key, response);
  await (await caches.open(cacheNames.precache)).put(precacheKey, await stamped(response));
}

/** The saved copy of a request, from the precache or a runtime cache, if there is one. */
async function savedCopy(key: string, runtime: { name: string }): Promise<Response | undefined> {
  return (await matchPrecache(key)) ?? (await caches.match(key, { cacheName: runtime.name }));
}

/** A page: from the network when it answers, else its saved copy, else the offline page. */
async function page(event: FetchEvent): Promise<Response> {
  const key = savedKey(event.request.url);
  try {
    const response = ((await event.preloadResponse) as Response | undefined) ?? (await fetch(event.request));
    if (response.ok && response.type === "basic") event.waitUntil(keepPage(key, response.clone()));
    return response;
  } catch {
    return (await savedCopy(key, PAGES)) ?? (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
  }
}

/** A fingerprinted search file: its saved copy when there is one (it cannot change), else the network. */
async function fingerprinted(request: Request): Promise<Response> {
  const key = savedKey(request.url);
  const saved = await savedCopy(key, SEARCH);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await keep(SEARCH, key, response.clone());
  return response;
}

/** A precached script, style, image or search file: from the network when it answers, else the saved copy. */
async function asset(request: Request, key: string): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await matchPrecache(key);
    if (saved) return saved;
    throw error;
  }
}

// The precache is named after the guide too, so the kill switch (kill-switch.ts) finds it with the others.
setCacheNameDetails({ prefix: CACHE_PREFIX });
precache(self.__WB_MANIFEST);
// Every precached page says when it was saved; only good responses are saved, as is Workbox's own rule.
addPlugins([{ cacheWillUpdate: async ({ response }) => (response.ok ? stamped(response) : null) }]);
cleanupOutdatedCaches();

// A new deploy's worker takes over at once: its pages come from the network anyway, and its precache
// holds that deploy's files, so there is nothing to ask the reader about.
void self.skipWaiting();
clientsClaim();
// The page's request starts while the worker starts, so network first costs no wait for the worker.
self.addEventListener("activate", (event) => event.waitUntil(self.registration.navigationPreload?.enable() ?? Promise.resolve()));

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === "navigate") return event.respondWith(page(event));
  if (FINGERPRINTED.test(new URL(request.url).pathname)) return event.respondWith(fingerprinted(request));
  // Anything the build did not list (source maps, the feed) goes to the network as if there were no worker.
  const key = savedKey(request.url);
  if (getCacheKeyForURL(key)) event.respondWith(asset(request, key));
});
