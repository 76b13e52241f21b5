/**
 * `startSearchIndexWorker` builds on a worker thread: the same bytes as
 * `writeSearchIndex` in this thread, with and without the shard cache, and
 * a failure in the worker rejects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startSearchIndexWorker } from '../../src/search/index-thread.ts';
import { SEARCH_DIR, writeSearchIndex } from '../../src/search/write-index.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive } from './fixture.ts';

async function filesIn(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)));
}

test('the worker writes byte-identical files to the in-process build', async () => {
  const dir = await tempDir('index-thread-');
  await writeSearchIndex(archive, join(dir, 'here'), { shardSize: 3 });
  await startSearchIndexWorker().write(archive, join(dir, 'worker'), { shardSize: 3 });
  const cacheDir = join(dir, 'cache');
  await startSearchIndexWorker().write(archive, join(dir, 'worker-cold'), { shardSize: 3, cacheDir });
  await startSearchIndexWorker().write(archive, join(dir, 'worker-warm'), { shardSize: 3, cacheDir });
  const expected = await filesIn(join(dir, 'here', SEARCH_DIR));
  assert.deepEqual([...expected.keys()], ['body-0.json', 'body-1.json', 'head.json']);
  for (const run of ['worker', 'worker-cold', 'worker-warm']) {
    assert.deepEqual(await filesIn(join(dir, run, SEARCH_DIR)), expected, run);
  }
  assert.equal((await readdir(cacheDir)).filter((name) => name.endsWith('.json')).length, 2, 'the worker filled the shard cache');
});

test('bodies sent while the archive loads are analysed there, and the files are the same', async () => {
  const dir = await tempDir('index-thread-early-');
  await writeSearchIndex(archive, join(dir, 'here'), { shardSize: 3 });
  const worker = startSearchIndexWorker();
  const texts = archive.articles.map(({ id, summary, text }) => ({ id, ...(summary ? { summary } : {}), text }));
  worker.analyse(texts.slice(0, 2));
  worker.analyse(texts.slice(2));
  await worker.write(archive, join(dir, 'worker'), { shardSize: 3 });
  assert.deepEqual(await filesIn(join(dir, 'worker', SEARCH_DIR)), await filesIn(join(dir, 'here', SEARCH_DIR)));
});

test('a failure in the worker rejects', async () => {
  const dir = await tempDir('index-thread-fail-');
  // The output "folder" is a file, so the worker cannot create search/ in it.
  await writeFile(join(dir, 'out'), '');
  await assert.rejects(startSearchIndexWorker().write(archive, join(dir, 'out')));
});
