/**
 * Body shards cached by content: reused when nothing that goes into them
 * changed, rebuilt when something did, and still contributing their roots
 * to the head's dictionary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Archive, Article } from '../../src/content/model.ts';
import { buildSearchFiles, type SearchFiles } from '../../src/search/build-index.ts';
import { HEAD_FILE, type HeadPayload, type ShardPayload } from '../../src/search/payload.ts';
import { decodeEntry, encodeEntry } from '../../src/cache/store.mjs';
import { analysisFiles, ShardCache, shardKey } from '../../src/search/shard-cache.ts';
import { SEARCH_DIR, writeSearchIndex } from '../../src/search/write-index.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive as fixture, article, sources } from './fixture.ts';

const SHARD_SIZE = 2;
const BODIES = [
  'Polisi memberantas narkoba di pelabuhan.',
  'Pemerintah membangun jembatan baru.',
  'Tentara memberantas penyelundupan senjata.',
  'Nelayan menangkap ikan di laut.',
  'Petani memanen padi.',
];

/** Articles one day apart, newest first; `texts[i]` is the body of the i-th oldest. */
function archiveOf(texts: string[]): Archive {
  const articles = texts.map((text, i) =>
    article({ slug: `a${i}`, title: `Berita ${i}`, day: `2020-01-${String(i + 1).padStart(2, '0')}`, text, topics: [], actors: [], source: sources[0]! }),
  );
  return { ...fixture, articles: articles.reverse() };
}

const serialised = (files: SearchFiles) => JSON.stringify(Object.fromEntries(files));
const headOf = (files: SearchFiles) => JSON.parse(files.get(HEAD_FILE)!) as HeadPayload;

async function withCache(run: (dir: string, build: (archive: Archive) => { files: SearchFiles; cache: ShardCache }) => Promise<void>) {
  const dir = await tempDir('shard-cache-');
  await run(dir, (archive) => {
    const cache = new ShardCache(dir);
    const files = buildSearchFiles(archive, { shardSize: SHARD_SIZE, shardCache: cache });
    cache.prune();
    return { files, cache };
  });
}

test('an unchanged archive reuses every shard and gives the same files as a build without cache', async () => {
  await withCache(async (_, build) => {
    const archive = archiveOf(BODIES);
    assert.deepEqual(build(archive).cache.stats, { reused: 0, built: 3, termsReused: 0 });
    const warm = build(archive);
    assert.deepEqual(warm.cache.stats, { reused: 3, built: 0, termsReused: 0 });
    assert.equal(serialised(warm.files), serialised(buildSearchFiles(archive, { shardSize: SHARD_SIZE })));
  });
});

test('the written shard is the cached one, not a rebuild', async () => {
  const dir = await tempDir('shard-cache-write-');
  const cacheDir = join(dir, 'cache');
  const archive = archiveOf(BODIES);
  await writeSearchIndex(archive, join(dir, 'one'), { shardSize: SHARD_SIZE, cacheDir });
  // Mark every cached entry; a second build that reuses them writes the mark.
  for (const name of (await readdir(cacheDir)).filter((name) => name.endsWith('.json'))) {
    const entry = decodeEntry(await readFile(join(cacheDir, name)), 'search shard cache', '1');
    assert.ok('payload' in entry, 'a valid entry');
    const [roots, shard] = entry.payload.toString().split('\n') as [string, string];
    const payload = JSON.parse(shard) as ShardPayload;
    payload.excerpts = payload.excerpts.map(() => 'FROM THE CACHE');
    await writeFile(join(cacheDir, name), encodeEntry('search shard cache', '1', `${roots}\n${JSON.stringify(payload)}`));
  }
  await writeSearchIndex(archive, join(dir, 'two'), { shardSize: SHARD_SIZE, cacheDir });
  const shard = JSON.parse(await readFile(join(dir, 'two', SEARCH_DIR, 'body-0.json'), 'utf8')) as ShardPayload;
  assert.deepEqual(shard.excerpts, ['FROM THE CACHE', 'FROM THE CACHE']);
});

test('a new newest article rebuilds only the last shard', async () => {
  await withCache(async (_, build) => {
    build(archiveOf(BODIES));
    const added = build(archiveOf([...BODIES, 'Harga cabai naik.']));
    assert.deepEqual(added.cache.stats, { reused: 2, built: 1, termsReused: 1 });
  });
});

test('changed article text rebuilds its shard; unused entries are pruned', async () => {
  await withCache(async (dir, build) => {
    build(archiveOf(BODIES));
    const edited = archiveOf(BODIES.map((text, i) => (i === 3 ? 'Nelayan menjual ikan di pasar.' : text)));
    const warm = build(edited);
    assert.deepEqual(warm.cache.stats, { reused: 2, built: 1, termsReused: 1 }, 'the unedited article of the shard is not analysed again');
    assert.equal(serialised(warm.files), serialised(buildSearchFiles(edited, { shardSize: SHARD_SIZE })));
    assert.equal((await readdir(dir)).filter((name) => name.endsWith('.json')).length, 3, 'the old entry of the edited shard is gone');
    const indexEntry = decodeEntry(await readFile(join(dir, 'terms-2', 'index.json')), 'search terms cache', '1');
    assert.ok('payload' in indexEntry, 'a valid entry');
    const index = JSON.parse(indexEntry.payload.toString()) as Record<string, string>;
    assert.equal(Object.keys(index).length, BODIES.length, 'every article\'s terms are on record');
    const termsFiles = (await readdir(join(dir, 'terms-2'))).filter((name) => name !== 'index.json' && name !== 'CACHEDIR.TAG');
    assert.deepEqual(termsFiles.sort(), [...new Set(Object.values(index))].sort(), 'terms files no article needs are gone');
  });
});

test('an article older than all others moves every article: every shard is rebuilt, from cached analyses but its own', async () => {
  await withCache(async (_, build) => {
    // `berantas` is first reached in the oldest article, as part of a hyphenated word, and later edited away: the third
    // article, which has the word on its own, must bring the root along from the cache.
    build(archiveOf(['Polisi memberantas-menangkap narkoba.', ...BODIES.slice(1)]));
    const backfilled = archiveOf(['Penyidik memeriksa saksi.', 'Polisi menjaga pelabuhan.', ...BODIES.slice(1)]);
    const warm = build(backfilled);
    assert.deepEqual(warm.cache.stats, { reused: 0, built: 3, termsReused: 4 });
    assert.ok(headOf(warm.files).dictionary.includes('berantas'));
    assert.equal(serialised(warm.files), serialised(buildSearchFiles(backfilled, { shardSize: SHARD_SIZE })));
  });
});

test('cached shards keep their roots in the head dictionary', async () => {
  await withCache(async (_, build) => {
    // `berantas` is reached in shards 0 and 1 only; shard 0 is then edited so only the cached shard 1 has it.
    build(archiveOf(BODIES));
    const edited = archiveOf(BODIES.map((text, i) => (i === 0 ? 'Polisi menjaga pelabuhan.' : text)));
    const warm = build(edited);
    assert.deepEqual(warm.cache.stats, { reused: 2, built: 1, termsReused: 1 });
    const uncached = headOf(buildSearchFiles(edited, { shardSize: SHARD_SIZE })).dictionary;
    assert.ok(uncached.includes('berantas'));
    assert.deepEqual(headOf(warm.files).dictionary, uncached);
  });
});

test('a shard key covers its position, body fields, excerpts and the shard size', () => {
  const articles: Article[] = archiveOf(BODIES).articles.slice(0, 2);
  const key = shardKey(articles, 0, SHARD_SIZE);
  assert.equal(shardKey(articles.map((a) => ({ ...a })), 0, SHARD_SIZE), key);
  assert.notEqual(shardKey(articles, 2, SHARD_SIZE), key);
  assert.notEqual(shardKey(articles, 0, SHARD_SIZE + 1), key);
  assert.notEqual(shardKey([{ ...articles[0]!, excerpt: 'lain' }, articles[1]!], 0, SHARD_SIZE), key);
  assert.notEqual(shardKey([{ ...articles[0]!, summary: 'Ringkasan.' }, articles[1]!], 0, SHARD_SIZE), key);
  assert.notEqual(shardKey([articles[0]!, { ...articles[1]!, text: 'Teks lain.' }], 0, SHARD_SIZE), key);
  const split = (summary: string, text: string) => shardKey([{ ...articles[0]!, summary, text }], 0, SHARD_SIZE);
  assert.notEqual(split('Ringkasan. Teks', '.'), split('Ringkasan.', ' Teks.'), 'where one field ends and the next begins');
  assert.equal(shardKey([{ ...articles[0]!, title: 'Judul lain', html: '<p>x</p>' }, articles[1]!], 0, SHARD_SIZE), key, 'titles are in the head');
});

test('the key fingerprints the analysis code, Lunr and the dictionary', () => {
  const names = analysisFiles().map((file) => basename(file));
  for (const name of ['body-shard.ts', 'analyzer.ts', 'tokenizer.ts', 'stopwords.ts', 'stemmer.ts', 'prefix-rules.ts', 'dictionary.ts',
    'fields.ts', 'compact-index.ts', 'index-codec.ts', 'payload.ts', 'lunr.js', 'dictionary-default.js']) {
    assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  }
});
