// The worker a build with OFFLINE=off publishes in place of the guide's (sw.ts). A browser that has the
// guide's worker checks for a new one on its next visit, installs this one, and this one deletes what
// was saved for offline use and unregisters itself. It has no fetch handler, so from the moment it
// takes over every request goes to the network as if there were no worker. Open tabs are not
// reloaded: a reader may be typing in one.
import { CACHE_PREFIX } from "./cache-names";

declare const self: ServiceWorkerGlobalScope;

self.addEventListener("install", () => void self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Only this copy of the guide's caches: another copy may be served from the same host under another path.
      const ours = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name.endsWith(self.registration.scope));
      await Promise.all(ours.map((name) => caches.delete(name)));
      await self.registration.unregister();
    })(),
  );
});
