/**
 * Bundles the browser search client into two minified ES2020 scripts: the page's (src/search/client/main.ts) at the
 * given path, e.g. `<site>/assets/search.js`, and its worker's (worker.ts, with the engine and the shared analysis
 * pipeline) beside it as `search-worker.js`. Called from .eleventy.ts. The bundles are kept in `node_modules/.cache/`
 * (a checksummed entry of src/cache) with the sources they came from and reused until one changes: every build and
 * every `serve` rebuild writes the scripts, and bundling is slower than reading them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordSources, sourceHashes, sourcesUnchanged, type SourceHashes } from '../compiled/source-record.mjs';
import { CacheStore } from '../cache/store.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const WORKER_ENTRY = fileURLToPath(new URL('./client/worker.ts', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'arsip-search-client', 'bundle.json');
/** The worker's script, beside the page's (see WORKER_SCRIPT in client/main.ts). */
export const WORKER_FILE = 'search-worker.js';

interface CachedBundle {
  inputs: SourceHashes;
  code: string;
  worker: string;
}

/** `cacheFile`: where the bundle is kept between builds. */
export async function bundleSearchClient(outFile: string, cacheFile = CACHE): Promise<void> {
  await mkdir(dirname(outFile), { recursive: true });
  const workerFile = join(dirname(outFile), WORKER_FILE);
  const store = new CacheStore(dirname(cacheFile), { kind: 'search client bundle cache', version: '2' });
  const cached = await store.read(basename(cacheFile), (payload) => JSON.parse(payload.toString()) as CachedBundle);
  if (cached && sourcesUnchanged(ROOT, cached.inputs)) {
    await Promise.all([writeFile(outFile, cached.code), writeFile(workerFile, cached.worker)]);
    return;
  }

  const recorded: SourceHashes = {};
  // Imported only to bundle: most builds find the bundle current.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { search: ENTRY, 'search-worker': WORKER_ENTRY },
    write: false,
    outdir: dirname(outFile),
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
  const output = (name: string) => result.outputFiles.find((file) => file.path.endsWith(`/${name}`))!.text;
  const code = output('search.js');
  const worker = output(WORKER_FILE);
  await Promise.all([writeFile(outFile, code), writeFile(workerFile, worker)]);
  await store.write(basename(cacheFile), JSON.stringify({ inputs: sourceHashes(ROOT, result.metafile, recorded), code, worker } satisfies CachedBundle));
}
