/**
 * Temporary folders for tests live under one root per test process, removed when the process exits: nothing is left
 * behind whether a test passes or fails, and no test removes a folder Eleventy may still write to (see build-site.ts).
 *
 * The root is on a RAM disk (`/dev/shm`) when there is one with room to spare, else in the system's temporary folder:
 * the tests' builds create and delete many small files, which costs far more on a disk (docs/performance.md, The
 * test suite). `ARSIP_TEST_TMPDIR` chooses the folder.
 */
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Room a RAM disk must have free to be used: several times what a whole test run keeps there at once. */
const RAM_DISK_ROOM = 2 * 1024 ** 3;

function base(): string {
  if (process.env.ARSIP_TEST_TMPDIR) return process.env.ARSIP_TEST_TMPDIR;
  try {
    const disk = statfsSync('/dev/shm');
    if (disk.bavail * disk.bsize >= RAM_DISK_ROOM) return '/dev/shm';
  } catch {
    // No RAM disk here.
  }
  return tmpdir();
}

const root = mkdtempSync(join(base(), 'arsip-test-'));
process.once('exit', () => rmSync(root, { recursive: true, force: true }));

/** A new empty folder whose name starts with `prefix`. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(root, prefix));
}
