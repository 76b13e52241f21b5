/**
 * Runs one group of unit test files in this process (test/files.mjs says which). Each file's tests sit in a suite
 * named by its path, so its hooks apply to its own tests only, and a failure says which file it is in. Files in a
 * group share the process: a test that changes process-wide state (working folder, environment, mocks) restores it.
 */
import { describe } from 'node:test';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupEntries, unitGroup } from '../files.mjs';

/** `entry` is the group's entry file (`import.meta.url` of test/groups/unit-N.ts). */
export function runGroup(entry: string): void {
  const n = parseInt(basename(fileURLToPath(entry)).slice('unit-'.length), 10);
  for (const file of unitGroup(n, groupEntries().length)) {
    describe(file, async () => {
      await import(new URL(`../../${file}`, import.meta.url).href);
    });
  }
}
