/**
 * The payload's layout: deterministic, each term in exactly one bucket, a head that does not grow with the archive,
 * and documents numbered by date, so an article newer than all others is appended and changes few files while the
 * client still ranks and lists newest first.
 */
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Archive } from '../../src/content/model.ts';
import { bucketOf } from '../../src/search/buckets.ts';
import { buildSearchFiles, type SearchFiles } from '../../src/search/build-index.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { docFile, HEAD_FILE, termFile, type HeadPayload, type TermBucket } from '../../src/search/payload.ts';
import { pairFile } from '../../src/search/word-pairs.ts';
import { archive, article, engineOver, generatedArticles, sources } from './fixture.ts';

const large: Archive = { ...archive, articles: generatedArticles(1500) };
const files = buildSearchFiles(large);
const headOf = (built: SearchFiles) => JSON.parse(built.get(HEAD_FILE)!) as HeadPayload;

test('the payload is deterministic, whatever the order the archive lists its articles in', () => {
  const shuffled = [...large.articles].sort((a, b) => (a.id.slice(-3) < b.id.slice(-3) ? -1 : 1));
  const again = buildSearchFiles({ ...large, articles: shuffled });
  assert.deepEqual([...again.keys()].sort(), [...files.keys()].sort());
  for (const [name, json] of files) assert.equal(again.get(name), json, name);
});

test('every term is in exactly one bucket, the one its hash names', () => {
  const head = headOf(files);
  assert.ok(head.buckets >= 4, `${head.buckets} buckets`);
  const seen = new Map<string, number>();
  for (let n = 0; n < head.buckets; n++) {
    const bucket = JSON.parse(files.get(termFile(n))!) as TermBucket;
    for (const term of Object.keys(bucket)) {
      assert.equal(seen.has(term), false, `${term} in buckets ${seen.get(term)} and ${n}`);
      seen.set(term, n);
      assert.equal(bucketOf(term, head.buckets), n, term);
    }
  }
  assert.ok(seen.has('rusia') && seen.has('berantas') && seen.has('galuzin'));
  assert.equal([...files.keys()].filter((name) => name.startsWith('t/')).length, head.buckets);
});

test('the head holds no per-article data: it does not grow with the archive', () => {
  const small = buildSearchFiles({ ...archive, articles: generatedArticles(300) });
  const grown = headOf(files);
  assert.equal(grown.count, 1500);
  // Only the bucket count and the year list (one entry per year) may grow.
  assert.ok(files.get(HEAD_FILE)!.length < small.get(HEAD_FILE)!.length + 200, `${small.get(HEAD_FILE)!.length} → ${files.get(HEAD_FILE)!.length}`);
});

const newest = article({
  slug: '2030-01-05-kunjungan',
  title: 'Kunjungan menteri pertahanan ke Moskow',
  day: '2030-01-05',
  text: 'Menteri pertahanan membahas latihan bersama.',
  topics: [],
  actors: [],
  source: sources[0]!,
});

test('an article newer than all others takes the next number and changes a bounded set of files', () => {
  const after = buildSearchFiles({ ...large, articles: [newest, ...large.articles] });
  const head = headOf(after);
  const added = [...after.keys()].filter((name) => !files.has(name));
  assert.deepEqual(added, [docFile(1500)]);
  assert.equal((JSON.parse(after.get(docFile(1500))!) as { url: string }).url, newest.url);
  const changed = [...files.keys()].filter((name) => after.get(name) !== files.get(name));
  // The head, the buckets of its terms, its source's documents and at most a few vocabulary and dictionary files.
  const terms = ['kunjung', 'menteri', 'tahan', 'moskow', 'bahas', 'latih', 'sama', 'antara'];
  const pairs = ['kunjung menteri', 'menteri tahan', 'tahan ke', 'ke moskow', 'tahan bahas', 'bahas latih', 'latih sama'];
  const allowed = new Set([
    HEAD_FILE,
    'f/source/0.json',
    ...terms.map((term) => termFile(bucketOf(term, head.buckets))),
    ...pairs.map((pair) => pairFile(bucketOf(pair, head.pairBuckets))),
  ]);
  const unexpected = changed.filter((name) => !allowed.has(name) && !/^[vs]\//.test(name));
  assert.deepEqual(unexpected, []);
  assert.ok(changed.length <= allowed.size + 4, changed.join(' '));
  assert.ok(!changed.some((name) => name.startsWith('d/')), 'no older document changes');
});

/** Two articles alike in every searchable word, so they tie on score. */
function twins(days: [string, string], slugs: [string, string]): Archive {
  const articles = days.map((day, i) =>
    article({ slug: slugs[i]!, title: 'Latihan militer bersama', day, text: 'Latihan di laut.', topics: [], actors: [], source: sources[0]! }),
  );
  // Newest first, as the loader gives them.
  return { ...archive, articles: articles.sort((a, b) => b.date.timestamp - a.date.timestamp || a.id.localeCompare(b.id)) };
}

test('equal scores rank newest first, and same-day ties in the archive order', async () => {
  const urls = async (input: Archive, q: string, source = '') =>
    (await (await engineOver(input)).search({ ...emptyRequest(), q, source }, 10)).results.map((r) => r.fragment!.url);
  const dated = twins(['2018-03-01', '2019-03-01'], ['a-older', 'b-newer']);
  assert.deepEqual(await urls(dated, 'latihan'), ['/artikel/b-newer/', '/artikel/a-older/']);
  assert.deepEqual(await urls(dated, '', 'antara'), ['/artikel/b-newer/', '/artikel/a-older/']);
  const sameDay = twins(['2019-03-01', '2019-03-01'], ['z-second', 'a-first']);
  assert.deepEqual(await urls(sameDay, 'latihan'), ['/artikel/a-first/', '/artikel/z-second/']);
  assert.deepEqual(await urls(sameDay, '', 'antara'), ['/artikel/a-first/', '/artikel/z-second/']);
});

test('word pairs leave every other file byte-identical to the payload before them', () => {
  // The digest of every file but the head and the pair buckets, as the build wrote them before pairs were indexed:
  // the terms, fragments, facets and dictionary share the pairs' analysis and must not change with it.
  const digest = createHash('sha256');
  for (const name of [...files.keys()].sort()) if (name !== HEAD_FILE && !name.startsWith('p/')) digest.update(`${name}\0${files.get(name)!}\0`);
  assert.equal(digest.digest('hex'), '93796073d78bf7f67b338adce4eb3fdbc2dc80ef1b2bb15a65806f6dc6c3bb19');
});
