/**
 * A build that only appends documents to the last build's (new newest articles) makes the files they change from the
 * last build's files (src/search/append-index.ts), and the site ends up with the payload a full build writes, byte
 * for byte; anything else (an edit, a removal, another registry, buckets doubling, a file changed since) builds the
 * whole payload.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Archive, Article } from '../../src/content/model.ts';
import { docFile, HEAD_FILE, termFile, type HeadPayload } from '../../src/search/payload.ts';
import { SEARCH_DIR, writeSearchIndex, type WrittenIndex } from '../../src/search/write-index.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { actors, archive, article, generatedArticles, sources, topics } from './fixture.ts';
import { expected, filesIn, putInPlace } from './payload-site.ts';

const base: Archive = { ...archive, articles: generatedArticles(120) };
/** Newer than every generated article, with words, numbers, entities and a year none of them has. */
const newArticle = (n: number, extra: Partial<Parameters<typeof article>[0]> = {}): Article =>
  article({
    slug: `2041-0${1 + (n % 9)}-1${n % 10}-baru-${n}`,
    title: `Kunjungan ${n} ke Vladivostok ${2000 + n}`,
    day: `2041-0${1 + (n % 9)}-1${n % 10}`,
    text: `Menteri pertahanan membahas latihan bersama di Vladivostok pada ${17 + n} Maret. Kata zzqx${n} belum pernah ada; perundingan-perundingan berlanjut.`,
    ...(n % 2 === 0 ? { summary: `Ringkasan ${n}: kerja sama pertahanan.` } : {}),
    topics: [topics[n % 2]!],
    actors: n % 3 === 0 ? [actors[2]!] : [],
    source: sources[n % 2]!,
    ...extra,
  });
const plus = (before: Archive, ...added: Article[]): Archive => ({ ...before, articles: [...added.reverse(), ...before.articles] });

/** Builds `built` over the site as a rebuild does (into a staging folder, then put in place) and checks the site. */
async function rebuild(dir: string, built: Archive): Promise<WrittenIndex> {
  const [site, staging, cacheDir] = ['site', 'staging', 'cache'].map((name) => join(dir, name)) as [string, string, string];
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  const written = await writeSearchIndex(built, staging, { cacheDir, previous: site });
  await putInPlace(staging, site, written.kept);
  assert.deepEqual(await filesIn(site), expected(built));
  return written;
}

async function siteOf(built: Archive, prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  const site = join(dir, 'site');
  assert.equal((await writeSearchIndex(built, site, { cacheDir: join(dir, 'cache'), previous: site })).appended, undefined, 'a first build is whole');
  return dir;
}

test('new newest articles are appended to the payload, which ends up as a full build writes it', async () => {
  const dir = await siteOf(base, 'append-index-');
  let archiveNow = base;
  for (const added of [[newArticle(1)], [newArticle(2), newArticle(3)], [], [newArticle(4, { title: '2041 17 Vladivostok' })]]) {
    archiveNow = plus(archiveNow, ...added);
    const written = await rebuild(dir, archiveNow);
    assert.equal(written.appended, added.length, `${added.length} appended`);
  }
});

test('a new newest article changes its fragment, the head and the buckets its words fall in, and no other file', async () => {
  const dir = await siteOf(base, 'append-index-files-');
  const before = await filesIn(join(dir, 'site'));
  const written = await rebuild(dir, plus(base, newArticle(5)));
  const after = await filesIn(join(dir, 'site'));
  const changed = [...after.keys()].filter((path) => before.get(path) !== after.get(path));
  assert.equal(written.kept.length, after.size - changed.length, 'every unchanged file is kept');
  assert.ok(changed.includes(join(SEARCH_DIR, docFile(120))) && changed.includes(join(SEARCH_DIR, HEAD_FILE)));
  assert.ok(changed.length < after.size / 4, `${changed.length} of ${after.size} files changed`);
});

test('an edited, removed or reordered article, or another registry, builds the whole payload, correctly', async () => {
  const edited = base.articles.map((a, i) => (i === 20 ? { ...a, text: `${a.text} Tambahan.` } : a));
  const retagged = base.articles.map((a, i) => (i === 30 ? { ...a, actors: [actors[0]!] } : a));
  const cases: Array<[string, Archive]> = [
    ['edited', plus({ ...base, articles: edited }, newArticle(6))],
    ['facets changed', { ...base, articles: retagged }],
    ['removed', { ...base, articles: base.articles.filter((_, i) => i !== 40) }],
    ['older article added', { ...base, articles: [...base.articles, newArticle(7, { day: '1999-01-01', slug: '1999-01-01-lama' })] }],
    ['registry', { ...plus(base, newArticle(8)), actors: actors.map((a, i) => (i === 1 ? { ...a, aliases: [...a.aliases, 'Duta Besar'] } : a)) }],
  ];
  for (const [name, changed] of cases) {
    const dir = await siteOf(base, 'append-index-whole-');
    assert.equal((await rebuild(dir, changed)).appended, undefined, name);
  }
});

test('when the buckets double, or a file of the last build was changed, the whole payload is built', async () => {
  const small: Archive = { ...archive, articles: generatedArticles(40) };
  const dir = await siteOf(small, 'append-index-grow-');
  const buckets = async () => (JSON.parse((await filesIn(join(dir, 'site'))).get(join(SEARCH_DIR, HEAD_FILE))!) as HeadPayload).buckets;
  const before = await buckets();
  const many = Array.from({ length: 250 }, (_, n) => newArticle(n + 10));
  assert.equal((await rebuild(dir, plus(small, ...many))).appended, undefined, 'buckets doubled');
  assert.ok((await buckets()) > before, 'more buckets');

  const tampered = await siteOf(base, 'append-index-tampered-');
  await writeFile(join(tampered, 'site', SEARCH_DIR, termFile(0)), '{}');
  assert.equal((await rebuild(tampered, plus(base, newArticle(9)))).appended, undefined, 'a bucket changed');
  const missing = await siteOf(base, 'append-index-missing-');
  await rename(join(missing, 'site', SEARCH_DIR, docFile(3)), join(missing, 'moved.json'));
  assert.equal((await rebuild(missing, plus(base, newArticle(9)))).appended, undefined, 'a fragment gone');
});
