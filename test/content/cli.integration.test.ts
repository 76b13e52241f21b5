import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent, REAL_CONTENT } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const npm = (script: 'build' | 'check', args: string[]) =>
  run(process.execPath, npmScriptArgs(script, args), { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

test('check prints a one-line summary and succeeds on the seed archive', async () => {
  const { code, stdout } = await npm('check', ['--content', REAL_CONTENT]);
  assert.equal(code, 0);
  assert.match(stdout, /^check: 5 articles, \d+ actors, \d+ topics, \d+ sources, 0 errors$/m);
});

test('check reports every error as path:line: message (hint) and exits non-zero', async () => {
  const dir = await makeContent({ 'a.md': article({ date: '2017-02-30' }), 'b.md': article({ actors: '[Lavrow]' }) });
  const { code, stdout, stderr } = await npm('check', ['--content', dir]);
  assert.equal(code, 1);
  assert.match(stderr, /a\.md:3: "date": 2017-02-30 does not exist \(.+\)/);
  assert.match(stderr, /b\.md:5: unknown actor "Lavrow" \(did you mean "Lavrov"/);
  assert.match(stdout, /2 errors$/m);
});

test('a build with invalid content writes nothing and leaves the previous output intact', async () => {
  const dir = await makeContent({ 'a.md': article({ topics: '[nope]' }) });
  const out = join(await tempDir('arsip-out-'), 'site');
  assert.equal((await npm('build', ['--content', REAL_CONTENT, '--out', out, '--quiet'])).code, 0);
  const previous = await readFile(join(out, 'index.html'), 'utf8');
  const { code, stderr } = await npm('build', ['--content', dir, '--out', out, '--quiet']);
  assert.equal(code, 1);
  assert.match(stderr, /unknown topic "nope"/);
  assert.match(stderr, /nothing was written/);
  assert.equal(await readFile(join(out, 'index.html'), 'utf8'), previous);
});

test('a build ends with one summary line, prints nothing with --quiet, and replaces the previous output', async () => {
  const out = join(await tempDir('arsip-out-'), 'site');
  const loud = await npm('build', ['--content', REAL_CONTENT, '--out', out]);
  assert.equal(loud.code, 0);
  assert.match(loud.stdout.trim().split('\n').at(-1)!, /^built .+: 5\/5 files loaded, \d+ pages written in [\d.]+ s$/);
  assert.match(await readFile(join(out, 'index.html'), 'utf8'), /<html/);
  await writeFile(join(out, 'stale.html'), 'not from this build');

  const quiet = await npm('build', ['--content', REAL_CONTENT, '--out', out, '--quiet']);
  assert.equal(quiet.code, 0);
  assert.equal(quiet.stdout + quiet.stderr, '');
  await assert.rejects(readFile(join(out, 'stale.html')), 'the new site replaced the previous one');
});
