/**
 * Modules loaded by URL rather than imported (the Eleventy config, TypeScript templates, worker threads) must come
 * from the compiled copy when the process runs from one (src/compiled/run-compiled.mjs): Node cannot load `.ts` files
 * without tsx, and the copy shares its module instances with the code already running.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Replaced by esbuild in a compiled copy; undeclared (so `typeof` says "undefined") under tsx.
declare const ARCHIVE_COMPILED_COPY: { root: string; sources: string } | undefined;
const copy = typeof ARCHIVE_COMPILED_COPY === 'undefined' ? undefined : ARCHIVE_COMPILED_COPY;

/** Whether this process runs from a compiled copy. */
export const runsCompiled = copy !== undefined;

/** The URL to load for the TypeScript module at `sourceUrl`: itself under tsx, else its compiled copy. */
export function runnableUrl(sourceUrl: string): string {
  if (!copy) return sourceUrl;
  const source = relative(copy.sources, fileURLToPath(sourceUrl));
  const compiled = join(copy.root, source.replace(/\.ts$/, '.mjs'));
  if (!existsSync(compiled)) {
    throw new Error(`${source} is not in the compiled copy: src/compiled/run-compiled.mjs compiles src/cli/*.ts, .eleventy.ts, templates/**/*.ts and src/**/*-worker.ts`);
  }
  return pathToFileURL(compiled).href;
}
