// The parts of Eleventy 3's configuration API that lib/plugins and lib/filters use. Eleventy publishes
// its types only as JSDoc inside its JavaScript, which the compiler does not read from node_modules.

/** What Eleventy passes to its "eleventy.before" and "eleventy.after" handlers. */
export interface EleventyEvent {
  directories: { input: string; output: string; includes: string; data: string };
  results?: Array<{ url: string; outputPath: string; content: string }>;
  incremental?: boolean;
}

/** Eleventy's configuration object, as a plugin receives it. */
export interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addWatchTarget(target: string): void;
  setLibrary(name: string, library: unknown): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (event: EleventyEvent) => unknown): void;
}
