// A browser module does one job and stays under 200 lines (STYLE.md, convention 13): past that it is
// usually doing two, and the next change should split it rather than grow it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const LIMIT = 200;

test(`no browser module is longer than ${LIMIT} lines`, () => {
  const modules = readdirSync("src/scripts", { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts"));
  assert.ok(modules.length > 10, "the browser code was not found");
  const long = modules
    .map((file) => ({ file, lines: readFileSync(path.join("src/scripts", file), "utf8").split("\n").length - 1 }))
    .filter(({ lines }) => lines > LIMIT)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  assert.deepEqual(long, []);
});
