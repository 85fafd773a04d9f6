// The built guide's model, loaded from _data/ as the build loads it, so tests follow the content.
import { loadGuideData } from "../../lib/data/load-guide-data.js";

/** The parts of the model the end-to-end tests read. */
export interface GuideModel {
  steps: Array<{ id: string; title: string; number: number; url: string }>;
  actions: Array<{
    id: string;
    title: string;
    stepId: string;
    stepNumber: number;
    number: number;
    /** Whether the team can mark it as not applicable. */
    conditional?: boolean;
    roles: Array<{ id: string }>;
    terms: Array<{ id: string; term: string }>;
    /** The answers that rule the action out, from its appliesWhen. */
    exclusions: Array<{ question: string; answer: string; reason: string }>;
  }>;
  documents: Array<{ id: string; roles: Array<{ id: string; title: string }>; terms: Array<{ id: string; term: string }> }>;
  glossary: {
    terms: Array<{ id: string; term: string; confidence: string; actions: Array<{ url: string }>; documents: Array<{ pageUrl: string }> }>;
  };
  roles: Array<{
    id: string;
    title: string;
    summary: string;
    actions: Array<{ id: string; url: string; number: string; title: string }>;
    documents: Array<{ id: string; pageUrl: string }>;
    terms: Array<{ url: string }>;
    /** The terms the role meets most, most often first; the page lists them and folds `otherTerms` away. */
    mostMetTerms: Array<{ url: string }>;
    otherTerms: Array<{ url: string }>;
  }>;
  rolesNote: string;
  beforeYouStart: {
    items: Array<{ id: string; title: string; confidence: string; neededFor: Array<{ url: string }>; sources: Array<{ url: string }> }>;
  };
  totalActions: number;
  plan: { questions: Array<{ id: string; question: string }> };
}

/**
 * The data the site under test was built from: _data/, or a copy with a content designer's edits
 * (GUIDE_DATA_DIR, set by npm run test:edited), so the same tests hold for it unchanged.
 */
export const GUIDE_DATA_DIR = process.env["GUIDE_DATA_DIR"] ?? "_data";

export const guide = (await loadGuideData(GUIDE_DATA_DIR)) as unknown as GuideModel;

/** An action's number as pages show it ("3.8"). */
export const numberOf = (action: { stepNumber: number; number: number }): string => `${action.stepNumber}.${action.number}`;

/** The actions of one step, in order. */
export const actionsInStep = (stepId: string) => guide.actions.filter((action) => action.stepId === stepId);

/** Matches text that starts with `title` (a list may add to it, as "(only if it applies to you)"). */
export const startsWith = (title: string): RegExp => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
