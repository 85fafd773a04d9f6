#!/usr/bin/env node
// The maintainers' review report: prints the steps, actions, documents and glossary terms past their
// next review date, oldest first, with the sources each cites, then the sources not checked in the last
// six months, oldest first. Exits 1 when anything is listed (0 when nothing is, 2 when the data cannot
// be read). Not part of npm test: a test must not start failing because a date on the calendar passed.
// Usage: npm run review [-- --today YYYY-MM-DD] [--data DIR]
import { parseArgs } from "node:util";
import { loadGuideData } from "../lib/data/load-guide-data.js";
import { GuideDataError } from "../lib/data/problems.js";
import { todayIso } from "../lib/data/dates.js";
import { overdueItems, reviewReport, staleSources, staleSourcesReport } from "../lib/review-report.js";

const { values } = parseArgs({
  options: { today: { type: "string", default: todayIso() }, data: { type: "string", default: process.env.DATA_DIR || "_data" } },
});
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`--today must be a date written YYYY-MM-DD, not "${values.today}"`);
  process.exit(2);
}

try {
  const guide = await loadGuideData(values.data, { today: values.today });
  console.log(reviewReport(guide.reviewItems, values.today));
  console.log("");
  console.log(staleSourcesReport(guide.sources, values.today));
  const toDo = overdueItems(guide.reviewItems, values.today).length + staleSources(guide.sources, values.today).length;
  process.exitCode = toDo > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof GuideDataError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
