// @ts-check
/**
 * The compiled copy of the project's TypeScript: what `run-compiled.mjs` runs commands from, and what worker threads
 * start from (src/workers/ts-worker.ts), instead of through tsx, whose module hooks (on a thread of their own, one
 * round trip per module) slow the start of every build and of every worker thread (docs/performance.md).
 *
 * The copy is one esbuild bundle with code splitting, so a command (`src/cli/*.ts`), the Eleventy config, the
 * TypeScript templates and the worker threads (`src/**\/*-worker.ts`) share one instance of each module, as under
 * tsx. Packages are bundled too, Eleventy included: resolving and loading its 400 modules one by one costs more than
 * loading the bundle. Every file keeps its own `import.meta.url`, so paths computed from it
 * still point into the sources or into `node_modules`. The copy lives in `node_modules/.cache/` and is made again
 * when a file it was made from, the installed packages or the set of entry points change (hashing them is
 * cheap); each copy has a folder of its own, so commands running side by side never see a half-written one. Plain
 * JavaScript, because it runs before anything can load TypeScript.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filesUnder } from './files-under.mjs';
import { recordSources, sourceHashes, sourcesUnchanged } from './source-record.mjs';
import { makeCacheFolder } from '../cache/folder.mjs';
import { cacheKey } from '../cache/key.mjs';
import { CacheStore } from '../cache/store.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The copies' folder. `ARSIP_COMPILED_COPIES` moves it, to a folder inside the project (where the bundle's few
 * external imports still resolve): the tests that damage the record use one of their own, so that the builds of other
 * tests running beside them never read it half-damaged.
 */
const CACHE = process.env.ARSIP_COMPILED_COPIES ? resolve(ROOT, process.env.ARSIP_COMPILED_COPIES) : join(ROOT, 'node_modules', '.cache', 'arsip-compiled-copies');
/** The record of the current copy: a checksummed entry of src/cache, like every cache of the build. */
const RECORD = 'current.json';
const records = new CacheStore(CACHE, { kind: 'compiled copy record', version: '1' });
/** The key of this module, whose options (and `keepModuleUrl`) shape the copy as much as the sources do. */
const COMPILER = cacheKey('compiler', readFileSync(fileURLToPath(import.meta.url)));
/** Copies older than this, other than the current one, are deleted (a build still running from one may import from it). */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/**
 * @typedef {{ project: string, folder: string, compiler: string, entries: string[], inputs: import('./source-record.mjs').SourceHashes }} CompiledRecord
 * `entries` and the keys of `inputs` are paths relative to `project`; `compiler` is `COMPILER`.
 */

/** @param {string} dir @param {(name: string) => boolean} keep @returns {string[]} paths relative to the project */
const sourcesUnder = (dir, keep) =>
  filesUnder(join(ROOT, dir))
    .filter(keep)
    .map((name) => join(dir, name).split('\\').join('/'))
    .sort();

/** Every command, and every module Eleventy or a worker thread loads by path: one copy serves them all. */
function entryPoints() {
  return [
    ...sourcesUnder('src/cli', (name) => name.endsWith('.ts')),
    '.eleventy.ts',
    ...sourcesUnder('templates', (name) => name.endsWith('.ts')),
    ...sourcesUnder('src', (name) => name.endsWith('-worker.ts')),
  ];
}

/** @param {string[]} entries @returns {CompiledRecord | undefined} the current copy, if it was made from these files as they are */
function currentCopy(entries) {
  try {
    /** @type {CompiledRecord | undefined} */
    const record = records.readSync(RECORD, (payload) => JSON.parse(payload.toString()));
    if (!record) return undefined;
    // The copy holds absolute paths: one made for a project elsewhere (a copied or moved folder) is not this one's.
    const same =
      record.project === ROOT &&
      record.compiler === COMPILER &&
      record.entries.join('\n') === entries.join('\n') &&
      sourcesUnchanged(ROOT, record.inputs);
    return same && statSync(join(CACHE, record.folder)).isDirectory() ? record : undefined;
  } catch {
    return undefined; // a source file deleted, or the copy's folder
  }
}

/**
 * esbuild gives every chunk one `import.meta.url`; each file gets back its own, and `import.meta.resolve` of a
 * relative path is resolved against it.
 * @param {string} text @param {string} path
 */
function keepModuleUrl(text, path) {
  const url = pathToFileURL(path).href;
  return text
    .replace(/import\.meta\.resolve\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_match, _quote, specifier) => JSON.stringify(new URL(specifier, url).href))
    .replaceAll('import.meta.url', JSON.stringify(url));
}

/** @param {string[]} entries @returns {Promise<CompiledRecord>} */
async function compile(entries) {
  const folder = randomUUID();
  const out = join(CACHE, folder);
  // Marked before esbuild makes it, so that old copies are pruned from it (and only from it).
  makeCacheFolder(CACHE);
  /** @type {import('./source-record.mjs').SourceHashes} */
  const recorded = {};
  // Imported only to compile: most runs find their copy current.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outbase: '.',
    outdir: out,
    outExtension: { '.js': '.mjs' }, // there is no package.json with "type": "module" above node_modules/.cache
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Only `serve` (which runs under tsx) loads these, and esbuild cannot bundle esbuild itself.
    external: ['@11ty/eleventy-dev-server', '@11ty/chokidar-with-glob-support', 'esbuild', 'tsx'],
    // For the `require` calls of bundled CommonJS packages.
    banner: { js: "import { createRequire as __archiveCreateRequire } from 'node:module'; const require = __archiveCreateRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'error',
    // Parsing the bundle is much of every build's start: whitespace and syntax minified, it parses faster; names are
    // kept, for stack traces (docs/performance.md).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // Read by src/compiled/compiled-copy.ts, to import templates and start workers from this copy.
    define: { ARCHIVE_COMPILED_COPY: JSON.stringify({ root: out, sources: ROOT }) },
    plugins: [recordSources(ROOT, recorded, keepModuleUrl)],
  });
  const inputs = sourceHashes(ROOT, result.metafile, recorded);
  /** @type {CompiledRecord} */
  const record = { project: ROOT, folder, compiler: COMPILER, entries, inputs };
  records.writeSync(RECORD, JSON.stringify(record));
  records.prune((name) => name === folder || name === RECORD || Date.now() - statSync(join(CACHE, name)).mtimeMs <= PRUNE_AFTER_MS);
  return record;
}

/**
 * The URL of the compiled copy of the TypeScript module at `sourceUrl` (a command, a template or a worker), in the
 * copy made from the sources as they are now: the current one, or a new one. Undefined when the module is not an
 * entry point of the copy (nothing is compiled then).
 * @param {string} sourceUrl @returns {Promise<string | undefined>}
 */
export async function compiledUrl(sourceUrl) {
  const source = relative(ROOT, fileURLToPath(sourceUrl)).split('\\').join('/');
  const entries = entryPoints();
  if (!entries.includes(source)) return undefined;
  const copy = currentCopy(entries) ?? (await compile(entries));
  return pathToFileURL(join(CACHE, copy.folder, source.replace(/\.ts$/, '.mjs'))).href;
}
