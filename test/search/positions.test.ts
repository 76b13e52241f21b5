/**
 * `docs` are oldest first, so an article newer than all others is appended:
 * every body shard but the last keeps its bytes, and the client still ranks
 * and lists newest first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Archive } from '../../src/content/model.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { HEAD_FILE, type HeadPayload, type ShardPayload } from '../../src/search/payload.ts';
import { archive, article, parseFiles, sources } from './fixture.ts';

const newest = article({
  slug: '2026-01-05-kunjungan',
  title: 'Kunjungan menteri pertahanan ke Moskow',
  day: '2026-01-05',
  text: 'Menteri pertahanan membahas latihan bersama.',
  topics: [],
  actors: [],
  source: sources[0]!,
});

test('adding an article newer than all others changes only the last body shard and the head', () => {
  const before = buildSearchFiles(archive, { shardSize: 3 });
  const after = buildSearchFiles({ ...archive, articles: [newest, ...archive.articles] }, { shardSize: 3 });
  assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
  const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name)).sort();
  assert.deepEqual(changed, ['body-1.json', HEAD_FILE]);
  const head = JSON.parse(after.get(HEAD_FILE)!) as HeadPayload;
  assert.equal(head.docs.at(-1)!.url, newest.url, 'the newest article is the last position');
  assert.equal(head.docs[0]!.url, archive.articles.at(-1)!.url, 'the oldest article is the first position');
});

test('the newest articles short of a whole shard are in quarter shards, which become one once it is full', () => {
  // Newest first, as the loader gives them; a day apart.
  const articles = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      article({ slug: `a-${i}`, title: `Judul ${i}`, day: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10), text: `Teks nomor ${i}.`, topics: [], actors: [], source: sources[0]! }),
    ).reverse();
  const build = (count: number) => buildSearchFiles({ ...archive, articles: articles(count) }, { shardSize: 8 });
  const sizes = (files: Map<string, string>) =>
    (JSON.parse(files.get(HEAD_FILE)!) as HeadPayload).shards.map((name) => (JSON.parse(files.get(name)!) as ShardPayload).excerpts.length);

  const before = build(21);
  assert.deepEqual(sizes(before), [8, 8, 2, 2, 1]);
  const after = build(22);
  assert.deepEqual(sizes(after), [8, 8, 2, 2, 2]);
  assert.deepEqual([...after.keys()].filter((name) => after.get(name) !== before.get(name)).sort(), ['body-4.json', HEAD_FILE]);
  assert.deepEqual(sizes(build(24)), [8, 8, 8]);
});

/** Two articles alike in every searchable word, so they tie on score. */
function twins(days: [string, string], slugs: [string, string]): Archive {
  const articles = days.map((day, i) =>
    article({ slug: slugs[i]!, title: 'Latihan militer bersama', day, text: 'Latihan di laut.', topics: [], actors: [], source: sources[0]! }),
  );
  // Newest first, as the loader gives them.
  return { ...archive, articles: articles.sort((a, b) => b.date.timestamp - a.date.timestamp || a.id.localeCompare(b.id)) };
}

function engineFor(input: Archive): SearchEngine {
  const files = parseFiles(buildSearchFiles(input, { shardSize: 1 }));
  const head = files[HEAD_FILE] as HeadPayload;
  const engine = new SearchEngine(head);
  head.shards.forEach((name) => engine.addShard(files[name] as ShardPayload));
  return engine;
}

test('equal scores rank newest first, and same-day ties in the archive order', () => {
  const urls = (input: Archive, q: string, source = '') =>
    engineFor(input).search({ ...emptyRequest(), q, source }).results.map((r) => r.doc.url);
  const dated = twins(['2018-03-01', '2019-03-01'], ['a-older', 'b-newer']);
  assert.deepEqual(urls(dated, 'latihan'), ['/artikel/b-newer/', '/artikel/a-older/']);
  assert.deepEqual(urls(dated, '', 'antara'), ['/artikel/b-newer/', '/artikel/a-older/']);
  const sameDay = twins(['2019-03-01', '2019-03-01'], ['z-second', 'a-first']);
  assert.deepEqual(urls(sameDay, 'latihan'), ['/artikel/a-first/', '/artikel/z-second/']);
  assert.deepEqual(urls(sameDay, '', 'antara'), ['/artikel/a-first/', '/artikel/z-second/']);
});
