/**
 * Bundles the browser search client (src/search/client/main.ts, with Lunr and
 * the shared analysis pipeline) into one minified ES2020 script. Called from
 * .eleventy.ts with the output path, e.g. `<site>/assets/search.js`. The bundle
 * is kept in `node_modules/.cache/` (a checksummed entry of src/cache) with
 * the sources it came from and reused until one changes: every build and every
 * `serve` rebuild writes the script, and bundling is slower than reading it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordSources, sourceHashes, sourcesUnchanged, type SourceHashes } from '../build/source-record.mjs';
import { CacheStore } from '../cache/store.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'arsip-search-client', 'bundle.json');

interface CachedBundle {
  inputs: SourceHashes;
  code: string;
}

/** `cacheFile`: where the bundle is kept between builds. */
export async function bundleSearchClient(outFile: string, cacheFile = CACHE): Promise<void> {
  await mkdir(dirname(outFile), { recursive: true });
  const store = new CacheStore(dirname(cacheFile), { kind: 'search client bundle cache', version: '1' });
  const cached = await store.read(basename(cacheFile), (payload) => JSON.parse(payload.toString()) as CachedBundle);
  if (cached && sourcesUnchanged(ROOT, cached.inputs)) return writeFile(outFile, cached.code);

  const recorded: SourceHashes = {};
  // Imported only to bundle (about 35 ms): most builds find the bundle current.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    write: false,
    outfile: outFile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    plugins: [recordSources(ROOT, recorded)],
  });
  const code = result.outputFiles[0]!.text;
  await writeFile(outFile, code);
  await store.write(basename(cacheFile), JSON.stringify({ inputs: sourceHashes(ROOT, result.metafile, recorded), code } satisfies CachedBundle));
}
