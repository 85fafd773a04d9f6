// A `test` whose `page` is one tab kept open for all the tests a worker runs. Opening a browser
// context and its first tab costs about a second of CPU on the 2-core machine CI runs on, more than
// most tests take, and halved the suite's time. Between tests the tab is put back as a new one would
// be: on about:blank, with nothing saved for the site, and no routes, listeners, permissions or
// emulated media. A test with JavaScript off gets a context of its own, as usual. A spec that needs
// more (init scripts, a second tab in the same browser, printing) takes `test` from @playwright/test.
import { test as base, type Page } from "@playwright/test";

/** The viewport Playwright gives a new page. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export const test = base.extend<object, { keptPage: Page }>({
  keptPage: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL ?? "";
      // A context made here does not take the config's options: the offline service worker is blocked
      // as playwright.config.ts blocks it for every test, as clearing the site's storage would not remove it.
      const context = await browser.newContext({ baseURL, viewport: DEFAULT_VIEWPORT, serviceWorkers: "block" });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ keptPage, browser, baseURL, javaScriptEnabled, viewport }, use) => {
    if (javaScriptEnabled === false) {
      const context = await browser.newContext({ baseURL: baseURL ?? "", javaScriptEnabled, viewport: viewport ?? DEFAULT_VIEWPORT });
      await use(await context.newPage());
      await context.close();
      return;
    }
    await keptPage.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
    await use(keptPage);
    keptPage.removeAllListeners();
    await keptPage.context().clearPermissions();
    await keptPage.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await keptPage.unrouteAll({ behavior: "ignoreErrors" });
    // Leave the page, so nothing of it runs on into the next test; then forget what it saved.
    const origin = new URL(keptPage.url()).origin;
    await keptPage.goto("about:blank");
    if (origin.startsWith("http")) {
      const cdp = await keptPage.context().newCDPSession(keptPage);
      await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "local_storage,cookies,indexeddb" });
      await cdp.detach();
    }
  },
});

export { expect, type Page } from "@playwright/test";
