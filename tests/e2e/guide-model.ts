// The built guide's model, loaded from _data/ as the build loads it, so tests follow the content.
import { loadGuideData } from "../../lib/data/load-guide-data.js";

/**
 * The data the site under test was built from: _data/, or a copy with a content designer's edits
 * (GUIDE_DATA_DIR, set by npm run test:edited), so the same tests hold for it unchanged.
 */
export const GUIDE_DATA_DIR = process.env["GUIDE_DATA_DIR"] ?? "_data";

/** The model the site under test was built from, typed as lib/ builds it (the Guide of lib/data/load-guide-data.js). */
export const guide = await loadGuideData(GUIDE_DATA_DIR);

/** An action's number as pages show it ("3.8"). */
export const numberOf = (action: { stepNumber: number; number: number }): string => `${action.stepNumber}.${action.number}`;

/** The actions of one step, in order. */
export const actionsInStep = (stepId: string) => guide.actions.filter((action) => action.stepId === stepId);

/** Matches text that starts with `title` (a list may add to it, as "(only if it applies to you)"). */
export const startsWith = (title: string): RegExp => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
