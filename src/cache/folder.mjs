// @ts-check
/**
 * Which folders a cache may prune: only those it made itself, marked by a `CACHEDIR.TAG` file (the Cache Directory
 * Tagging Specification, so backup tools skip them too) written when the folder is created. (Which folder may be the
 * cache root at all is checked by the command, src/cli/build.ts, with src/fs/owned-folder.ts.)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const MARKER = 'CACHEDIR.TAG';
const MARKER_TEXT =
  'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by arsip-berita (src/cache); it may be deleted at any time.\n';

/**
 * Creates `dir` if needed and marks as a cache's own every folder this call created (the cache root and `dir`, say),
 * and `dir` if it was found empty (or holding only folders so marked). A folder that existed with something in it and no marker stays unmarked: it is
 * used, but never pruned.
 * @param {string} dir @returns {boolean} whether `dir` is marked
 */
export function makeCacheFolder(dir) {
  const created = mkdirSync(dir, { recursive: true });
  if (created !== undefined) {
    for (let folder = resolve(dir); ; folder = dirname(folder)) {
      writeFileSync(join(folder, MARKER), MARKER_TEXT);
      if (folder === resolve(created) || folder === dirname(folder)) break;
    }
    return true;
  }
  if (isCacheFolder(dir)) return true;
  if (!readdirSync(dir).every((name) => isCacheFolder(join(dir, name)))) return false;
  writeFileSync(join(dir, MARKER), MARKER_TEXT);
  return true;
}

/** @param {string} dir */
export const isCacheFolder = (dir) => existsSync(join(dir, MARKER));
