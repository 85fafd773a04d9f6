// Sharing a plan with no server: the whole plan in a link's fragment, merged only when the reader
// agrees, field by field, never losing a newer change; damaged or hostile links change nothing.
import type { Browser } from "@playwright/test";
import { expect, test, type Page } from "./shared-page";
import { messageBanner, saveRawProgress, savedPlan } from "./helpers";
import { actionGroup, answer, setActionField, shareLink } from "./plan-helpers";
import { emptyState, joinPlans, stateToJson, writeField, type PlanState } from "../../src/scripts/progress/plan-state";
import { newWriterId } from "../../src/scripts/progress/store";
import { actionRuledOut, guide, numberOf, spreadAction } from "./guide-model";

/** Actions these tests write to: any would do, so they are spread over the process (see spreadAction). */
const actionA = spreadAction(0, 5);
const actionB = spreadAction(1, 5);
const actionC = spreadAction(2, 5);
const actionD = spreadAction(3, 5);
const actionE = spreadAction(4, 5);

/** An action an answer rules out, with its question, the answer and the reason. */
const ruled = actionRuledOut()!;

/** A fresh browser profile, as a teammate's computer: nothing saved. */
async function teammate(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** Packs any text the way a plan link is packed (deflate, base64url), to build links a hostile sender might. */
async function packed(page: Page, text: string): Promise<string> {
  return page.evaluate(async (body) => {
    const stream = new Blob([body]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `#plan=${btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
  }, text);
}

test("two browsers with nothing saved run one plan by link alone, and nothing is lost on either side @prefix", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const a = await teammate(browser, baseURL!);
  await a.goto("plan/");
  await a.getByLabel("Your name or initials").fill("AB");
  await a.getByLabel("Your name or initials").blur();
  await answer(a, ruled.question.question, ruled.answer.label);
  await a.getByLabel("Start date").fill("2027-01-04");
  await a.getByLabel("Start date").blur();
  await setActionField(a, numberOf(actionA), "Owner", "Asha", actionA.id);
  await setActionField(a, numberOf(actionC), "Owner", "Priya", actionC.id);
  await setActionField(a, numberOf(actionC), "Notes", "Draft with the clinical safety officer.", actionC.id);
  await setActionField(a, numberOf(actionD), "Notes", "Legal to review clause 7.", actionD.id);
  await setActionField(a, numberOf(actionD), "Target date", "2027-03-15", actionD.id);
  await actionGroup(a, numberOf(actionB)).getByLabel("Status", { exact: true }).selectOption("done");
  const linkFromA = await shareLink(a);
  expect(linkFromA).toContain("/plan/#plan=");

  // B opens A's link: it is described, and nothing changes until B agrees.
  const b = await teammate(browser, baseURL!);
  await b.goto(linkFromA);
  const incoming = b.locator("[data-plan-incoming]");
  await expect(incoming).toBeVisible();
  // The owners Asha and Priya joined A's team as they were typed, and travel with the plan.
  await expect(incoming).toContainText(
    "4 actions are newer in this link, and 2 answers or plan dates are newer in this link, and 2 team members are new or changed in this link.",
  );
  await expect(incoming).toBeFocused();
  expect(await savedPlan(b)).toBeNull();
  await b.getByRole("button", { name: "Merge it into your plan" }).click();
  await expect(messageBanner(b, "share", "success")).toContainText(
    "Merged the shared plan: 4 actions and 2 answers or dates updated. 2 team members added or changed.",
  );
  expect(new URL(b.url()).hash).toBe("");
  await expect(actionGroup(b, numberOf(actionC)).getByLabel("Notes", { exact: true })).toHaveValue(
    "Draft with the clinical safety officer.",
  );
  await expect(actionGroup(b, numberOf(actionB)).locator("[data-plan-state]")).toHaveText(/^Done by AB on /);
  await expect(actionGroup(b, numberOf(ruled.action)).locator("[data-plan-state]")).toContainText(`Not applicable: ${ruled.reason}`);

  // B changes one note; meanwhile A changes an owner, later than anything in B's link.
  await b.getByLabel("Your name or initials").fill("CD");
  await b.getByLabel("Your name or initials").blur();
  await setActionField(b, numberOf(actionD), "Notes", "Legal reviewed clause 7: fine.", actionD.id);
  const linkFromB = await shareLink(b);
  await setActionField(a, numberOf(actionA), "Owner", "Asha and Sam", actionA.id);

  // A merges B's link back: B's note arrives, and A's newer owner stays.
  await a.goto(linkFromB);
  await expect(a.locator("[data-plan-incoming]")).toContainText("1 action is newer in this link.");
  await a.getByRole("button", { name: "Merge it into your plan" }).click();
  await expect(actionGroup(a, numberOf(actionD)).getByLabel("Notes", { exact: true })).toHaveValue("Legal reviewed clause 7: fine.");
  await expect(actionGroup(a, numberOf(actionA)).getByLabel("Owner", { exact: true })).toHaveValue("Asha and Sam");
  await expect(actionGroup(a, numberOf(actionC)).getByLabel("Notes", { exact: true })).toHaveValue(
    "Draft with the clinical safety officer.",
  );
  await expect(actionGroup(a, numberOf(actionD)).getByLabel("Target date", { exact: true })).toHaveValue("2027-03-15");
  const savedA = await savedPlan(a);
  expect(savedA?.actions[actionD.id]?.notes?.by).toBe("CD");
  expect(savedA?.answers["im1"]?.value).toBe("no");
  // And B still has everything A shared, with its own change.
  const savedB = await savedPlan(b);
  expect(savedB?.actions[actionC.id]?.owner?.value).toBe("Priya");
  expect(savedB?.actions[actionD.id]?.notes?.value).toBe("Legal reviewed clause 7: fine.");
  expect(savedB?.dates.start?.value).toBe("2027-01-04");
  await a.context().close();
  await b.context().close();
});

test("choosing not to merge a shared link changes nothing and clears it from the address bar", async ({ page, browser, baseURL }) => {
  await page.goto("plan/");
  await setActionField(page, numberOf(actionA), "Owner", "Asha", actionA.id);
  const link = await shareLink(page);
  const other = await teammate(browser, baseURL!);
  await other.goto(link);
  await other.getByRole("button", { name: "Do not merge" }).click();
  await expect(messageBanner(other, "share", "success")).toHaveText(/The shared plan was not merged. Your plan has not changed./);
  expect(new URL(other.url()).hash).toBe("");
  expect(await savedPlan(other)).toBeNull();
  await other.context().close();
});

/** A plan as an export file or a link carries it, with these actions and nothing else, as JSON. */
function planFile(actions: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: "nhs-login-guide-progress", version: 2, actions, dates: {}, answers: {}, ...extra });
}

test.describe("a damaged or hostile link is refused with a clear message and changes nothing", () => {
  const cases: Array<[string, (page: Page) => Promise<string>, RegExp]> = [
    ["text that is not a packed plan", () => Promise.resolve("#plan=%%%not-base64"), /it is incomplete or damaged/],
    [
      "a link cut short when it was copied",
      async (page) => {
        const link = await packed(page, planFile({}, { pad: "x".repeat(400) }));
        return link.slice(0, Math.floor(link.length / 2));
      },
      /it is incomplete or damaged/,
    ],
    [
      "a plan with 2,000 answers to questions this guide does not ask",
      (page) =>
        packed(
          page,
          planFile(
            {},
            {
              answers: Object.fromEntries(
                Array.from({ length: 2_000 }, (_, i) => [`question-${i}`, { value: "yes", at: "2026-11-01T00:00:00.000Z" }]),
              ),
            },
          ),
        ),
      /it holds answers to 2000 questions that this guide does not have, more than any real plan \(at most 100\)/,
    ],
    [
      "markup where an action id should be",
      (page) => packed(page, planFile({ "<img src=x onerror=alert(1)>": { notes: { value: "hi", at: "2026-11-01T00:00:00.000Z" } } })),
      /“<img src=x onerror=alert\(1\)>” \(it is not an action id\)/,
    ],
    [
      "something other than a plan",
      (page) => packed(page, JSON.stringify({ hello: "world" })),
      /it is not a progress file exported from this guide/,
    ],
    ["a small link that unpacks to megabytes", (page) => packed(page, " ".repeat(5_000_000)), /it unpacks to far more than any plan/],
  ];
  for (const [name, makeLink, why] of cases) {
    test(name, async ({ page }) => {
      await page.goto("plan/");
      await saveRawProgress(
        page,
        JSON.stringify({
          version: 2,
          actions: { [actionC.id]: { owner: { value: "Priya", at: "2026-11-01T09:00:00.000Z" } } },
          dates: {},
          answers: {},
        }),
      );
      const before = await savedPlan(page);
      const fragment = await makeLink(page);
      await page.goto(`plan/${fragment}`);
      await page.reload();
      const banner = messageBanner(page, "share", "problem");
      await expect(banner).toContainText("This shared link cannot be used: ");
      await expect(banner).toContainText(why);
      await expect(banner).toContainText("Your plan has not changed.");
      await expect(page.locator("[data-plan-incoming]")).toBeHidden();
      await expect(page.locator("main img")).toHaveCount(0);
      expect(await savedPlan(page)).toEqual(before);
      await expect(actionGroup(page, numberOf(actionC)).getByLabel("Owner", { exact: true })).toHaveValue("Priya");
    });
  }
});

/** Notes that read like real ones: varied words, so they compress as real notes would. */
function noteOf(length: number, seed: number): string {
  const words =
    "ask the ICB about sponsorship letter DSPT submitted clinical safety officer review hazard log SCAL section update redirect URI sandpit test user P9 vectors of trust check with legal connection agreement signature due after the board meets on Tuesday chase supplier for IM1 pairing email sent to project manager waiting on reply book demo call architecture diagram draft v2 needs the data flow for userinfo".split(
      " ",
    );
  let state = seed;
  let text = "";
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += `${words[state % words.length]} `;
  }
  return text.slice(0, length);
}

/** Text that does not compress: letters and digits from a seeded generator. */
function randomText(length: number, seed: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  let state = seed;
  let text = "";
  for (let k = 0; k < length; k += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += letters[(state >> 8) % letters.length];
  }
  return text;
}

/** A plan with every field of every action set: `note` gives each action's notes. */
async function saveFullPlan(page: Page, note: (i: number) => string) {
  const ids = await page.evaluate(() =>
    (JSON.parse(document.getElementById("app-actions-manifest")?.textContent ?? "[]") as { id: string }[]).map((a) => a.id),
  );
  const at = "2026-11-20T10:00:00.000Z";
  const actions = Object.fromEntries(
    ids.map((id, i) => [
      id,
      {
        status: { value: "in-progress", at, by: "AB" },
        owner: { value: `Owner number ${i}`, at, by: "AB" },
        target: { value: "2027-02-01", at, by: "AB" },
        notes: { value: note(i), at, by: "AB" },
      },
    ]),
  );
  await saveRawProgress(
    page,
    JSON.stringify({ version: 2, actions, dates: { start: { value: "2027-01-04", at } }, answers: { im1: { value: "yes", at } } }),
  );
}

test("a full plan with a 500-character note on every action fits in a link, and reads back whole in another browser", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("plan/");
  const empty = await shareLink(page);
  await saveFullPlan(page, (i) => noteOf(500, i + 1));
  await page.reload();
  const full = await shareLink(page);
  test.info().annotations.push({
    type: "share-link-length",
    description: `empty plan ${empty.length} characters; full plan with 500-character notes ${full.length} characters`,
  });
  console.log(`share link length: empty plan ${empty.length}, full plan with 500-character notes ${full.length}`);
  const other = await teammate(browser, baseURL!);
  await other.goto(full);
  await other.getByRole("button", { name: "Merge it into your plan" }).click();
  const saved = await savedPlan(other);
  expect(Object.keys(saved?.actions ?? {})).toHaveLength(guide.totalActions);
  expect(saved?.actions).toEqual((await savedPlan(page))?.actions);
  expect(saved?.actions[actionE.id]?.notes?.value).toHaveLength(500);
  await other.context().close();
});

test("a six-person plan with owners, target dates and a 200-character note on every action shares in at most 8,000 characters", async ({
  page,
}) => {
  await page.goto("plan/");
  const ids = await page.evaluate(() =>
    (JSON.parse(document.getElementById("app-actions-manifest")?.textContent ?? "[]") as { id: string }[]).map((a) => a.id),
  );
  // Six people, each on three page loads over the weeks (each page load is a writer), each editing in
  // their own browser; their plans merged, as a team passing links around would end.
  const people = ["Asha", "Ben", "Chen", "Dana", "Eli", "Fay"];
  const writers = people.flatMap((name) => [0, 1, 2].map(() => ({ name, id: newWriterId() })));
  const plans: PlanState[] = people.map(() => emptyState());
  const day = (n: number) => new Date(Date.UTC(2026, 10, 2 + n, 9 + (n % 8))).toISOString();
  ids.forEach((id, i) => {
    const fields = [
      ["owner", people[i % 6]!],
      ["target", `2027-0${1 + (i % 5)}-1${i % 9}`],
      ["notes", noteOf(200, i + 1)],
      ["status", i % 3 === 0 ? "done" : "in-progress"],
    ] as const;
    fields.forEach(([field, value], k) => {
      const writer = writers[(i * 4 + k) % writers.length]!;
      const person = people.indexOf(writer.name);
      plans[person] = writeField(
        plans[person]!,
        { kind: "action", id, field },
        { value, writer: writer.id, at: day(i + k), by: writer.name },
      );
    });
  });
  const team = plans.reduce(joinPlans, emptyState());
  await saveRawProgress(page, JSON.stringify(stateToJson(team)));
  await page.reload();
  const link = await shareLink(page);
  test.info().annotations.push({ type: "share-link-length", description: `six-person plan ${link.length} characters` });
  console.log(`share link length: six-person plan with 200-character notes ${link.length}`);
  expect(link.length).toBeLessThanOrEqual(8_000);
});

test("a plan too big for a link says so and offers the file export instead", async ({ page }) => {
  await page.goto("plan/");
  // 1,000 characters of unpredictable text on every action: too much for any link.
  await saveFullPlan(page, (i) => randomText(1000, i + 1));
  await page.reload();
  const problem = messageBanner(page, "link", "problem");
  await expect(problem).toContainText("Your plan is too big to fit in a link");
  await expect(problem).toContainText("Use Export plan below and send your team the file instead.");
  await expect(page.getByLabel("Link to share")).toHaveValue("");
});
