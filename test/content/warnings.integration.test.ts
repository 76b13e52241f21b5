/** Warnings as `npm run check` prints them: one line each, and the exit code untouched. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { makeContent } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { WARNED } from './warned-content.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

test('npm run check prints each warning on one line and still exits 0', async () => {
  const dir = await makeContent(WARNED);
  const { code, stdout, stderr } = await promisify(execFile)(process.execPath, npmScriptArgs('check', ['--content', dir]), { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  assert.equal(code, 0, stderr);
  const warnings = stderr.split('\n').filter((line) => line.includes(': warning: '));
  assert.equal(warnings.length, 4, stderr);
  assert.match(stderr, /Uji Nama File\.md:1: warning: .*\/artikel\/uji-nama-file\//);
  assert.match(stdout, /^check: 4 articles, .*, 0 errors, 4 warnings$/m);
});
