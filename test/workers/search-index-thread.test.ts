/**
 * `startSearchIndexWorker` builds on a worker thread: the same bytes as
 * `writeSearchIndex` in this thread, told as soon as they are written, and a failure in the worker rejects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { join } from 'node:path';
import { startSearchIndexWorker } from '../../src/workers/search-index-thread.ts';
import { SEARCH_DIR, writeSearchIndex } from '../../src/search/write-index.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive } from '../search/fixture.ts';

async function filesIn(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)));
}

test('the worker writes byte-identical files to the in-process build', async () => {
  const dir = await tempDir('index-thread-');
  await writeSearchIndex(archive, join(dir, 'here'));
  await startSearchIndexWorker().write(archive, join(dir, 'worker'));
  const expected = await filesIn(join(dir, 'here', SEARCH_DIR));
  assert.ok(expected.has('head.json') && expected.has('t/0.json') && expected.has('d/0/3.json'), [...expected.keys()].join(' '));
  assert.deepEqual(await filesIn(join(dir, 'worker', SEARCH_DIR)), expected);
});

test('bodies sent while the archive loads are analysed there, and the files are the same', async () => {
  const dir = await tempDir('index-thread-early-');
  await writeSearchIndex(archive, join(dir, 'here'));
  const worker = startSearchIndexWorker();
  const texts = archive.articles.map(({ id, summary, text }) => ({ id, ...(summary ? { summary } : {}), text }));
  worker.analyse(texts.slice(0, 2));
  worker.analyse(texts.slice(2));
  await worker.write(archive, join(dir, 'worker'));
  assert.deepEqual(await filesIn(join(dir, 'worker', SEARCH_DIR)), await filesIn(join(dir, 'here', SEARCH_DIR)));
});

test('the result comes as soon as every file is written, and again once the caches are saved', async () => {
  const dir = await tempDir('index-thread-written-');
  await writeSearchIndex(archive, join(dir, 'here'));
  const worker = startSearchIndexWorker(join(dir, 'cache'));
  const ended = worker.write(archive, join(dir, 'worker'), { cacheDir: join(dir, 'cache') });
  const written = await worker.filesWritten;
  assert.deepEqual(await filesIn(join(dir, 'worker', SEARCH_DIR)), await filesIn(join(dir, 'here', SEARCH_DIR)), 'every file is there when told');
  assert.deepEqual(await ended, written);
});

test('a failure in the worker rejects', async () => {
  const dir = await tempDir('index-thread-fail-');
  // The output "folder" is a file, so the worker cannot create search/ in it.
  await writeFile(join(dir, 'out'), '');
  const worker = startSearchIndexWorker();
  await assert.rejects(worker.write(archive, join(dir, 'out')));
  await assert.rejects(worker.filesWritten, 'before its files are written: no result');
});
