// ESLint (flat config): JavaScript's recommended rules everywhere, typescript-eslint's type-aware
// rules for the TypeScript, and Prettier's config last so formatting is Prettier's job alone.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site*/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench-results*/**"] },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused parameters must start with "_" (as tsconfig's noUnusedParameters allows).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The benchmark's page.evaluate callbacks run in the browser.
    files: ["scripts/bench.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // node:test tracks the promises test() and describe() return; awaiting them is not needed.
    files: ["tests/unit/**/*.ts"],
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
  prettier,
);
