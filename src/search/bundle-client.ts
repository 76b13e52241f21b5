/**
 * Bundles the browser search client (src/search/client/main.ts, with Lunr and
 * the shared analysis pipeline) into one minified ES2020 script. Called from
 * .eleventy.ts with the output path, e.g. `<site>/assets/search.js`.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

export async function bundleSearchClient(outFile: string): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile: outFile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
}
