/**
 * A rebuild writes only the payload files that changed: a file whose bytes are those the last build wrote, and which
 * is still the file it wrote in the folder of the site's previous copy, is left there and reported as kept. Whatever
 * is kept, the payload a site ends up with is the one a full build writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Archive } from '../../src/content/model.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { docFile, HEAD_FILE } from '../../src/search/payload.ts';
import { SEARCH_DIR, writeSearchIndex } from '../../src/search/write-index.ts';
import { startSearchIndexWorker } from '../../src/workers/search-index-thread.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { expected, filesIn, putInPlace } from './payload-site.ts';
import { archive, article, generatedArticles, sources } from './fixture.ts';

/** Articles in the base archive: fewer, and a new article touches every bucket of the payload. */
const COUNT = 300;
const base: Archive = { ...archive, articles: generatedArticles(COUNT) };
const newest = article({
  slug: '2040-01-05-kunjungan',
  title: 'Kunjungan menteri pertahanan ke Moskow',
  day: '2040-01-05',
  text: 'Menteri pertahanan membahas latihan bersama.',
  topics: [],
  actors: [],
  source: sources[0]!,
});
const plusOne: Archive = { ...base, articles: [newest, ...base.articles] };

test('a new newest article: older fragments and unchanged buckets are kept, and the site gets the full payload', async () => {
  const dir = await tempDir('payload-rewrite-');
  const [site, staging, cacheDir] = ['site', 'staging', 'cache'].map((name) => join(dir, name)) as [string, string, string];
  const first = await writeSearchIndex(base, site, { cacheDir, previous: site });
  assert.deepEqual(first.kept, [], 'nothing to keep in an empty folder');
  assert.deepEqual(await filesIn(site), expected(base));

  const second = await writeSearchIndex(plusOne, staging, { cacheDir, previous: site });
  const written = [...(await filesIn(staging)).keys()];
  assert.ok(written.includes(join(SEARCH_DIR, docFile(COUNT))) && written.includes(join(SEARCH_DIR, HEAD_FILE)), written.join(' '));
  assert.ok(!written.some((path) => path.startsWith(join(SEARCH_DIR, 'd')) && path !== join(SEARCH_DIR, docFile(COUNT))), 'no older fragment is written');
  assert.ok(second.kept.includes(join(SEARCH_DIR, docFile(0))) && second.kept.includes(join(SEARCH_DIR, docFile(COUNT - 1))));
  assert.ok(second.kept.some((path) => path.startsWith(join(SEARCH_DIR, 't'))), 'some buckets are unchanged');
  assert.equal(new Set([...written, ...second.kept]).size, written.length + second.kept.length, 'a file is written or kept, not both');
  await putInPlace(staging, site, second.kept);
  assert.deepEqual(await filesIn(site), expected(plusOne));
});

// The worker told the site's folder as it starts checks its files then, while the archive loads: the same answer.
for (const where of ['this thread', 'a worker told the folder as it starts'] as const) {
  test(`a file changed in the site since it was written is written again (${where})`, async () => {
    const dir = await tempDir('payload-rewrite-changed-');
    const [site, staging, cacheDir] = ['site', 'staging', 'cache'].map((name) => join(dir, name)) as [string, string, string];
    await writeSearchIndex(base, site, { cacheDir, previous: site });
    const edited = join(SEARCH_DIR, docFile(5));
    const replaced = join(SEARCH_DIR, docFile(6));
    const deleted = join(SEARCH_DIR, docFile(8));
    await writeFile(join(site, edited), '{"tampered":true}');
    await rm(join(site, deleted));
    // Same bytes, another file: not the one written, so kept only once its bytes are compared.
    await cp(join(site, replaced), join(dir, 'copy'));
    await rename(join(dir, 'copy'), join(site, replaced));
    const options = { cacheDir, previous: site };
    const again = where === 'this thread' ? await writeSearchIndex(base, staging, options) : await startSearchIndexWorker(cacheDir, site).write(base, staging, options);
    assert.ok(!again.kept.includes(edited), 'the changed file is written again');
    assert.ok(!again.kept.includes(deleted), 'the deleted file is written again');
    assert.ok(again.kept.includes(replaced), 'the copy with the same bytes is kept');
    assert.ok(again.kept.includes(join(SEARCH_DIR, docFile(7))));
    await putInPlace(staging, site, again.kept);
    assert.deepEqual(await filesIn(site), expected(base));
  });
}

test('a payload the record does not name (lost, or made by other code) is kept where the site holds its bytes, and recorded', async () => {
  const dir = await tempDir('payload-rewrite-adopted-');
  const site = join(dir, 'site');
  await writeSearchIndex(base, site, { cacheDir: join(dir, 'cache-a'), previous: site });
  const payload = [...(await filesIn(site)).keys()];
  // Another cache folder: no record of the site's files at all.
  const adopted = await writeSearchIndex(base, join(dir, 'staging'), { cacheDir: join(dir, 'cache-b'), previous: site });
  assert.deepEqual([...adopted.kept].sort(), payload, 'every file is kept');
  assert.ok(!existsSync(join(dir, 'staging', SEARCH_DIR)), 'and none written');
  // Recorded as the site holds them: the next build keeps them by the record alone.
  const next = await writeSearchIndex(plusOne, join(dir, 'next'), { cacheDir: join(dir, 'cache-b'), previous: site });
  assert.ok(next.kept.includes(join(SEARCH_DIR, docFile(0))) && next.kept.includes(join(SEARCH_DIR, docFile(COUNT - 1))));
  assert.ok(!(await filesIn(join(dir, 'next'))).has(join(SEARCH_DIR, docFile(0))), 'an older fragment is not written again');
});

test('without a previous folder, or without a cache, everything is written', async () => {
  const dir = await tempDir('payload-rewrite-none-');
  const cacheDir = join(dir, 'cache');
  await writeSearchIndex(base, join(dir, 'a'), { cacheDir, previous: join(dir, 'a') });
  assert.deepEqual((await writeSearchIndex(base, join(dir, 'b'), { cacheDir })).kept, []);
  assert.deepEqual((await writeSearchIndex(base, join(dir, 'c'), { previous: join(dir, 'a') })).kept, []);
  assert.deepEqual(await filesIn(join(dir, 'c')), expected(base));
});

test('the worker reports the same kept files as a build in this thread, with its caches read and kept files checked as it starts', async () => {
  const dir = await tempDir('payload-rewrite-worker-');
  const site = join(dir, 'site');
  await writeSearchIndex(base, site, { cacheDir: join(dir, 'cache-a'), previous: site });
  const here = await writeSearchIndex(plusOne, join(dir, 'here'), { cacheDir: join(dir, 'cache-a'), previous: site });
  const site2 = join(dir, 'site2');
  // Caches read at the start are used only by a job for the same folder.
  await startSearchIndexWorker(join(dir, 'cache-a')).write(base, site2, { cacheDir: join(dir, 'cache-b'), previous: site2 });
  const worker = await startSearchIndexWorker(join(dir, 'cache-b'), site2).write(plusOne, join(dir, 'worker'), { cacheDir: join(dir, 'cache-b'), previous: site2 });
  assert.ok(here.kept.length > COUNT);
  assert.equal(worker.appended, 1, 'appended to the payload its caches recorded');
  assert.deepEqual([...worker.kept].sort(), [...here.kept].sort());
  assert.deepEqual(await filesIn(join(dir, 'worker')), await filesIn(join(dir, 'here')));
});

test('an edited article keeps its number and gets its fragment written again; a fragment the caller has is not made', async () => {
  const dir = await tempDir('payload-rewrite-edited-');
  const [site, staging, cacheDir] = ['site', 'staging', 'cache'].map((name) => join(dir, name)) as [string, string, string];
  await writeSearchIndex(base, site, { cacheDir, previous: site });
  const edited: Archive = { ...base, articles: base.articles.map((a, i) => (i === 10 ? { ...a, title: 'Judul yang diperbaiki' } : a)) };
  const again = await writeSearchIndex(edited, staging, { cacheDir, previous: site });
  const written = [...(await filesIn(staging)).keys()].filter((path) => path.startsWith(join(SEARCH_DIR, 'd')));
  assert.deepEqual(written, [join(SEARCH_DIR, docFile(COUNT - 11))], `the tenth newest is document ${COUNT - 11}`);
  await putInPlace(staging, site, again.kept);
  assert.deepEqual(await filesIn(site), expected(edited));

  const asked: string[][] = [];
  const built = buildSearchFiles(base, { hasFragment: (name, inputs) => (asked.push(inputs), name !== docFile(7)) });
  assert.deepEqual([...built.keys()].filter((name) => name.startsWith('d/')), [docFile(7)]);
  assert.equal(asked.length, COUNT);
  assert.ok(asked.every((inputs) => inputs.length === 7 && inputs.every((input) => typeof input === 'string')));
});
