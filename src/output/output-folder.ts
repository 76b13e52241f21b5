/**
 * Brings an incremental build's pages into the standby copy of the site (src/output/output-store.ts). The standby is
 * not the live site, and its record is dropped before it is touched (a build that fails or dies leaves it to be made
 * again from the live copy), so whatever happens here leaves the site as it was. Each page is written beside its file
 * and renamed over it as it is rendered, the staging folder's files (search index, assets) are renamed in, and the
 * pages that no longer exist are deleted: the standby shares its unchanged files with the live copy, and a rename or
 * an unlink never changes a shared file.
 */
import type { EleventyConfig } from '@11ty/eleventy';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { filesUnder } from '../compiled/files-under.mjs';
import type { Changes } from './output-store.ts';
import { removeEmptyFolders } from './standby-links.ts';
import { writeFileAtomicallySync } from '../fs/write-atomically.mjs';

/**
 * Eleventy configuration that writes every page, once all other transforms have run and `out` is `ready`, into `out`
 * in place of its file there (Eleventy renders for `staging`, and must run dry). The pages are not kept in memory: an
 * incremental build may render most of a large archive again (after a change of settings, registry or code), and
 * holding them, even only until `out` is ready, took more memory than a full build (docs/performance.md). `written`
 * lists them, as paths relative to the output folder, for `updateOutput`. Synchronous writes: many small file-system
 * calls through the thread pool take several times longer.
 */
export function replacePagesIn(out: string, staging: string, ready: Promise<void>): { configure: (eleventyConfig: EleventyConfig) => void; written: string[] } {
  const written: string[] = [];
  const configure = (eleventyConfig: EleventyConfig) =>
    // As a plugin, so that it comes after every other transform (see handPagesTo in page-writer.ts).
    eleventyConfig.addPlugin((config: EleventyConfig) =>
      config.addTransform('replace-pages', async function (content) {
        if (!this.page.outputPath) return content;
        await ready;
        written.push(replacePage(out, staging, this.page.outputPath, content));
        return '';
      }),
    );
  return { configure, written };
}

/**
 * Writes `content`, rendered for `outputPath` under `staging`, over its file in `out`: a new file renamed over the
 * old one, never written into it. Returns its path relative to the output folder, which it must stay inside.
 */
export function replacePage(out: string, staging: string, outputPath: string, content: string): string {
  const path = insideOutput(staging, outputPath);
  writeFileAtomicallySync(join(out, path), content);
  return path;
}

/**
 * Moves every file of `staging` into `out` and deletes the files of `out` not in `keep`, `pages` (already written
 * there, `replacePagesIn`) or `staging`; `previous` lists the files `out` held. A staging file with the bytes
 * `out` already holds there is not moved; the staging folder, with what is left in it, is then handed to `discard`.
 * Pages go straight to their folders rather than through the staging folder: on this machine's ext4, creating a
 * folder and a file per page there and deleting the folders again cost more than the writes themselves when builds
 * followed each other within a minute (its inode allocator steps over recently freed inodes). Returns the files `out`
 * holds afterwards and what changed.
 */
export function updateOutput(
  staging: string,
  out: string,
  previous: readonly string[],
  keep: readonly string[],
  pages: readonly string[],
  discard: (folder: string) => void = (folder) => rmSync(folder, { recursive: true, force: true }),
): { files: string[]; changes: Changes } {
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
  const written = [...pages, ...moved];
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
