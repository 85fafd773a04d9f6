#!/usr/bin/env node
// Runs every <folder>/**/*.test.{js,ts} (unit tests by default, or the budgets) with node's test runner (tsx compiles the TypeScript).
// Node 20 cannot expand globs itself, so this finds the files. Usage: run-node-tests.js [folder]
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = process.argv[2] ?? "tests/unit";
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => /\.test\.(js|ts)$/.test(file))
  .map((file) => path.join(root, file))
  .sort();
if (files.length === 0) {
  console.error(`No tests found under ${root}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
