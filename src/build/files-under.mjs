// @ts-check
// Plain JavaScript: src/cli/run-compiled.mjs lists its entry points with it before TypeScript can load.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, relative to it, in the file system's order. @param {string} dir @returns {string[]} */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
