// The built guide's model, loaded from _data/ as the build loads it, so tests follow the content.
import { loadGuideData } from "../../lib/data/load-guide-data.js";

/** The parts of the model the end-to-end tests read. */
export interface GuideModel {
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
}

export const guide = (await loadGuideData("_data")) as unknown as GuideModel;
