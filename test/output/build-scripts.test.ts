/**
 * `npm run build:low-memory` is `npm run build` with one V8 flag more (a smaller heap growth factor), so the two never
 * drift apart: the same command, options and code, only the collector's pace differs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { npmScriptArgs } from '../helpers/npm-script.ts';

test('the low-memory build is the build with a smaller heap growth factor', () => {
  const build = npmScriptArgs('build');
  const lowMemory = npmScriptArgs('build:low-memory');
  const added = lowMemory.filter((arg) => !build.includes(arg));
  assert.deepEqual(added, ['--heap-growing-percent=50']);
  assert.deepEqual(
    lowMemory.filter((arg) => !added.includes(arg)),
    build,
  );
});
