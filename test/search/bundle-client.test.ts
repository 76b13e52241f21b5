/** The browser search client's bundle is reused between builds until a source file it was made from changes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSearchClient } from '../../src/search/bundle-client.ts';
import { decodeEntry, encodeEntry } from '../../src/cache/store.mjs';
import { tempDir } from '../helpers/temp-dir.ts';

interface CachedBundle {
  inputs: Record<string, string>;
  code: string;
  worker: string;
}

const KIND = 'search client bundle cache';
const VERSION = '2';
async function readCached(file: string): Promise<CachedBundle> {
  const entry = decodeEntry(await readFile(file), KIND, VERSION);
  assert.ok('payload' in entry, 'a valid entry');
  return JSON.parse(entry.payload.toString()) as CachedBundle;
}
const writeCached = (file: string, bundle: CachedBundle) => writeFile(file, encodeEntry(KIND, VERSION, JSON.stringify(bundle)));

test('the search client bundle is reused until a source it came from changes', { timeout: 30_000 }, async () => {
  const dir = await tempDir('arsip-client-');
  const cacheFile = join(dir, 'cache.json');
  const bundle = async (name: string) => {
    await bundleSearchClient(join(dir, name), cacheFile);
    return readFile(join(dir, name), 'utf8');
  };
  const fresh = await bundle('first.js');
  assert.match(fresh, /search-worker\.js/);
  const cached = await readCached(cacheFile);
  assert.equal(cached.code, fresh);
  assert.equal(await readFile(join(dir, 'search-worker.js'), 'utf8'), cached.worker, 'the worker is written beside the page script');
  assert.match(cached.worker, /head\.json/);
  assert.ok('src/search/client/main.ts' in cached.inputs && 'src/search/analyzer.ts' in cached.inputs, 'the record lists the sources');

  await writeCached(cacheFile, { ...cached, code: '/* from the cache */' });
  assert.equal(await bundle('second.js'), '/* from the cache */', 'sources unchanged: the cached bundle is used');

  await writeCached(cacheFile, { code: '/* stale */', worker: '', inputs: { ...cached.inputs, 'src/search/analyzer.ts': 'an older hash' } });
  assert.equal(await bundle('third.js'), fresh, 'a changed source is bundled again');
  assert.deepEqual((await readCached(cacheFile)).inputs, cached.inputs);

  const damaged = await readFile(cacheFile);
  damaged[damaged.length >> 1]! ^= 0x08;
  await writeFile(cacheFile, damaged);
  assert.equal(await bundle('fourth.js'), fresh, 'a damaged entry is dropped and the client bundled again');
});
