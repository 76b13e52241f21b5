/**
 * Puts a build's output in place. Everything is rendered into a staging folder first, so a build that fails leaves
 * the current output untouched. A full build then replaces the output folder by renames; an incremental build
 * (whose staging folder holds only the pages that changed) moves its files into the output one atomic rename at a
 * time and deletes the pages that no longer exist, so its cost follows the size of the change, not of the site.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { filesUnder } from './files-under.mjs';

/** Replaces `out` with `staging` by renames on the same file system; the old output is deleted in the background. */
export async function replaceOutput(staging: string, out: string): Promise<void> {
  const old = `${out}.old-${process.pid}`;
  const hadOutput = existsSync(out);
  if (hadOutput) await rename(out, old);
  await rename(staging, out);
  if (hadOutput) removeInBackground(old);
}

/**
 * Moves every file of `staging` into `out` and deletes the files of `out` not in `keep` or `staging`; `previous`
 * lists the files `out` holds. Synchronous calls: many small file-system calls through the thread pool take several
 * times longer. Returns the files `out` holds afterwards.
 */
export function updateOutput(staging: string, out: string, previous: readonly string[], keep: readonly string[]): string[] {
  const written = filesUnder(staging);
  const created = new Set<string>();
  for (const path of written) {
    const folder = dirname(join(out, path));
    if (!created.has(folder)) mkdirSync(folder, { recursive: true });
    created.add(folder);
    renameSync(join(staging, path), join(out, path));
  }
  rmSync(staging, { recursive: true, force: true });
  const now = new Set([...keep, ...written]);
  for (const path of previous.filter((file) => !now.has(file))) {
    rmSync(join(out, path), { force: true });
    removeEmptyFolders(dirname(path), out);
  }
  return [...now];
}

/** Removes `folder` (relative to `root`) and its parents while they are empty: a deleted article's folder. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    try {
      rmdirSync(join(root, current));
    } catch {
      return; // not empty (or already gone)
    }
  }
}

/**
 * Deletes a folder from a detached process, so the build does not wait for tens of thousands of unlinks
 * (about 2 s at 10,000 articles). If that process dies, the folder is left behind, never the new output harmed.
 */
function removeInBackground(path: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(path)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
