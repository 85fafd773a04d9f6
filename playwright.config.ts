import { defineConfig } from "@playwright/test";
import { FIXTURE_PORT, PORT_BASE } from "./tests/e2e/helpers";

// Playwright cannot download its own browser here, so it drives the system Chromium.
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ROOT_PORT = PORT_BASE;
// The site served at the root: _site, or the build of a content designer's edits (npm run test:edited).
const ROOT_SITE = process.env.E2E_SITE || "_site";
const PREFIX_PORT = PORT_BASE + 1;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    launchOptions: {
      executablePath,
      args: [
        // Chromium's own background traffic would be refused by this machine's closed network.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // The site has one origin, so isolating sites in processes of their own, and keeping a spare
        // renderer ready, only costs CPU on a 2-core machine (about a sixth of each page's start-up).
        "--disable-site-isolation-trials",
        "--disable-features=IsolateOrigins,site-per-process,SpareRendererForSitePerProcess",
      ],
    },
    trace: { mode: "retain-on-failure", snapshots: false, screenshots: false, sources: false },
    // The guide's offline service worker would answer requests in place of the network, out of reach of
    // page.route and the request counts tests make, and would outlive a test in its saved copies. Only
    // the offline tests let it register (tests/e2e/offline*.spec.ts: test.use({ serviceWorkers: "allow" })).
    serviceWorkers: "block",
  },
  webServer: [
    {
      command: `node scripts/serve-static.js --dir ${ROOT_SITE} --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.js --dir _site-prefixed --port ${PREFIX_PORT} --prefix /nhslogin/`,
      url: `http://127.0.0.1:${PREFIX_PORT}/nhslogin/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.js --dir _site-fixture --port ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
  projects: [
    // Every test runs against the site served from the root.
    { name: "root", use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    // Tests tagged @prefix run again against the site built with PATH_PREFIX=/nhslogin/: those whose
    // outcome hangs on the prefix (the crawl of every link and asset, addresses built by scripts or
    // written into exports, feeds and share links, search results, state kept in the URL).
    { name: "prefixed", grep: /@prefix/, use: { baseURL: `http://127.0.0.1:${PREFIX_PORT}/nhslogin/` } },
    // Only for npm run test:edited: what a content designer's edits add shows where readers look.
    ...(process.env.GUIDE_DATA_DIR
      ? [{ name: "edited", testMatch: /content-edit\.edited\.ts$/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } }]
      : []),
  ],
});
