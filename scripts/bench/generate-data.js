/**
 * Writes a synthetic but valid data set (site, process, documents, glossary, roles and
 * before-you-start) for measuring the build at sizes the real content may one day reach.
 * @example await generateData("/tmp/data", { steps: 4, actionsPerStep: 6, documents: 10000 })
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";

const ROLES = ["project-lead", "technical", "information-governance", "clinical-safety", "legal-commercial"];
/** About as many glossary terms as the real guide has, so auto-linking is measured at its real cost. */
const TERMS = 80;
const TYPES = ["form", "template", "checklist", "specification", "agreement", "test-data", "guide"];
// Words every page shares (as real guidance shares "NHS login"), and a larger made-up vocabulary so
// that, as in real content, a typical word appears on a small share of pages.
const COMMON = "nhs login partner service integration".split(" ");
const SYLLABLES = "ka lo mi ne ru sa ti vo be da fe gi ho ju ky".split(" ");
const VOCABULARY = Array.from(
  { length: 3000 },
  (_, i) => SYLLABLES[i % 15] + SYLLABLES[Math.floor(i / 15) % 15] + SYLLABLES[Math.floor(i / 225) % 15],
);

/** A deterministic sentence of `n` words, so every run builds the same content. */
function sentence(seed, n) {
  return Array.from({ length: n }, (_, i) =>
    i % 5 === 0 ? COMMON[(seed + i) % COMMON.length] : VOCABULARY[(seed * 7919 + i * 104729) % VOCABULARY.length],
  ).join(" ");
}

/** A word that appears on about 1% of synthetic documents: what a typical search looks for. */
export const TYPICAL_WORDS = [VOCABULARY[1234], VOCABULARY[2345]];

/** A word on every page: the worst case for search. */
export const COMMON_WORD = COMMON[0];

export async function generateData(dir, { steps = 4, actionsPerStep = 6, documents = 100 } = {}) {
  await mkdir(dir, { recursive: true });
  const site = {
    serviceName: "NHS login integration guide",
    description: "Synthetic content for benchmarks.",
    lastReviewed: "2026-11-24",
    nextReviewDue: "2027-05-24",
    duration: { text: "around 2 to 3 months" },
    links: Object.fromEntries(
      ["toolkit", "plan", "library", "process", "developerSupport"].map((k) => [k, { title: k, url: `https://example.org/${k}` }]),
    ),
  };
  const totalActions = steps * actionsPerStep;
  // Each action uses an equal share of the documents, so every document is used once.
  const docsPerAction = Math.ceil(documents / totalActions);
  const process = {
    steps: Array.from({ length: steps }, (_, s) => ({
      id: `step-${s + 1}`,
      title: `Step title ${s + 1}`,
      summary: sentence(s, 20),
      source: { title: "Source", url: `https://example.org/step-${s + 1}`, checked: "2026-01-01" },
      actions: Array.from({ length: actionsPerStep }, (_, a) => {
        const index = s * actionsPerStep + a;
        const first = index * docsPerAction;
        return {
          id: `action-${index + 1}`,
          title: `Action ${index + 1}: ${sentence(index, 6)}`,
          guidance: `${sentence(index, 60)}\n\n- ${sentence(index + 1, 8)}\n- ${sentence(index + 2, 8)}\n`,
          roles: [ROLES[index % ROLES.length], ROLES[(index + 2) % ROLES.length]],
          who: "Your team.",
          outcome: sentence(index, 8),
          documents: Array.from({ length: Math.max(0, Math.min(docsPerAction, documents - first)) }, (_, d) => `document-${first + d + 1}`),
          sources: [{ title: "Source", url: `https://example.org/action-${index + 1}`, checked: "2026-01-01" }],
        };
      }),
    })),
  };
  const docs = {
    types: TYPES.map((id) => ({ id, label: id, plural: `${id}s` })),
    documents: Array.from({ length: documents }, (_, d) => ({
      id: `document-${d + 1}`,
      title: `Document ${d + 1} ${sentence(d, 4)}`,
      type: TYPES[d % TYPES.length],
      confidence: d % 20 === 0 ? "reported" : "official",
      roles: [ROLES[d % ROLES.length]],
      howToGet: "Ask your NHS login project manager.",
      summary: sentence(d, 40),
      completedBy: "Your team.",
      url: `https://example.org/document-${d + 1}`,
      source: "Example source",
      checked: "2026-01-01",
    })),
  };
  // Each term is a word from the made-up vocabulary, so guidance and documents use some of them.
  const glossary = {
    terms: Array.from({ length: TERMS }, (_, t) => ({
      id: `term-${t + 1}`,
      term: VOCABULARY[(t * 37) % VOCABULARY.length],
      abbreviations: [`T${t + 1}X`],
      definition: sentence(t, 30),
      confidence: "official",
      sources: [{ title: "Source", url: `https://example.org/term-${t + 1}`, checked: "2026-01-01" }],
      actions: [`action-${(t % totalActions) + 1}`],
      documents: documents > 0 ? [`document-${(t % documents) + 1}`] : [],
    })),
  };
  const roles = {
    note: "Our planning suggestion where NHS login does not say.",
    roles: ROLES.map((id) => ({ id, title: `Role ${id}`, summary: sentence(id.length, 20) })),
  };
  const beforeYouStart = {
    intro: sentence(1, 12),
    items: Array.from({ length: 6 }, (_, i) => ({
      id: `item-${i + 1}`,
      title: `Item ${i + 1}`,
      text: sentence(i, 30),
      neededFor: [`action-${(i % totalActions) + 1}`],
      confidence: "official",
      sources: [{ title: "Source", url: `https://example.org/item-${i + 1}`, checked: "2026-01-01" }],
    })),
  };
  // The plan's questions tailor nothing in generated data; call packs name no generated action.
  const plan = {
    intro: sentence(2, 20),
    defaultWeeks: 12,
    datesNote: sentence(3, 30),
    callPacks: [],
    questions: [
      {
        id: "im1",
        question: "Is it IM1?",
        answers: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
      },
    ],
  };
  await Promise.all([
    writeFile(path.join(dir, "plan.yaml"), stringify(plan)),
    writeFile(path.join(dir, "glossary.yaml"), stringify(glossary)),
    writeFile(path.join(dir, "roles.yaml"), stringify(roles)),
    writeFile(path.join(dir, "before-you-start.yaml"), stringify(beforeYouStart)),
    writeFile(path.join(dir, "site.yaml"), stringify(site)),
    writeFile(path.join(dir, "process.yaml"), stringify(process)),
    writeFile(path.join(dir, "documents.yaml"), stringify(docs)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, documents = "100", steps = "4", actionsPerStep = "6"] = process.argv.slice(2);
  await generateData(dir, { documents: Number(documents), steps: Number(steps), actionsPerStep: Number(actionsPerStep) });
}
