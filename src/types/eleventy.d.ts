// @11ty/eleventy 3 ships no type declarations; this covers the programmatic API the build and serve commands use.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; source?: 'cli' | 'script'; runMode?: 'build' | 'watch' | 'serve' });
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    stopWatch(): Promise<void>;
  }
}
