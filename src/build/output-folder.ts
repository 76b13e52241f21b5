/**
 * The output folder is replaced whole: pages are written into a staging folder beside it, unchanged pages are
 * hard-linked in from the current output (no copying; the old files are never written to), and the staging folder
 * is renamed into place, so readers and a failed build only ever see a complete site.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Makes each of `paths` in `from` appear in `to`, by hard link (a copy across file systems). Synchronous calls:
 * 10,000 small file-system calls through the thread pool take several times longer.
 */
export function linkFiles(from: string, to: string, paths: readonly string[]): void {
  for (const folder of new Set(paths.map((path) => dirname(join(to, path))))) mkdirSync(folder, { recursive: true });
  for (const path of paths) {
    try {
      linkSync(join(from, path), join(to, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(join(from, path), join(to, path));
    }
  }
}

/** Replaces `out` with `staging` by renames on the same file system; returns where the old output now is. */
export async function swapInto(staging: string, out: string): Promise<string | undefined> {
  const old = `${out}.old-${process.pid}`;
  const hadOutput = existsSync(out);
  if (hadOutput) await rename(out, old);
  await rename(staging, out);
  return hadOutput ? old : undefined;
}

/**
 * Deletes a folder from a detached process, so the build does not wait for tens of thousands of unlinks
 * (about 2 s at 10,000 articles). If that process dies, the folder is left behind, never the new output harmed.
 */
export function removeInBackground(path: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(path)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
