// @ts-check
// Plain JavaScript: src/compiled/run-compiled.mjs lists its entry points with it before TypeScript can load.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Every file under `dir`, relative to it, in the file system's order. Each folder's path is built once, where
 * `readdirSync`'s own recursion and `path.relative` per file took longer.
 * @param {string} dir @returns {string[]}
 */
export function filesUnder(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} folder @param {string} prefix */
  const visit = (folder, prefix) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(folder, entry.name), `${prefix}${entry.name}${sep}`);
      else if (entry.isFile()) files.push(prefix + entry.name);
    }
  };
  visit(dir, '');
  return files;
}
