/**
 * Making the standby copy of the site equal to the live one (src/output/output-store.ts) by hard links: every file
 * when the standby is made afresh, or what the previous build changed when it catches up. On a worker thread, the
 * build renders meanwhile: the first rebuild after a full build links every file, and the standby is touched only
 * once the build's pages are rendered.
 */
import { copyFileSync, linkSync, mkdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startTsWorker } from '../workers/ts-worker.ts';

/** What to do in `to` (the standby): delete `removed`, then link `linked` from `from` (the live copy). */
export interface StandbyLinks {
  from: string;
  to: string;
  removed: string[];
  linked: string[];
  /** Whether `to` may hold older files at the linked paths (a standby catching up); a fresh one holds nothing. */
  replace: boolean;
}

export function linkStandby({ from, to, removed, linked, replace }: StandbyLinks): void {
  for (const path of removed) {
    unlinkIfThere(join(to, path));
    removeEmptyFolders(dirname(path), to);
  }
  const created = new Set<string>();
  for (const path of linked) linkAcross(from, to, path, created, replace);
}

/** `linkStandby` on a worker thread; rejects with the first error. */
export function linkStandbyOnWorker(links: StandbyLinks): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(import.meta.resolve('./standby-worker.ts'), { workerData: links });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`linking the standby copy stopped (exit code ${code})`))));
  });
}

/**
 * Links `path` of the folder `from` into `to`, replacing what `to` held there when `replace` (checking each file of a
 * fresh standby would cost a system call per file); copies where links are not possible.
 */
function linkAcross(from: string, to: string, path: string, created: Set<string>, replace: boolean): void {
  const target = join(to, path);
  const parent = dirname(target);
  if (!created.has(parent)) mkdirSync(parent, { recursive: true });
  created.add(parent);
  if (replace) unlinkIfThere(target);
  try {
    linkSync(join(from, path), target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // gone from the live copy too: the build renders or leaves it out
    if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') copyFileSync(join(from, path), target);
    else throw error;
  }
}

/** Unlinks a file, if there is one: one system call, where `rmSync` looks before it unlinks. */
function unlinkIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Removes `folder` (relative to `root`) and its parents while they are empty: a deleted article's folder. */
export function removeEmptyFolders(folder: string, root: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    try {
      rmdirSync(join(root, current));
    } catch {
      return; // not empty (or already gone)
    }
  }
}
