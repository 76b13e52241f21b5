// @ts-check
/**
 * The source files an esbuild output was made from, each with a hash of its bytes, so the output can be reused
 * until one of them changes. Plain JavaScript: src/cli/run-compiled.mjs needs it before TypeScript can load.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {Record<string, string>} SourceHashes path relative to the project → SHA-1 of the file */

/** @param {string} root @param {string} path */
const hashOf = (root, path) => createHash('sha1').update(readFileSync(join(root, path))).digest('hex');

/**
 * The files esbuild read for `metafile` (built with `absWorkingDir: root`), with their hashes.
 * @param {string} root @param {import('esbuild').Metafile} metafile @returns {SourceHashes}
 */
export function sourceHashes(root, metafile) {
  const files = Object.keys(metafile.inputs).filter((path) => !path.startsWith('<')); // not `<define:…>`
  return Object.fromEntries(files.map((path) => [path, hashOf(root, path)]));
}

/** Whether every file still hashes the same (false when one is gone). @param {string} root @param {SourceHashes} hashes */
export function sourcesUnchanged(root, hashes) {
  try {
    return Object.entries(hashes).every(([path, hash]) => hashOf(root, path) === hash);
  } catch {
    return false;
  }
}
