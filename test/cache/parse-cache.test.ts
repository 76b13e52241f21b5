import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { loadArchive, type LoadResult } from '../../src/content/load.ts';
import { PARSE_CACHE_FILE, parserSources, parserVersion, type ParseCacheFile } from '../../src/cache/parse-cache.ts';
import { decodeEntry, encodeEntry } from '../../src/cache/store.mjs';
import { formatContentError } from '../../src/content/errors.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { withWarnings } from '../helpers/warnings.ts';

const VARIED = {
  'a.md': article({ actors: '[Menlu Rusia, Lavrov, RI]', summary: '"Ringkasan #1"', updated: '2017-09-01' }),
  'b.md': article({ date: '2017-01-31T08:00 WITA', source: '{ name: Russia Beyond, url: "https://example.org/b", author: Ivan }' }),
  'c.md': `\uFEFF${article({ title: 'Judul CRLF', draft: 'true' }, '*Foto: keterangan.*\n\nParagraf pembuka.')}`.replace(/\n/g, '\r\n'),
  'sub/d.md': article({ topics: '[Counter-terrorism, forum-regional]' }),
};

const cacheFile = (cacheDir: string) => join(cacheDir, PARSE_CACHE_FILE);
/** The cache's entry, opened and sealed again as src/cache does, so tests can change what it holds. */
async function readCache(cacheDir: string): Promise<ParseCacheFile> {
  const entry = decodeEntry(await readFile(cacheFile(cacheDir)), 'parse cache', parserVersion());
  assert.ok('payload' in entry, 'a valid entry');
  return deserialize(entry.payload) as ParseCacheFile;
}
const writeCache = (cacheDir: string, cached: ParseCacheFile) => writeFile(cacheFile(cacheDir), encodeEntry('parse cache', parserVersion(), serialize(cached)));
const load = (contentDir: string, cacheDir?: string): Promise<LoadResult> =>
  loadArchive({ contentDir, includeDrafts: true, ...(cacheDir ? { cacheDir } : {}) });
const tempCache = () => tempDir('arsip-parse-cache-');
const messages = (result: LoadResult) => result.errors.map(formatContentError);

test('an archive loaded from the parse cache equals one loaded without a cache', async () => {
  const contentDir = await makeContent(VARIED);
  const cacheDir = await tempCache();
  const uncached = await load(contentDir);
  assert.deepEqual(uncached.errors, []);
  await load(contentDir, cacheDir);
  assert.equal((await readCache(cacheDir)).entries.size, Object.keys(VARIED).length);
  assert.deepEqual(await load(contentDir, cacheDir), uncached);
});

test('an unchanged file is taken from the cache, an edited one is parsed again', async () => {
  const contentDir = await makeContent({ 'a.md': article({ title: 'Judul Lama' }), 'b.md': article({ title: 'Judul B' }) });
  const cacheDir = await tempCache();
  await load(contentDir, cacheDir);
  // Tamper with every cached title: what still shows it came from the cache, not from the YAML.
  const cached = await readCache(cacheDir);
  for (const fields of cached.entries.values()) fields.title = `dari cache: ${fields.title}`;
  await writeCache(cacheDir, cached);

  await writeFile(join(contentDir, 'a.md'), article({ title: 'Judul Baru' }));
  const titles = (await load(contentDir, cacheDir)).archive.articles.map((a) => a.title).sort();
  assert.deepEqual(titles, ['Judul Baru', 'dari cache: Judul B']);
});

test('an invalid file is never cached: its errors are reported again on every run', async () => {
  const contentDir = await makeContent({ 'a.md': article({ date: '2017-02-30', actors: '[Lavrov, Putinn]' }), 'b.md': article() });
  const cacheDir = await tempCache();
  const first = await load(contentDir, cacheDir);
  assert.equal(first.errors.length, 2, messages(first).join('\n'));
  assert.ok(first.errors.every((e) => e.file.endsWith('a.md') && e.line > 1 && e.hint));
  const second = await load(contentDir, cacheDir);
  assert.deepEqual(second.errors, first.errors);
  assert.equal((await readCache(cacheDir)).entries.size, 1, 'only the valid file is cached');
});

test('a registry change re-validates cached articles: a removed alias is an unknown name again, on its line', async () => {
  const contentDir = await makeContent({ 'a.md': article({ actors: '[Indonesia, Sergei Lavrov]' }) });
  const cacheDir = await tempCache();
  assert.deepEqual((await load(contentDir, cacheDir)).errors, []);

  const registryFile = join(contentDir, 'registry', 'actors.yaml');
  await writeFile(registryFile, (await readFile(registryFile, 'utf8')).replace(', Sergei Lavrov]', ']'));
  const { errors, archive } = await load(contentDir, cacheDir);
  assert.deepEqual(
    errors.map((e) => [e.line, e.message]),
    [[5, 'unknown actor "Sergei Lavrov"']],
  );
  assert.match(errors[0]!.hint!, /actors\.yaml/);
  assert.deepEqual(archive.articles, []);
  assert.equal((await readCache(cacheDir)).entries.size, 0, 'a file with errors leaves the cache');
});

test('the cache file is replaced, never written into, and keeps only the files still there', async () => {
  const contentDir = await makeContent({ 'a.md': article(), 'b.md': article({ title: 'Judul B' }) });
  const cacheDir = await tempCache();
  await load(contentDir, cacheDir);
  const before = await readFile(cacheFile(cacheDir));
  // A second name for the same file: writing in place would change what it shows, replacing does not.
  await link(cacheFile(cacheDir), join(cacheDir, 'before.v8'));

  await rm(join(contentDir, 'b.md'));
  await writeFile(join(contentDir, 'c.md'), article({ title: 'Judul C' }));
  await load(contentDir, cacheDir);
  assert.deepEqual(await readFile(join(cacheDir, 'before.v8')), before);
  assert.equal((await readCache(cacheDir)).entries.size, 2);
  assert.deepEqual(await readdir(dirname(cacheFile(cacheDir))), ['CACHEDIR.TAG', 'fields.v8'], 'no temporary file is left');
});

test('a missing, torn or foreign cache file is ignored', async () => {
  const contentDir = await makeContent(VARIED);
  const uncached = await load(contentDir);
  const cacheDir = await tempCache();
  await load(contentDir, cacheDir);
  const whole = await readFile(cacheFile(cacheDir));

  await writeFile(cacheFile(cacheDir), whole.subarray(0, whole.length / 2));
  const torn = await withWarnings(() => load(contentDir, cacheDir));
  assert.deepEqual(torn.result, uncached);
  assert.equal(torn.warnings.length, 1);
  assert.match(torn.warnings[0]!, /^warning: parse cache: dropped the damaged entry /);

  // Written by other code (another parser version): its fields must not be trusted, even when they look valid.
  const foreign = await readCache(cacheDir);
  for (const fields of foreign.entries.values()) fields.title = 'dari versi lain';
  await writeFile(cacheFile(cacheDir), encodeEntry('parse cache', 'other', serialize(foreign)));
  assert.deepEqual(await load(contentDir, cacheDir), uncached);

  await rm(cacheDir, { recursive: true });
  assert.deepEqual(await load(contentDir, cacheDir), uncached);
});

test('a file whose fields are cached but whose render is not is read again for its body', async () => {
  const contentDir = await makeContent(VARIED);
  const uncached = await load(contentDir);
  const cacheDir = await tempCache();
  await load(contentDir, cacheDir);
  for (const name of await readdir(cacheDir)) if (name.endsWith('.v8')) await rm(join(cacheDir, name));
  assert.deepEqual(await load(contentDir, cacheDir), uncached);
});

test('a run that finds nothing new does not write the cache, even with an invalid file present', async () => {
  const contentDir = await makeContent({ 'a.md': article(), 'b.md': article({ date: 'kemarin' }) });
  const cacheDir = await tempCache();
  await load(contentDir, cacheDir);
  const { ino } = await stat(cacheFile(cacheDir));
  assert.equal((await load(contentDir, cacheDir)).errors.length, 1);
  assert.equal((await stat(cacheFile(cacheDir))).ino, ino, 'a write replaces the file, with a new inode');
});

test("the parse cache's version covers the content loader's code, which decides what a cached entry holds", () => {
  const sources = parserSources();
  for (const file of ['content/parse-article.ts', 'content/schema.ts', 'content/yaml-document.ts', 'cache/parse-cache.ts']) {
    assert.ok(sources.includes(file), `${file} in ${sources.join(', ')}`);
  }
});
