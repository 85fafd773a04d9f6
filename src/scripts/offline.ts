// Registers the service worker that keeps the guide for offline use (built into <base>sw.js by
// lib/plugins/service-worker.js). Its own module, as small as it can be: it is on every page, and the
// team plan's page has almost no room left in its 45 KB. A browser without service workers runs
// nothing, and the site is as it was.
if ("serviceWorker" in navigator) {
  // After the page has loaded, so saving the guide never competes with the page being read. The
  // worker sits at the site's root (under any path prefix), one folder above this script.
  addEventListener("load", () => void navigator.serviceWorker.register(new URL("../sw.js", import.meta.url)).catch(() => undefined));
}
