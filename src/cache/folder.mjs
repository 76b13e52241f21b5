// @ts-check
/**
 * Which folders a cache may prune: only those it made itself, marked by a `CACHEDIR.TAG` file (the Cache Directory
 * Tagging Specification, so backup tools skip them too) written when the folder is created. And which folders may
 * serve as the cache root at all: never the repository, `content/`, or a folder holding either.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

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

/** Whether `inner` is `outer` or inside it. @param {string} outer @param {string} inner */
function within(outer, inner) {
  const path = relative(resolve(outer), resolve(inner));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Why `cacheDir` cannot be the cache root (one line), or undefined when it can: it must not be, nor hold, the
 * repository or the content folder, which pruning could then reach.
 * @param {string} cacheDir @param {{ contentDir: string, root: string }} protectedDirs @returns {string | undefined}
 */
export function refuseCacheRoot(cacheDir, { contentDir, root }) {
  if (within(cacheDir, root)) return `--cache ${cacheDir}: is or contains the project folder ${root}; choose a folder of its own, e.g. .cache`;
  if (within(cacheDir, contentDir)) return `--cache ${cacheDir}: is or contains the content folder ${contentDir}; choose a folder of its own, e.g. .cache`;
  return undefined;
}
