/**
 * Word order in the index (src/search/word-pairs.ts): which pairs an article holds, where they are filed, and how
 * they rank: in the first ranking, over every match, not only in the re-ranking of the few results whose fragments
 * are fetched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Archive, Article } from '../../src/content/model.ts';
import { bucketOf } from '../../src/search/buckets.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { PHRASE_CHECKS, PROXIMITY_CHECKS } from '../../src/search/client/engine.ts';
import { PAGE_SIZE } from '../../src/search/client/view.ts';
import { parseQuery } from '../../src/search/client/query.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { HEAD_FILE, type HeadPayload } from '../../src/search/payload.ts';
import { Numbering } from '../../src/search/numbering.ts';
import { pairFile, pairKey, pairsOf, PairPostings, type PairBucket } from '../../src/search/word-pairs.ts';
import { archive, article, engineOver, generatedArticles, sources } from './fixture.ts';

const plain = (slug: string, day: string, title: string, text: string): Article =>
  article({ slug, title, day, text, topics: [], actors: [], source: sources[0]! });
const newestFirst = (articles: Article[]): Archive => ({ ...archive, articles: [...articles].sort((a, b) => b.date.timestamp - a.date.timestamp) });
const dayOf = (i: number) => `2018-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const urls = async (input: Archive, q: string, count = 10) =>
  (await (await engineOver(input)).search({ ...emptyRequest(), q }, count)).results.map((r) => r.fragment?.url.split('/')[2]);

/** Every pair key of a built payload, with the documents holding it (`2 × doc + 1` where the title does). */
function pairsIn(files: Map<string, string>): Map<string, number[]> {
  const head = JSON.parse(files.get(HEAD_FILE)!) as HeadPayload;
  const found = new Map<string, number[]>();
  for (let n = 0; n < head.pairBuckets; n++) {
    for (const [pair, deltas] of Object.entries(JSON.parse(files.get(pairFile(n))!) as PairBucket)) {
      assert.equal(found.has(pair), false, `${pair} in two buckets`);
      assert.equal(bucketOf(pair, head.pairBuckets), n, pair);
      let doc = 0;
      found.set(pair, deltas.map((delta) => (doc += delta)));
    }
  }
  return found;
}

test('a sequence of words gives its adjacent pairs; a break (a field boundary, an OR) starts afresh', () => {
  assert.deepEqual(pairsOf([['menlu'], ['rusia'], ['di'], ['jakarta']]), ['menlu rusia', 'rusia di', 'di jakarta']);
  assert.deepEqual(pairsOf([['a'], ['b', 'c'], undefined, ['d'], ['a'], ['b']]), ['a b', 'b c', 'd a']);
});

test('an article holds the pairs of its title and of its summary and body, stopwords as themselves, stems as terms', () => {
  const files = buildSearchFiles(
    newestFirst([plain('satu', '2019-01-01', 'Menlu Rusia di Jakarta', 'Ia bertemu Presiden. Kerja sama diperkuat.')]),
  );
  const found = pairsIn(files);
  const inTitle = [...found].filter(([, [value]]) => value! % 2 === 1).map(([pair]) => pair).sort();
  const inBody = [...found].filter(([, [value]]) => value! % 2 === 0).map(([pair]) => pair).sort();
  assert.deepEqual(inTitle, ['di jakarta', 'menlu rusia', 'rusia di']);
  assert.deepEqual(inBody, ['ia temu', 'kerja sama', 'presiden kerja', 'sama kuat', 'temu presiden']);
  assert.ok(!found.has('jakarta ia'), 'no pair from the title into the body');
});

test('every pair is in exactly one bucket, with the documents that hold it, ascending', () => {
  const files = buildSearchFiles({ ...archive, articles: generatedArticles(1500) });
  const head = JSON.parse(files.get(HEAD_FILE)!) as HeadPayload;
  assert.ok(head.pairBuckets >= 4, `${head.pairBuckets} pair buckets`);
  const pairs = pairsIn(files);
  assert.ok(pairs.size > 100, `${pairs.size} pairs`);
  for (const [pair, values] of pairs) assert.ok(values.every((value, i) => i === 0 || value >> 1 > values[i - 1]! >> 1), pair);
  assert.equal([...files.keys()].filter((name) => name.startsWith('p/')).length, head.pairBuckets);
});

/**
 * The target holds the query's words side by side in its body. More than PROXIMITY_CHECKS others score higher by
 * Lunr alone (two of the words in the title), and some hold all three words apart.
 */
function adjacencyArchive(): Archive {
  const articles = [plain('target', '2017-05-05', 'Kabar dari Vladivostok', 'Kedua negara menggelar latihan militer gabungan di laut Jepang pekan ini.')];
  for (let i = 0; i < PROXIMITY_CHECKS + 10; i++) {
    articles.push(plain(`title-${i}`, dayOf(i), `Latihan militer di kawasan ${i}`, `Pasukan dari ${i} negara. Satuan gabungan turut serta.`));
  }
  for (let i = 0; i < 5; i++) {
    articles.push(plain(`apart-${i}`, dayOf(i + 3), `Laporan ${i}`, 'Latihan digelar lagi. Pasukan militer datang dari utara. Tim gabungan bertugas.'));
  }
  return newestFirst(articles);
}

test('a document with the query words side by side outranks ones with them apart or with some in the title', async () => {
  const input = adjacencyArchive();
  const engine = await engineOver(input);
  const { results } = await engine.search({ ...emptyRequest(), q: 'latihan militer gabungan' }, 10);
  const slugOf = (doc: number) => (results.find((r) => r.doc === doc)?.fragment?.url ?? '').split('/')[2];
  assert.equal(slugOf(results[0]!.doc), 'target');
  // Lunr's own score is untouched: by it alone, the title matches come first.
  const lunrOrder = [...results].sort((a, b) => b.lunrScore - a.lunrScore);
  assert.ok(lunrOrder.findIndex((r) => r.doc === results[0]!.doc) >= PROXIMITY_CHECKS, 'the target is beyond the fragment re-ranking by Lunr alone');
  // Two words of three side by side (one pair of two) still count.
  assert.deepEqual((await urls(input, 'latihan militer gabungan', 3))[0], 'target');
});

test('a quoted phrase is found in a document that many non-matching ones outrank', async () => {
  const articles = [plain('target', '2017-05-05', 'Kabar dari Vladivostok', 'Kedua negara menggelar operasi gabungan di laut.')];
  for (let i = 0; i < PHRASE_CHECKS + 10; i++) {
    articles.push(plain(`decoy-${i}`, dayOf(i), `Gabungan operasi ${i}`, `Gabungan pasukan ${i} dalam operasi.`));
  }
  const input = newestFirst(articles);
  assert.deepEqual(await urls(input, '"operasi gabungan"'), ['target']);
  assert.equal((await urls(input, 'operasi gabungan', 100)).length, PHRASE_CHECKS + 11, 'without quotes, all of them');
});

test('the query keeps its words, phrases and years in the order typed, for its pairs', () => {
  const query = parseQuery('"kerja sama" rusia OR amerika 2019 latihan');
  assert.deepEqual(query.phrases, [['kerja', 'sama']]);
  assert.deepEqual(query.groups, [['kerja'], ['sama'], ['rusia', 'amerika'], ['latihan']]);
  assert.deepEqual(query.years, [2019]);
  assert.deepEqual(query.sequence, [['kerja'], ['sama'], ['rusia', 'amerika'], ['2019'], ['latihan']]);
});

test('a year in the query pairs with the word beside it', async () => {
  const articles = [plain('target', '2019-05-05', 'Pameran Pertahanan dan Keamanan 2019 di London', 'Pameran dibuka.')];
  for (let i = 0; i < 30; i++) articles.push(plain(`other-${i}`, `2019-0${1 + (i % 9)}-1${i % 10}`, `Keamanan terjaga ${i}`, `Keamanan kota aman pada 2019 dan ${i}.`));
  assert.equal((await urls(newestFirst(articles), 'keamanan 2019'))[0], 'target');
});

test('a query of stopwords only finds a body holding them in a row (bodies do not index stopwords)', async () => {
  const input = newestFirst([
    plain('target', '2019-05-05', 'Pemain timnas kembali', 'Latihan selesai. Setelah itu mereka pulang ke hotel.'),
    plain('apart', '2019-05-06', 'Pemain timnas berangkat', 'Setelah latihan, itu kata mereka.'),
  ]);
  assert.deepEqual(await urls(input, 'setelah itu mereka'), ['target']);
});

test('a title holding the query words in a row outranks bodies that hold them in a row', async () => {
  const articles = [plain('target', '2019-09-05', 'Revisi UU KPK, Agus Rahardjo: Ada Undangan Presiden', 'Pimpinan menunggu.')];
  for (let i = 0; i < 15; i++) {
    articles.push(plain(`body-${i}`, dayOf(i), `Agus Rahardjo Pastikan Pimpinan KPK Bekerja ${i}`, `Ketua KPK Agus Rahardjo menyampaikan hal itu. KPK tetap bekerja ${i}.`));
  }
  assert.equal((await urls(newestFirst(articles), 'kpk agus rahardjo'))[0], 'target');
});

test('a query of several words fetches no more fragments than the page it shows', async () => {
  const fetched: string[] = [];
  const engine = await engineOver(adjacencyArchive(), fetched);
  fetched.length = 0;
  const { results } = await engine.search({ ...emptyRequest(), q: 'latihan militer gabungan' }, PAGE_SIZE);
  assert.ok(results.length > PAGE_SIZE + 5, `${results.length} results`);
  assert.equal(fetched.filter((path) => path.startsWith('d/')).length, PAGE_SIZE);
});

/** The pair buckets of generated documents over `words`, against JSON.stringify of the bucket objects, keys sorted. */
function checkPairBuckets(words: readonly string[]): void {
  const numbering = new Numbering();
  const postings = new PairPostings(numbering);
  const numbered = (keys: string[]) => Uint32Array.from(keys, (key) => numbering.number(key));
  const held = new Map<string, number[]>();
  const hold = (pair: string, value: number) => {
    const list = held.get(pair) ?? held.set(pair, []).get(pair)!;
    if (list.length === 0 || list.at(-1)! >> 1 !== value >> 1) list.push(value);
  };
  for (let doc = 0; doc < 3_000; doc++) {
    const pick = (k: number) => words[(doc * 7 + k * 13 + Math.floor(doc / 11) * k) % words.length]!;
    const title = [pick(1), pick(2)];
    const body = [[pick(3), pick(4)], [pick(5), pick(1)], [pick(1), pick(2)]];
    postings.add(doc, numbered(title), body.map(numbered));
    hold(pairKey(title[0]!, title[1]!), 2 * doc + 1);
    body.forEach(([first, second]) => hold(pairKey(first!, second!), 2 * doc));
  }
  const count = postings.buckets;
  assert.ok(count > 1, 'several buckets');
  const expected = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    const bucket: PairBucket = {};
    for (const pair of [...held.keys()].sort()) {
      if (bucketOf(pair, count) === n) bucket[pair] = held.get(pair)!.map((value, i, list) => (i === 0 ? value : value - list[i - 1]!));
    }
    expected.set(pairFile(n), JSON.stringify(bucket));
  }
  assert.deepEqual(new Map(postings.files()), expected);
}

test('pair buckets are written as JSON.stringify writes the bucket objects, keys sorted, byte for byte', () => {
  checkPairBuckets(['kerja', 'sama', 'ö', '"kutip"', 'a\\b', '𝔘', 'zz', 'Äb', '10', 'menurut', 'fakhri']);
  // Keys holding a character that sorts before the space between a pair's keys: ordered by the names themselves.
  checkPairBuckets(['a', 'a\u0001', 'a b', 'ab', 'kerja', 'sama', '10', '1', '\u0000']);
});
