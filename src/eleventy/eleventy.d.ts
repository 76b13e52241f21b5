/** The slice of Eleventy 3's API this project uses (the package ships no type declarations). */
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: EleventyConfig) => void;
  }

  export interface EleventyConfig {
    pathPrefix: string;
    /** What `addGlobalData` has been given so far, by name (src/eleventy/handover.ts reads its own entry). */
    globalData: Record<string, unknown>;
    benchmarkManager: { get(group: string): { setIsVerbose(verbose: boolean): void } };
    addGlobalData(name: string, value: unknown): void;
    addCollection(name: string, collection: (api: { getAll(): Array<{ url: string | false; templateContent: string }> }) => unknown[]): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    addExtension(extensions: string | string[], options: Record<string, unknown>): void;
    addTemplateFormats(formats: string | string[]): void;
    addWatchTarget(path: string): void;
    /**
     * Runs on every page's content, in the order transforms were added: Eleventy adds its own HTML transform (the path
     * prefix) after any from the constructor's `config` callback and before the configuration file's and plugins'.
     */
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string | Promise<string>): void;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    on(event: string, listener: (...args: never[]) => unknown): void;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    /** Renders and runs transforms, but writes nothing (not even the passthrough copy). */
    setDryRun(isDryRun: boolean): void;
  }

  export const HtmlBasePlugin: unknown;
}
