// @ts-check
/**
 * The source files an esbuild output was made from, each with a hash of its bytes, so the output can be reused
 * until one of them changes. The hashes are of the bytes esbuild was given: hashing the files after the build would
 * take an edit saved while it ran for one already in the output. Plain JavaScript: src/compiled/run-compiled.mjs needs
 * it before TypeScript can load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { cacheKey } from '../cache/key.mjs';

/** @typedef {Record<string, string>} SourceHashes path relative to the project → `cacheKey` of the file's bytes */

/** @type {Record<string, import('esbuild').Loader>} */
const LOADERS = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

/**
 * Installed packages are recorded by npm's own record of the tree it installed, which every `npm install` and
 * `npm ci` rewrites: hashing the 900 package files a bundle is made from would cost every run.
 */
const INSTALLED = 'node_modules/.package-lock.json';
const PACKAGES = 'node_modules/';

/**
 * An esbuild plugin that reads the build's source files itself, recording the hash of each one outside
 * the packages in `hashes` (keys relative to `root`); `transform` may rewrite a module's text on the way.
 * @param {string} root @param {SourceHashes} hashes
 * @param {(text: string, path: string) => string} [transform]
 * @returns {import('esbuild').Plugin}
 */
export function recordSources(root, hashes, transform = (text) => text) {
  return {
    name: 'record-sources',
    setup(build) {
      build.onLoad({ filter: /\.(ts|js|mjs|cjs|json)$/ }, (args) => {
        const bytes = readFileSync(args.path);
        const path = relative(root, args.path).split(sep).join('/');
        // A package file is hashed by `sourceHashes` only if npm's record of the installed tree is missing.
        if (!path.startsWith(PACKAGES)) hashes[path] = cacheKey(bytes);
        const loader = LOADERS[extname(args.path)] ?? 'js';
        return { contents: loader === 'json' ? bytes : transform(bytes.toString('utf8'), args.path), loader };
      });
    },
  };
}

/**
 * `recorded` completed with any other file esbuild read for `metafile` (built with `absWorkingDir: root`).
 * @param {string} root @param {import('esbuild').Metafile} metafile @param {SourceHashes} recorded @returns {SourceHashes}
 */
export function sourceHashes(root, metafile, recorded) {
  let files = Object.keys(metafile.inputs).filter((path) => !path.startsWith('<')); // not `<define:…>`
  if (files.some((path) => path.startsWith(PACKAGES)) && existsSync(join(root, INSTALLED))) {
    files = [...files.filter((path) => !path.startsWith(PACKAGES)), INSTALLED];
  }
  return Object.fromEntries(files.map((path) => [path, recorded[path] ?? cacheKey(readFileSync(join(root, path)))]));
}

/** Whether every file still hashes the same (false when one is gone). @param {string} root @param {SourceHashes} hashes */
export function sourcesUnchanged(root, hashes) {
  try {
    return Object.entries(hashes).every(([path, hash]) => cacheKey(readFileSync(join(root, path))) === hash);
  } catch {
    return false;
  }
}
