import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { FileKeys, SETTLED_MS } from '../../src/content/file-keys.ts';
import { loadArchive } from '../../src/content/load.ts';
import { PARSE_CACHE_FILE, parserVersion, type ParseCacheFile } from '../../src/cache/parse-cache.ts';
import { decodeEntry, encodeEntry } from '../../src/cache/store.mjs';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const status = (path: string) => stat(path);

test('a status is trusted only once the file had gone unchanged for a while when it was read', async () => {
  const dir = await makeContent({ 'a.md': article() });
  const path = join(dir, 'a.md');
  const changed = (await status(path)).ctimeMs;

  const recent = new FileKeys(new Map());
  recent.record(path, await status(path), 'k1', changed + SETTLED_MS - 1);
  assert.equal(recent.entries.size, 0, 'a write in the same clock tick could follow unseen');

  const settled = new FileKeys(new Map());
  settled.record(path, await status(path), 'k1', changed + SETTLED_MS + 1);
  assert.ok(settled.changedSinceRecorded);
  const next = new FileKeys(settled.entries);
  assert.equal(next.known(path, await status(path)), 'k1');
  assert.equal(next.changedSinceRecorded, false);

  await writeFile(path, article({ title: 'Judul Baru' }));
  assert.equal(next.known(path, await status(path)), undefined, 'any write changes the status');
});

test('the loader takes the key of a file with an unchanged status from the record, without reading the file', async () => {
  const contentDir = await makeContent({ 'a.md': article({ title: 'Judul A' }), 'b.md': article({ title: 'Judul B' }) });
  const cacheDir = await tempDir('arsip-file-keys-');
  const cacheFile = join(cacheDir, PARSE_CACHE_FILE);
  const load = async () => (await loadArchive({ contentDir, cacheDir })).archive.articles.map((a) => [a.sourcePath, a.title]);
  assert.deepEqual(await load(), [['a.md', 'Judul A'], ['b.md', 'Judul B']]);

  // The files were just written, so the loader recorded none; record a.md as settled, with b.md's key. The loader
  // trusting the record then shows b.md's fields for a.md, which reading a.md never would.
  const entry = decodeEntry(await readFile(cacheFile), 'parse cache', parserVersion());
  assert.ok('payload' in entry, 'a valid entry');
  const cached = deserialize(entry.payload) as ParseCacheFile;
  assert.equal(cached.files.size, 0);
  const b = await loadArchive({ contentDir, cacheDir }).then(({ archive }) => archive.articles.find((x) => x.sourcePath === 'b.md')!);
  const keys = new FileKeys(new Map());
  const aPath = join(contentDir, 'a.md');
  const aStatus = await status(aPath);
  keys.record(aPath, aStatus, b.sourceHash, aStatus.ctimeMs + SETTLED_MS + 1);
  await writeFile(cacheFile, encodeEntry('parse cache', parserVersion(), serialize({ ...cached, files: keys.entries } satisfies ParseCacheFile)));
  assert.deepEqual(await load(), [['a.md', 'Judul B'], ['b.md', 'Judul B']]);

  // Touching the file changes its status: it is read again.
  await utimes(aPath, new Date(), new Date());
  assert.deepEqual(await load(), [['a.md', 'Judul A'], ['b.md', 'Judul B']]);
});
