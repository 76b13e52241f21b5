// @ts-check
/**
 * The one cache-key scheme of the build: `cacheKey(...inputs)` is the SHA-256 (hex) of a versioned list of inputs,
 * each written as its length and itself, so no two different lists hash the same text. Every key names the version
 * of the code that makes the cached value among its inputs (a renderer version, a hash of the source files, …).
 * Plain JavaScript: src/cli/run-compiled.mjs needs it before TypeScript can load.
 */
import { createHash } from 'node:crypto';

/** Changes when the way keys are made changes, so no key of an earlier scheme is ever looked up again. */
const SCHEME = 'arsip-cache-key/1';

/** @typedef {string | Uint8Array} KeyInput */

/** @param {KeyInput[]} inputs @returns {string} 64 hex digits */
export function cacheKey(...inputs) {
  const hash = createHash('sha256').update(SCHEME);
  for (const input of inputs) {
    // Strings by their UTF-16 length, bytes by their byte length, the type told apart: unambiguous either way.
    hash.update(typeof input === 'string' ? `\0s${input.length}:` : `\0b${input.byteLength}:`).update(input);
  }
  return hash.digest('hex');
}

/** The key of one file's bytes, as recorded for the sources of a compiled output (source-record.mjs). @param {Uint8Array} bytes */
export const bytesKey = (bytes) => cacheKey(bytes);
