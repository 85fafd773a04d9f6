// nunjucks publishes no types of its own: these are the parts lib/ uses, as its API documentation describes them.
declare module "nunjucks" {
  /** Finds templates in folders, searched in order. */
  export class FileSystemLoader {
    constructor(searchPaths: string | string[], options?: { noCache?: boolean });
  }
  /** Options of an environment (https://mozilla.github.io/nunjucks/api.html#configure). */
  export interface EnvironmentOptions {
    autoescape?: boolean;
    trimBlocks?: boolean;
    lstripBlocks?: boolean;
    throwOnUndefined?: boolean;
  }
  /** Where templates are found and how they render. */
  export class Environment {
    constructor(loader?: FileSystemLoader, options?: EnvironmentOptions);
  }
  /** One compiled template. */
  export class Template {
    constructor(source: string, environment?: Environment, path?: string, eagerCompile?: boolean);
    render(context?: object): string;
  }
  /** Marks HTML that autoescaping must leave as it is. */
  export const runtime: { SafeString: new (value: string) => object };
  const nunjucks: {
    FileSystemLoader: typeof FileSystemLoader;
    Environment: typeof Environment;
    Template: typeof Template;
    runtime: typeof runtime;
  };
  export default nunjucks;
}
