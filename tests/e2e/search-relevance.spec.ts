// How well search answers what partners type: names, abbreviations, misspellings and questions, each
// with the pages that answer it, typed into /search/ against the real Pagefind index. At least 95% must
// have an answering page in the top three and 80% first; the test prints its figures and every miss.
import { expect, test, type Page } from "./shared-page";
import { guide } from "./guide-model";
import { searchFor, type Result } from "./search-helpers";

const model = guide as typeof guide & {
  steps: Array<{ id: string }>;
  documents: Array<{ id: string }>;
  search: { questions: Array<{ id: string }> };
};

/** An answering page, found by its id in the data so a test never names a page that does not exist. */
function lookUp<T extends { id: string }>(list: T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`no ${what} "${id}" in _data/`);
  return found;
}
const term = (id: string) => `/glossary/#${lookUp(guide.glossary.terms, id, "glossary term").id}`;
const doc = (id: string) => `/documents/${lookUp(model.documents, id, "document").id}/`;
const step = (id: string) => `/steps/${lookUp(model.steps, id, "step").id}/`;
const action = (id: string) => `/steps/${lookUp(guide.actions, id, "action").stepId}/#${id}`;
const question = (id: string) => `/questions/#${lookUp(model.search.questions, id, "question").id}`;
const role = (id: string) => `/roles/${lookUp(guide.roles, id, "role").id}/`;

/** Whether a result is one of the answers: the page itself, or a step page whose listed sections include an answering action. */
const answers = (result: Result, wanted: string[]) =>
  wanted.includes(result.href) || result.sections.some((section) => wanted.includes(section) && section.startsWith(result.href));

/** Queries as partners write them, each with the pages that answer it. */
const QUERIES: Array<[query: string, answeredBy: string[]]> = [
  // Names of forms, documents, calls and terms.
  ["Connection Agreement", [doc("connection-agreement"), term("connection-agreement")]],
  ["SCAL", [term("scal"), doc("scal")]],
  ["sandpit", [term("sandpit"), doc("sandpit-environment-request-form"), step("discovery")]],
  ["Integration Environment Request form", [doc("integration-environment-request-form")]],
  ["Service Discovery form", [doc("service-discovery-form")]],
  [
    "Product Demonstration Call",
    [term("product-demonstration-call"), action("attend-product-demonstration-call"), doc("product-demonstration-call-checklist")],
  ],
  ["PDC checklist", [doc("product-demonstration-call-checklist")]],
  ["Preparation Call", [term("preparation-call"), action("attend-preparation-call")]],
  ["application form", [doc("application-form"), action("submit-application-form")]],
  [
    "Partner Integration Board",
    [term("pib"), action("partner-integration-board-application-review"), action("partner-integration-board-go-live-review")],
  ],
  ["ODS code", [term("ods-code")]],
  ["clinical safety officer", [term("clinical-safety-officer"), role("clinical-safety")]],
  ["hazard log", [term("hazard-log")]],
  ["public key", [term("public-key"), doc("key-pair-guidance")]],
  ["test data", [doc("sandpit-test-data"), doc("integration-test-data"), doc("supplier-test-data-request")]],
  ["NHS login button", [doc("button-guidance")]],
  ["Request for Change", [term("rfc"), doc("im1-request-for-change"), action("raise-im1-request-for-change")]],
  ["production access", [action("request-production-access"), doc("production-environment-request-form")]],
  ["developer Slack", [term("developer-slack"), doc("developer-support")]],
  ["scopes and claims", [doc("scopes-and-claims"), term("scope"), term("claim")]],
  ["single sign-on", [term("sso")]],
  ["go live", [step("go-live"), doc("go-live-and-support"), action("go-live")]],
  ["eligibility", [doc("eligibility-criteria"), action("check-eligibility")]],
  ["proof of concept", [term("proof-of-concept"), action("develop-proof-of-concept")]],
  ["smoke test", [term("smoke-test")]],
  ["vectors of trust", [doc("vectors-of-trust"), term("vector-of-trust")]],
  ["integration environment", [term("integration-environment"), doc("integration-environment-request-form")]],
  // Abbreviations and codes.
  ["DSPT", [term("dspt"), doc("dspt")]],
  ["DPIA", [term("dpia")]],
  ["IM1", [term("im1"), doc("im1-request-for-change")]],
  ["P9", [term("p9")]],
  ["DCB0129", [term("dcb0129")]],
  ["EIS", [term("eis"), doc("external-interface-specification")]],
  ["PIB", [term("pib")]],
  ["OIDC", [term("oidc")]],
  ["DOS", [term("digital-onboarding-service"), doc("digital-onboarding-service")]],
  ["CSO", [term("clinical-safety-officer")]],
  ["JWT", [term("jwt")]],
  ["redirect URI", [term("redirect-uri")]],
  // Misspellings of the names that matter.
  ["scall", [term("scal"), doc("scal")]],
  ["dpsit", [term("dspt"), doc("dspt")]],
  ["dpai", [term("dpia")]],
  ["im 1", [term("im1"), doc("im1-request-for-change")]],
  ["sandpitt", [term("sandpit"), doc("sandpit-environment-request-form")]],
  ["sand box", [term("sandpit"), doc("sandpit-environment-request-form")]],
  ["vector of trusts", [doc("vectors-of-trust"), term("vector-of-trust")]],
  ["conection agreement", [doc("connection-agreement"), term("connection-agreement")]],
  ["service discvery form", [doc("service-discovery-form")]],
  ["clinical safty oficer", [term("clinical-safety-officer")]],
  ["integraton environment", [term("integration-environment"), doc("integration-environment-request-form")]],
  // Questions.
  ["what is IM1", [term("im1")]],
  ["what is a DPIA", [term("dpia")]],
  ["what is the SCAL?", [term("scal")]],
  ["what are vectors of trust", [term("vector-of-trust")]],
  ["what does P9 mean", [term("p9")]],
  ["who signs", [question("who-signs")]],
  ["who signs the connection agreement?", [question("who-signs"), doc("connection-agreement"), term("connection-agreement")]],
  ["how long does it take", [question("how-long"), "/"]],
  ["how long does integration take?", [question("how-long"), "/"]],
  ["cost", [question("cost")]],
  ["how much does NHS login cost", [question("cost")]],
  ["who do I contact", [question("contact")]],
  ["how do I contact NHS login?", [question("contact")]],
  ["what do I do first", [question("what-first"), step("apply")]],
  ["where do I start", [question("what-first"), step("apply")]],
  ["how do I get access to the sandpit", [doc("sandpit-environment-request-form"), term("sandpit"), action("develop-proof-of-concept")]],
  ["do I need a DPIA", [term("dpia")]],
  ["do I need IM1", [term("im1"), action("raise-im1-request-for-change")]],
  ["how do I join Slack", [doc("developer-support"), term("developer-slack"), question("contact")]],
  ["what verification level do I need", [action("decide-verification-level"), term("proofing-level")]],
  ["how do I go live", [step("go-live"), doc("go-live-and-support"), action("go-live")]],
  ["where do I get the SCAL form", [doc("scal")]],
  // The guide's own pages, by what they are.
  ["team plan", ["/plan/"]],
  ["checklist", ["/checklist/"]],
  ["progress", ["/checklist/", "/plan/"]],
  ["who does what", ["/roles/"]],
  ["what's new", ["/changes/"]],
  ["overview", ["/"]],
  ["technical role", [role("technical")]],
  ["information governance", [role("information-governance")]],
];

/** Where a query's first answering page came: 1, 2, 3, or null when none is in the top three. */
async function rankOf(page: Page, query: string, wanted: string[]): Promise<{ rank: number | null; top: Result[] }> {
  const top = (await searchFor(page, query)).slice(0, 3);
  const index = top.findIndex((result) => answers(result, wanted));
  return { rank: index === -1 ? null : index + 1, top };
}

test("at least 95% of partners' queries have an answer in the top three, and 80% first", async ({ page }) => {
  test.setTimeout(240_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(60);
  await page.goto("search/");
  const misses: string[] = [];
  let first = 0;
  let topThree = 0;
  for (const [query, wanted] of QUERIES) {
    const { rank, top } = await rankOf(page, query, wanted);
    if (rank !== null) topThree += 1;
    if (rank === 1) first += 1;
    if (rank !== 1)
      misses.push(
        `  ${rank === null ? "not in top 3" : `answer ${rank}`}: "${query}" → ${top.map((r) => r.href).join(" | ") || "nothing"}`,
      );
  }
  const percent = (n: number) => `${((100 * n) / QUERIES.length).toFixed(1)}%`;
  console.log(
    [
      `Search relevance over ${QUERIES.length} queries: answer first ${first} (${percent(first)}), in the top three ${topThree} (${percent(topThree)}).`,
      misses.length ? `Not answered first:\n${misses.join("\n")}` : "Every query answered first.",
    ].join("\n"),
  );
  expect(topThree / QUERIES.length, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(first / QUERIES.length, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
});
