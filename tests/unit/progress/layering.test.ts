// The browser code's one direction of use (STYLE.md, "Browser code, as the plan grows"): entry points,
// then components, then plan/, then progress/; nothing below imports from above. (Import cycles, types
// included, are found by dpdm in `npm run lint`.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every module under `folder` with the modules it imports, as written ("../components/x"). */
function importsUnder(folder: string): [string, string[]][] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => {
      const text = readFileSync(path.join(folder, file), "utf8");
      // A type-only import from the build's contract (lib/contract.js) is the one way up: it names the
      // shapes the build hands the page, and vanishes from the bundle.
      const specifiers = [...text.matchAll(/^(import type|import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)]
        .filter((match) => !(match[1] === "import type" && /\/lib\/contract\.js$/.test(match[2] ?? "")))
        .map((match) => match[2] ?? "");
      return [path.join(folder, file), specifiers];
    });
}

/** Where an import written in `file` leads, relative to src/scripts ("components/plan-view"). */
const target = (file: string, specifier: string) => path.relative("src/scripts", path.resolve(path.dirname(file), specifier));

test("nothing in progress/ imports from plan/, components/ or an entry point", () => {
  const upward = importsUnder("src/scripts/progress").flatMap(([file, specifiers]) =>
    specifiers.filter((s) => s.startsWith(".") && !target(file, s).startsWith("progress/")).map((s) => `${file} → ${s}`),
  );
  assert.deepEqual(upward, []);
});

test("nothing in plan/ imports from components/ or an entry point", () => {
  const upward = importsUnder("src/scripts/plan").flatMap(([file, specifiers]) =>
    specifiers.filter((s) => s.startsWith(".") && !/^(plan|progress)\//.test(target(file, s))).map((s) => `${file} → ${s}`),
  );
  assert.deepEqual(upward, []);
});
