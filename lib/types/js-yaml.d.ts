// js-yaml publishes no types: these are the parts lib/data/load-guide-data.js uses, as its README describes them.
declare module "js-yaml" {
  /** The YAML 1.2 core schema: no timestamps, so dates stay text. */
  export const CORE_SCHEMA: object;
  /** Parses one YAML document. */
  export function load(source: string, options?: { schema?: object; filename?: string }): unknown;
  /** A syntax error, with where (`mark`, 0-based) and what (`reason`). */
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number };
  }
}
