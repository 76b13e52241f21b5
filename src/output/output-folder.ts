/**
 * Brings an incremental build's pages into the standby copy of the site (src/output/output-store.ts). Everything is
 * rendered before the standby is touched, and the standby is not the live site, so a build that fails or dies here
 * leaves the site as it was. Pages rendered in memory are written beside their files and renamed over them, the
 * staging folder's files (search index, assets) are renamed in, and the pages that no longer exist are deleted: the
 * standby shares its unchanged files with the live copy, and a rename or an unlink never changes a shared file.
 */
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { filesUnder } from '../compiled/files-under.mjs';
import type { Changes } from './output-store.ts';
import { removeEmptyFolders } from './standby-links.ts';
import { writeFileAtomicallySync } from '../fs/write-atomically.mjs';

/** A page rendered in memory (Eleventy's `toJSON`): where Eleventy would have written it, and its text. */
export interface RenderedPage {
  /** Under the folder Eleventy was given as output; false for a page that is not written. */
  outputPath: string | false;
  content: string;
}

/**
 * Writes `pages` (rendered for the output folder `staging`) into `out`, moves every file of `staging` into `out` and
 * deletes the files of `out` not in `keep`, `pages` or `staging`; `previous` lists the files `out` holds. A staging
 * file with the bytes `out` already holds there is not moved; the staging folder, with what is left in it, is then
 * handed to `discard`. Pages go
 * straight to their folders rather than through the staging folder: on this machine's ext4, creating a folder and a
 * file per page there and deleting the folders again cost more than the writes themselves when builds followed each
 * other within a minute (its inode allocator steps over recently freed inodes). Synchronous calls: many small
 * file-system calls through the thread pool take several times longer. Returns the files `out` holds afterwards and
 * what changed.
 */
export function updateOutput(
  staging: string,
  out: string,
  previous: readonly string[],
  keep: readonly string[],
  pages: readonly RenderedPage[],
  discard: (folder: string) => void = (folder) => rmSync(folder, { recursive: true, force: true }),
): { files: string[]; changes: Changes } {
  // Every path is checked before anything is written.
  const rendered = pages.flatMap(({ outputPath, content }) => (outputPath ? [{ path: insideOutput(staging, outputPath), content }] : []));
  for (const { path, content } of rendered) writeFileAtomicallySync(join(out, path), content);
  const staged = filesUnder(staging);
  const moved: string[] = [];
  const created = new Set<string>();
  for (const path of staged) {
    // Most of the search index is written again with the same bytes: left as it is, it is no change the other copy
    // must catch up on (by linking it again) in the next build.
    if (sameBytes(join(staging, path), join(out, path))) continue;
    const folder = dirname(join(out, path));
    if (!created.has(folder)) mkdirSync(folder, { recursive: true });
    created.add(folder);
    renameSync(join(staging, path), join(out, path));
    moved.push(path);
  }
  discard(staging);
  const written = [...rendered.map(({ path }) => path), ...moved];
  const now = new Set([...keep, ...written, ...staged]);
  const removed = previous.filter((file) => !now.has(file));
  for (const path of removed) {
    rmSync(join(out, path), { force: true });
    removeEmptyFolders(dirname(path), out);
  }
  return { files: [...now], changes: { written, removed } };
}

/** Whether the files at `a` and `b` both exist and hold the same bytes. */
function sameBytes(a: string, b: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(b);
  } catch {
    return false;
  }
  return bytes.equals(readFileSync(a));
}

/** `path` relative to `root`, which it must be inside: no page may be written outside the output folder. */
export function insideOutput(root: string, path: string): string {
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw new Error(`page path ${path} is outside the output folder ${root}`);
  return inside;
}
