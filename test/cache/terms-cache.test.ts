/**
 * Analysed bodies kept between builds: reused while an article's body fields are unchanged, never changing the
 * payload, dropped when damaged, and versioned by the code that analyses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Archive } from '../../src/content/model.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { analysisFiles, TermsCache } from '../../src/cache/terms-cache.ts';
import { EarlyAnalyses } from '../../src/workers/search-early-analyses.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive, generatedArticles } from '../search/fixture.ts';
import { withWarnings } from '../helpers/warnings.ts';

const input: Archive = { ...archive, articles: generatedArticles(30) };
const serialised = (files: Map<string, string>) => JSON.stringify([...files]);

async function cachedBuild(dir: string, build: Archive): Promise<{ files: Map<string, string>; stats: TermsCache['stats'] }> {
  const terms = new TermsCache(dir);
  const files = buildSearchFiles(build, { terms });
  terms.save();
  return { files, stats: terms.stats };
}

test('unchanged articles are not analysed again, and the payload is the same as without the cache', async () => {
  const dir = join(await tempDir('terms-cache-'), 'search');
  const cold = await cachedBuild(dir, input);
  assert.deepEqual(cold.stats, { reused: 0, analysed: 30 });
  const warm = await cachedBuild(dir, input);
  assert.deepEqual(warm.stats, { reused: 30, analysed: 0 });
  assert.equal(serialised(warm.files), serialised(buildSearchFiles(input)));

  const edited = { ...input, articles: input.articles.map((a, i) => (i === 3 ? { ...a, text: 'Teks yang diubah tentang pemberantasan.' } : a)) };
  const after = await cachedBuild(dir, edited);
  assert.deepEqual(after.stats, { reused: 29, analysed: 1 });
  assert.equal(serialised(after.files), serialised(buildSearchFiles(edited)));
});

test('a damaged entry is dropped and every body analysed again, with the same payload', async () => {
  const dir = join(await tempDir('terms-cache-damaged-'), 'search');
  await cachedBuild(dir, input);
  const [entry] = (await readdir(dir)).filter((name) => name.endsWith('.v8'));
  const bytes = await readFile(join(dir, entry!));
  bytes[bytes.length - 10]! ^= 0x20;
  await writeFile(join(dir, entry!), bytes);
  const { result: rebuilt, warnings } = await withWarnings(() => cachedBuild(dir, input));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^warning: search terms cache: dropped the damaged entry /);
  assert.deepEqual(rebuilt.stats, { reused: 0, analysed: 30 });
  assert.equal(serialised(rebuilt.files), serialised(buildSearchFiles(input)));
});

test('the cache is versioned by the analysis code and the dictionary', () => {
  const names = analysisFiles().map((file) => basename(file));
  for (const name of ['article-terms.ts', 'analyzer.ts', 'tokenizer.ts', 'stopwords.ts', 'stemmer.ts', 'prefix-rules.ts', 'dictionary.ts', 'dictionary-default.js']) {
    assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  }
});

test('a build adds its new analyses to the stored ones, and packs them afresh once most are unused', async () => {
  const dir = join(await tempDir('terms-cache-append-'), 'search');
  const size = async () => (await stat(join(dir, 'terms.v8'))).size;
  const added = { ...input.articles[0]!, id: 'baru', text: 'Artikel baru tentang latihan bersama angkatan laut.' };
  const plusOne = { ...input, articles: [added, ...input.articles] };
  const few = { ...input, articles: input.articles.slice(0, 4) };
  const steps: Array<[Archive, TermsCache['stats']]> = [
    [input, { reused: 0, analysed: 30 }],
    [plusOne, { reused: 30, analysed: 1 }],
    [plusOne, { reused: 31, analysed: 0 }],
    [few, { reused: 4, analysed: 0 }],
    [plusOne, { reused: 4, analysed: 27 }],
  ];
  const sizes: number[] = [];
  for (const [build, stats] of steps) {
    const built = await cachedBuild(dir, build);
    assert.deepEqual(built.stats, stats);
    assert.equal(serialised(built.files), serialised(buildSearchFiles(build)));
    sizes.push(await size());
  }
  assert.ok(sizes[1]! > sizes[0]!, `grows by the new article: ${sizes.join(' ')}`);
  assert.ok(sizes[3]! < sizes[0]! / 2, `shrinks once most is unused: ${sizes.join(' ')}`);
});

test('a body two articles share is analysed once, and both get the same terms', async () => {
  const dir = join(await tempDir('terms-cache-shared-'), 'search');
  const twin = { ...input.articles[5]!, id: 'kembar', slug: 'kembar', url: '/artikel/kembar/', title: 'Judul lain' };
  const withTwin: Archive = { ...input, articles: [twin, ...input.articles] };
  const built = await cachedBuild(dir, withTwin);
  assert.deepEqual(built.stats, { reused: 0, analysed: 30 });
  assert.equal(serialised(built.files), serialised(buildSearchFiles(withTwin)));
  assert.deepEqual((await cachedBuild(dir, withTwin)).stats, { reused: 31, analysed: 0 });
});

test('analyses made early are stored as they were packed, and a stored cache is kept beside later ones', async () => {
  const dir = join(await tempDir('terms-cache-early-'), 'search');
  const earlyBuild = async (build: Archive) => {
    const early = new EarlyAnalyses();
    early.add(build.articles.map(({ id, summary, text }) => ({ id, ...(summary ? { summary } : {}), text })));
    const terms = new TermsCache(dir, early.packed);
    const files = buildSearchFiles(build, { terms, early });
    terms.save();
    return { files, stats: terms.stats, waiting: early.waiting };
  };
  const cold = await earlyBuild(input);
  assert.deepEqual(cold.stats, { reused: 0, analysed: 30 });
  assert.equal(cold.waiting, 0, 'every early analysis taken');
  assert.equal(serialised(cold.files), serialised(buildSearchFiles(input)));
  const warm = await cachedBuild(dir, input);
  assert.deepEqual(warm.stats, { reused: 30, analysed: 0 });
  assert.equal(serialised(warm.files), serialised(buildSearchFiles(input)));
  const edited = { ...input, articles: input.articles.map((a, i) => (i === 3 ? { ...a, text: 'Teks yang diubah tentang pemberantasan.' } : a)) };
  const again = await earlyBuild(edited);
  assert.deepEqual(again.stats, { reused: 29, analysed: 1 });
  assert.equal(serialised(again.files), serialised(buildSearchFiles(edited)));
  assert.deepEqual((await cachedBuild(dir, edited)).stats, { reused: 30, analysed: 0 });
});
