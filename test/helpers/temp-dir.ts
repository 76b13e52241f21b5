/**
 * Temporary folders for tests live under one root per test process, removed when the process exits: nothing is left
 * in /tmp whether a test passes or fails, and no test removes a folder Eleventy may still write to (see build-site.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'arsip-test-'));
process.once('exit', () => rmSync(root, { recursive: true, force: true }));

/** A new empty folder whose name starts with `prefix`. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(root, prefix));
}
