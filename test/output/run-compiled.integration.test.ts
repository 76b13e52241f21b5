/**
 * `npm run build` runs from a compiled copy (src/compiled/run-compiled.mjs): it must write exactly what the build writes
 * under tsx, render bodies and the search index on its worker threads, and never run a copy older than the sources,
 * the installed packages or the compiler.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent, REAL_CONTENT } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { siteTree } from '../helpers/site-tree.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { decodeEntry, encodeEntry } from '../../src/cache/store.mjs';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
// The tests below change the record: their builds use copies of their own, so that other test files' builds, which
// may run at the same time, never read a record one of these tests has just damaged (and repair it first).
const COPIES = 'node_modules/.cache/arsip-compiled-copies-record-tests';
const RECORD = join(ROOT, COPIES, 'current.json');
const check = () => run(process.execPath, npmScriptArgs('check', ['--content', REAL_CONTENT]), { cwd: ROOT, env: { ...process.env, ARSIP_COMPILED_COPIES: COPIES } });
const KIND = 'compiled copy record';

/** The record of the current copy, a src/cache entry. */
async function readRecord<T>(): Promise<T> {
  const entry = decodeEntry(await readFile(RECORD), KIND, '1');
  assert.ok('payload' in entry, 'a valid entry');
  return JSON.parse(entry.payload.toString()) as T;
}
const writeRecord = (record: unknown) => writeFile(RECORD, encodeEntry(KIND, '1', JSON.stringify(record)));

test('the compiled build writes the same site as the build under tsx, bodies rendered on worker threads', { timeout: 120_000 }, async () => {
  // Enough bodies to miss the render cache that they go to the render workers (src/workers/render-pool.ts).
  const extra = Object.fromEntries(
    Array.from({ length: 450 }, (_, i) => [`articles/tambahan-${i}.md`, article({ title: `"Berita tambahan ${i}"` }, `Isi **tambahan** nomor ${i}.`)]),
  );
  const content = await makeContent(extra);
  for (const name of await readdir(join(REAL_CONTENT, 'articles'))) {
    await writeFile(join(content, 'articles', name), await readFile(join(REAL_CONTENT, 'articles', name)));
  }
  const work = await tempDir('arsip-compiled-');
  const build = (command: string[], name: string) =>
    run(process.execPath, [...command, '--content', content, '--out', join(work, name), '--cache', join(work, `${name}-cache`), '--quiet'], { cwd: ROOT });
  await build(npmScriptArgs('build'), 'compiled');
  await build(['--import', 'tsx', 'src/cli/build.ts'], 'tsx');
  const [compiled, underTsx] = await Promise.all([siteTree(join(work, 'compiled')), siteTree(join(work, 'tsx'))]);
  assert.match(compiled.get('artikel/tambahan-449/index.html') ?? 'missing', /<strong>tambahan<\/strong>/);
  assert.match(compiled.get('feed.xml')!, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/, 'TypeScript templates render');
  assert.deepEqual([...compiled.keys()].sort(), [...underTsx.keys()].sort(), 'same files');
  for (const [path, text] of underTsx) assert.equal(compiled.get(path), text, `${path} differs from the build under tsx`);
});

// Packages are bundled into the copy and recorded by npm's record of what it installed (src/compiled/source-record.mjs).
for (const input of ['src/content/load.ts', 'node_modules/.package-lock.json']) {
  test(`${input} differing from the one the copy was made from makes a new copy`, { timeout: 60_000 }, async () => {
    await check();
    const before = await readRecord<{ folder: string; inputs: Record<string, string> }>();
    assert.ok(input in before.inputs, 'the record lists the inputs the copy was made from');
    assert.deepEqual(Object.keys(before.inputs).filter((path) => path.startsWith('node_modules/')), ['node_modules/.package-lock.json'], 'packages are bundled, and not recorded file by file');
    await writeRecord({ ...before, inputs: { ...before.inputs, [input]: 'a hash of other code' } });

    const { stdout } = await check();
    assert.match(stdout, /^check: 5 articles/m);
    const after = await readRecord<typeof before>();
    assert.notEqual(after.folder, before.folder, 'compiled again');
    assert.equal(after.inputs[input], before.inputs[input]);
  });
}

const staleRecords = [
  ['for the project in another folder (copied or moved with node_modules)', 'project', '/somewhere/else/'],
  ['by another version of the compiler (src/compiled/current-copy.mjs, its options)', 'compiler', 'an older compiler'],
] as const;

for (const [madeHow, field, stale] of staleRecords) {
  test(`a copy made ${madeHow} is not used`, { timeout: 60_000 }, async () => {
    await check();
    const before = await readRecord<Record<'project' | 'compiler' | 'folder', string>>();
    await writeRecord({ ...before, [field]: stale });

    await check();
    const after = await readRecord<typeof before>();
    assert.notEqual(after.folder, before.folder, 'compiled again');
    assert.equal(after.project, ROOT);
    assert.equal(after[field], before[field]);
  });
}

test('a damaged record is dropped with one warning line, and the copy made again', { timeout: 60_000 }, async () => {
  await check();
  const before = await readRecord<{ folder: string }>();
  const damaged = await readFile(RECORD);
  damaged[damaged.length >> 1]! ^= 0x01;
  await writeFile(RECORD, damaged);

  const { stdout, stderr } = await check();
  assert.match(stdout, /^check: 5 articles/m);
  assert.match(stderr, /^warning: compiled copy record: dropped the damaged entry .*current\.json \(checksum mismatch\)[^\n]*\n$/);
  assert.notEqual((await readRecord<{ folder: string }>()).folder, before.folder, 'compiled again');
});
