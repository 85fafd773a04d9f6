// The corrections of issue 19 (shared/content/corrections.md), each as a reader sees it on the page
// it appears on: the statement now made, the link now given, and what must no longer be said. Titles,
// addresses and names come from _data/ through the guide model wherever the data holds them.
import { expect, test } from "./shared-page";
import type { Locator, Page } from "@playwright/test";
import { guide } from "./guide-model";

const model = guide;
const term = (id: string) => model.glossary.terms.find((t) => t.id === id)!;
const documentById = (id: string) => model.documents.find((d) => d.id === id)!;
const change = (id: string) => model.changes.find((c) => c.id === id)!;
const action = (id: string) => model.actions.find((a) => a.id === id)!;

/** The hrefs of the external links inside `where`. */
const hrefs = (where: Locator) => where.locator("a[href^='https://']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));

/** A glossary entry as the glossary page shows it. */
async function glossaryEntry(page: Page, id: string) {
  await page.goto("glossary/");
  return page.locator(".app-glossary-term").filter({ has: page.locator(`[id="${id}"]`) });
}

/** An action's section on its step page. */
async function actionSection(page: Page, id: string) {
  await page.goto(`steps/${action(id).stepId}/`);
  return page.locator(`section[data-action-id="${id}"]`);
}

const DCB0129_CURRENT =
  "https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems";
const OLD_PUBLICATIONS_PATH = "publications-and-notifications/standards-and-collections/dcb0129";

test.describe("contradicted claims", () => {
  test("C-01: the glossary spells PYI out as prove your identity, citing the testing scenarios", async ({ page }) => {
    const pyi = term("pyi");
    const entry = await glossaryEntry(page, "pyi");
    await expect(entry.getByRole("heading")).toHaveText(pyi.term);
    expect(pyi.term).toMatch(/^prove your identity$/i);
    await expect(entry).toContainText(pyi.abbreviations[0]!);
    await expect(entry).not.toContainText("without spelling");
    expect(await hrefs(entry)).toContain("https://nhsconnect.github.io/nhslogin/testing-scenarios/");
  });

  test("C-02: the glossary says the test passcode is fixed only for the sandpit accounts and when Disable OTP is true", async ({
    page,
  }) => {
    const entry = await glossaryEntry(page, "otp");
    await expect(entry).not.toContainText("every test user has the same fixed passcode");
    await expect(entry).toContainText("fixed only in some cases");
    await expect(entry).toContainText(/.Disable OTP. to true/);
    expect(await hrefs(entry)).toContain("https://nhsconnect.github.io/nhslogin/test-data/");
  });

  test("C-03: the log dates the loss of the written steps to 14 October 2022, and the library's new address to 3 February 2026", async ({
    page,
  }) => {
    await page.goto("changes/");
    const removed = change("process-page-text-removed");
    const moved = change("document-library-address-changed");
    expect([removed.date, moved.date]).toEqual(["2022-10-14", "2026-02-03"]);
    const removedEntry = page.locator(`section[data-change-id="${removed.id}"]`);
    await expect(removedEntry).toContainText(removed.dateText);
    await expect(removedEntry).not.toContainText("By May 2026");
    expect(await hrefs(removedEntry)).toEqual(removed.sources.map((s) => s.url));
    await expect(page.locator(`section[data-change-id="${moved.id}"]`)).toContainText(moved.dateText);
  });

  test("C-03: actions from the diagram cite the October 2022 text, not an 'original process page'", async ({ page }) => {
    for (const id of ["attend-application-review-call", "partner-integration-board-go-live-review"]) {
      const section = await actionSection(page, id);
      await expect(section).toContainText("October 2022");
      await expect(section).not.toContainText("original process page");
      expect(await hrefs(section)).toContain(
        "https://github.com/nhsconnect/nhslogin/blob/fc5b78aed789f4bedbe829354117fe1ec9cc0158/src/integration-process.md",
      );
    }
  });
});

test.describe("claims stated more strongly than their source", () => {
  test("S-02: the Product Demonstration Call's 'not pass or fail' is flagged as preview wording", async ({ page }) => {
    const entry = await glossaryEntry(page, "product-demonstration-call");
    await expect(entry).toContainText("unpublished preview copy");
    await expect(entry).not.toContainText("NHS login describes it as a joint discussion");
  });

  test("S-03, S-04, P-01, P-02: the before-you-start items flag preview points and link no preview host", async ({ page }) => {
    await page.goto("./");
    const officer = page.locator("#before-you-start-clinical-safety-officer");
    await expect(officer).toContainText("unpublished preview copy");
    await expect(officer).not.toContainText("newer copy");
    expect(await hrefs(officer)).toContain(DCB0129_CURRENT);
    await expect(page.locator("#before-you-start-commissioner-or-sponsor")).toContainText("unpublished preview copy");
    expect(await hrefs(page.locator("main"))).not.toContainEqual(expect.stringContaining("production-like.nhsd.io"));
  });

  test("S-05, S-06, S-07: variants credit 'an unpublished preview copy', never 'a newer' one", async ({ page }) => {
    for (const id of ["attend-product-demonstration-call", "complete-scal", "submit-service-discovery-form"]) {
      const section = await actionSection(page, id);
      await expect(section).toContainText("unpublished preview copy");
      await expect(section).not.toContainText(/newer preview/i);
    }
  });

  test("S-08, L-01: the clinical safety document links DCB0129's current page and says the published Integrate page lists no requirements of its own", async ({
    page,
  }) => {
    const doc = documentById("clinical-safety-requirements");
    await page.goto(`documents/${doc.id}/`);
    const main = page.locator("main");
    expect(doc.officialUrl).toBe(DCB0129_CURRENT);
    await expect(main).toContainText("published Integrate page does not list");
    await expect(main).not.toContainText(/newer preview/i);
    expect(await hrefs(main)).toContain("https://digital.nhs.uk/services/clinical-safety/clinical-risk-management-standards");
  });

  test("S-09, M-02: the supplier test data request goes through the developer Slack, not the test data mailbox", async ({ page }) => {
    await page.goto("documents/supplier-test-data-request/");
    const main = page.locator("main");
    await expect(main).toContainText("through the developer Slack");
    await expect(main).not.toContainText(/Send the completed spreadsheet to support\.nhslogin@nhs\.net/);
  });

  test("S-10, L-03: the optional specifications state each interface's purpose and link their own pages", async ({ page }) => {
    const doc = documentById("optional-interface-specifications");
    await page.goto(`documents/${doc.id}/`);
    await expect(page.locator("main")).toContainText(/on the patient.s behalf/);
    await expect(page.locator("main")).toContainText("Our reading is that you need them only");
    const links = await hrefs(page.locator("main"));
    expect(links).toContain("https://nhsconnect.github.io/nhslogin/provision-account-external-interface/");
    expect(links).toContain("https://nhsconnect.github.io/nhslogin/users-endpointv2-external-interface/");
    expect(links).not.toContain("https://nhsconnect.github.io/nhslogin/");
  });

  test("S-11, L-04: the IM1 request's purpose is our reading, and it links the IM1 pairing page", async ({ page }) => {
    await page.goto("documents/im1-request-for-change/");
    await expect(page.locator("main")).toContainText("Neither says what the request covers");
    expect(await hrefs(page.locator("main"))).toContain("https://digital.nhs.uk/services/gp-it-futures-systems/im1-pairing-integration");
  });

  test("S-12: no template for the architecture diagrams is 'found', not denied", async ({ page }) => {
    await page.goto("documents/architecture-diagrams/");
    await expect(page.locator("main")).toContainText("We found no template");
    await page.goto("./");
    await expect(page.locator("#before-you-start-architecture-diagrams")).toContainText("We found no template");
  });

  test("S-14: post-go-live support gives the severity grades only as preview wording", async ({ page }) => {
    const section = await actionSection(page, "review-post-go-live-support");
    await expect(section.locator(".app-action__guidance, p").first()).not.toContainText("sets a severity from 1 to 5");
    await expect(section).toContainText("unpublished preview copy");
  });
});

test.describe("official facts no longer shown as unconfirmed", () => {
  test("R-01: reviewing fit says your service owns sessions and sign-out, linking NHS login's session management page", async ({
    page,
  }) => {
    const section = await actionSection(page, "review-fit");
    await expect(section).toContainText("has no sign-out of its own");
    expect(await hrefs(section)).toContain("https://nhsconnect.github.io/nhslogin/session-management/");
    await expect(section.getByRole("link", { name: "technical requirements" })).toHaveAttribute(
      "href",
      /technical-requirements\/#session-management$/,
    );
  });

  test("R-02, L-09: the Service Discovery form registers you with the National Service Desk, citing digital onboarding", async ({
    page,
  }) => {
    const doc = documentById("service-discovery-form");
    await page.goto(`documents/${doc.id}/`);
    await expect(page.locator("main")).toContainText("register with the National Service Desk");
    expect(await hrefs(page.locator("main"))).toContain("https://digital.nhs.uk/developer/guides-and-documentation/digital-onboarding");
    const section = await actionSection(page, "submit-service-discovery-form");
    await expect(section).toContainText("National Service Desk");
    await expect(section).not.toContainText("Our reading: the form registers");
  });
});

test.describe("links", () => {
  test("L-01: glossary terms on clinical risk link the current standards pages, not the old publications path", async ({ page }) => {
    await page.goto("glossary/");
    expect(await hrefs(page.locator("main"))).not.toContainEqual(expect.stringContaining(OLD_PUBLICATIONS_PATH));
    expect(await hrefs(await glossaryEntry(page, "dcb0160"))).toContain(
      "https://digital.nhs.uk/services/clinical-safety/clinical-risk-management-standards",
    );
  });

  test("L-02: the Digital Onboarding Service's page links the digital onboarding guide first", async ({ page }) => {
    const doc = documentById("digital-onboarding-service");
    await page.goto(`documents/${doc.id}/`);
    const whereToFind = page.locator("h2:text('Where to find it') + p a");
    await expect(whereToFind).toHaveAttribute("href", "https://digital.nhs.uk/developer/guides-and-documentation/digital-onboarding");
  });

  test("L-05: the sandpit form's page links the form and the official page that gives its address", async ({ page }) => {
    const doc = documentById("sandpit-environment-request-form");
    await page.goto(`documents/${doc.id}/`);
    const links = await hrefs(page.locator("main"));
    expect(links).toContain(doc.officialUrl);
    expect(links).toContain("https://nhsconnect.github.io/nhslogin/integrating-to-sandpit/");
  });

  test("L-06, L-07, L-08: forms with no page of their own also link the forms and documents library", async ({ page }) => {
    for (const id of ["application-form", "product-demonstration-call-checklist", "integration-environment-request-form"]) {
      await page.goto(`documents/${id}/`);
      expect(await hrefs(page.locator("main"))).toContain(
        "https://digital.nhs.uk/services/nhs-login/nhs-login-for-partners-and-developers/nhs-login-integration-toolkit/nhs-login-forms-and-documents",
      );
    }
    await page.goto("documents/product-demonstration-call-checklist/");
    await expect(page.locator("main")).not.toContainText("Our reading of the process diagram");
  });

  test("L-11, M-01: OpenID Connect cites NHS login's OIDC flow, and RFC 8485 is linked at the IETF's current home", async ({ page }) => {
    expect(await hrefs(await glossaryEntry(page, "oidc"))).toContain("https://nhsconnect.github.io/nhslogin/oidc-login-flow/");
    expect(await hrefs(await glossaryEntry(page, "vector-of-trust"))).toContain("https://datatracker.ietf.org/doc/html/rfc8485");
  });
});

test.describe("minor", () => {
  test("M-03: the Slack change is dated December 2025 and names both changes", async ({ page }) => {
    const slack = change("slack-access-on-request");
    await page.goto("changes/");
    const entry = page.locator(`section[data-change-id="${slack.id}"]`);
    await expect(entry).toContainText(slack.dateText);
    expect(slack.dateText).toBe("December 2025");
    await expect(entry).toContainText("January 2026");
  });

  test("M-04: the redirect URI entry gives NHS login's rules: exact match, no wildcards, no http, no query strings", async ({ page }) => {
    const entry = await glossaryEntry(page, "redirect-uri");
    for (const rule of ["match a registered one exactly", "wildcards", "plain http addresses", "query string"])
      await expect(entry).toContainText(rule);
  });

  test("M-05: single sign-on says NHS login must configure it first", async ({ page }) => {
    const entry = await glossaryEntry(page, "sso");
    await expect(entry).toContainText("only once NHS login has configured it");
    expect(await hrefs(entry)).toContain("https://nhsconnect.github.io/nhslogin/single-sign-on/");
  });

  test("M-07: the sandpit test data change says both current pages stand", async ({ page }) => {
    await page.goto("changes/");
    await expect(page.locator('section[data-change-id="sandpit-test-data-published"]')).toContainText("both pages are current");
  });
});
