// Runs Eleventy's command line on a data folder, as `npm run build` does, for tests of the built output.
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Builds the site from `dataDir` into a new temporary folder, without the search index.
 * Resolves to { code, stdout, stderr, outputDir } whether or not the build succeeds.
 */
export async function buildSite(dataDir) {
  const outputDir = await mkdtemp(path.join(tmpdir(), "guide-build-"));
  const child = spawn(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--quiet"], {
    env: { ...process.env, DATA_DIR: dataDir, OUTPUT_DIR: outputDir, SEARCH_INDEX: "off", PATH_PREFIX: "", NODE_OPTIONS: "" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on("close", resolve));
  return { code, stdout, stderr, outputDir };
}
