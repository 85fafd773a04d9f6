// The tab kept for a worker's tests (shared-page.ts) is put back between tests as a new one would be,
// so no test passes or fails because of the one before it. The two tests run in order, in one worker.
import { expect, test } from "./shared-page";
import { savedPlan } from "./helpers";
import { guide } from "./guide-model";

/** Any action will do: the first. */
const action = guide.actions[0]!;

test.describe.configure({ mode: "default" });

let keptTab: unknown;
/** What a listener left by the first test hears; it should hear nothing of the second. */
const heard: string[] = [];

test("a test may save progress, route requests, resize the tab and emulate print", async ({ page }) => {
  keptTab = page;
  await page.goto("checklist/");
  await page.getByRole("checkbox", { name: action.title, exact: true }).check();
  await expect.poll(async () => (await savedPlan(page))?.actions[action.id]?.status?.value).toBe("done");
  await page.route(/\/styles\/main\.css$/, (route) => route.abort());
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ media: "print", forcedColors: "active" });
  page.on("request", (request) => heard.push(request.url()));
});

test("the next test on the kept tab starts as a new tab would: blank, nothing saved, no routes, default size and media", async ({
  page,
}) => {
  expect(page, "the two tests ran on different tabs, so this proves nothing").toBe(keptTab);
  expect(page.url()).toBe("about:blank");
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  heard.length = 0;
  await page.goto("checklist/");
  expect(heard, "a listener from the test before still runs").toEqual([]);
  expect(await savedPlan(page)).toBeNull();
  await expect(page.getByRole("checkbox", { name: action.title, exact: true })).not.toBeChecked();
  // The stylesheet loads again: the header is NHS blue.
  await expect(page.locator("header.nhsuk-header")).toHaveCSS("background-color", "rgb(0, 94, 184)");
  expect(await page.evaluate(() => [matchMedia("print").matches, matchMedia("(forced-colors: active)").matches])).toEqual([false, false]);
});
