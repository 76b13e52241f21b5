// @ts-check
/**
 * The one cache-key scheme of the build: `cacheKey(...inputs)` is the SHA-256 (hex) of a versioned list of inputs,
 * each written as its length and itself, so no two different lists hash the same text. Every key names the version
 * of the code that makes the cached value among its inputs (a renderer version, a hash of the source files, …).
 * Plain JavaScript: src/compiled/run-compiled.mjs needs it before TypeScript can load.
 */
import * as crypto from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { filesUnder } from '../compiled/files-under.mjs';

/** Changes when the way keys are made changes, so no key of an earlier scheme is ever looked up again. */
const SCHEME = 'arsip-cache-key/1';

const { createHash } = crypto;
/** One-shot hashing, from Node 20.12 (`crypto.hash`); older versions stream. */
const hashText = /** @type {((algorithm: string, data: string, encoding: 'hex') => string) | undefined} */ (/** @type {any} */ (crypto).hash);

/** @typedef {string | Uint8Array} KeyInput */

/**
 * Inputs up to this many characters in all are hashed in one call. Longer ones stream: joined, they would be copied
 * into the heap first (an article's body for each key), which at 100,000 articles raised a cold build's peak memory.
 */
const ONE_CALL_MAX = 2048;

/** @param {KeyInput[]} inputs @returns {string} 64 hex digits */
export function cacheKey(...inputs) {
  // Strings by their UTF-16 length, bytes by their byte length, the type told apart: unambiguous either way.
  let length = 0;
  for (const input of inputs) length += typeof input === 'string' ? input.length : Infinity;
  if (hashText && length <= ONE_CALL_MAX) {
    // The same bytes as the stream below, hashed in one call: short keys are made by the ten thousand per build, and
    // the calls cost more than the hashing (docs/performance.md). A length prefix always stands between two inputs,
    // so joining them cannot pair surrogates that were apart.
    let text = SCHEME;
    for (const input of inputs) text += `\0s${input.length}:${input}`;
    return hashText('sha256', text, 'hex');
  }
  const hash = createHash('sha256').update(SCHEME);
  for (const input of inputs) {
    hash.update(typeof input === 'string' ? `\0s${input.length}:` : `\0b${input.byteLength}:`).update(input);
  }
  return hash.digest('hex');
}

/**
 * The version of the code a cache's entries are made by: the key of the files at `paths` (files, or folders read
 * recursively; relative to `root` or absolute), their names and bytes, and `extra` inputs (library versions, …).
 * Read synchronously: a few dozen small files, where awaited reads left the main thread idle for longer.
 * @param {string} root @param {string[]} paths @param {string[]} [extra] @returns {string}
 */
export function codeVersion(root, paths, extra = []) {
  /** @type {KeyInput[]} */
  const inputs = [...extra];
  for (const path of paths) {
    const full = resolve(root, path);
    const files = statSync(full).isDirectory() ? filesUnder(full).sort().map((file) => `${path}/${file}`) : [path];
    for (const file of files) inputs.push(file, readFileSync(resolve(root, file)));
  }
  return cacheKey(...inputs);
}
