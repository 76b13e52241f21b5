import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { highlight } from '../../src/search/client/highlight.ts';
import { emptyRequest, type SearchRequest } from '../../src/search/client/request.ts';
import { HEAD_FILE, type HeadPayload, type ShardPayload } from '../../src/search/payload.ts';
import { archive, parseFiles } from './fixture.ts';

function engineFor(shardSize = 2, loadShards = true): { engine: SearchEngine; shards: ShardPayload[] } {
  const files = parseFiles(buildSearchFiles(archive, { shardSize }));
  const head = files[HEAD_FILE] as HeadPayload;
  const engine = new SearchEngine(head);
  const shards = head.shards.map((name) => files[name] as ShardPayload);
  if (loadShards) shards.forEach((shard) => engine.addShard(shard));
  return { engine, shards };
}

const { engine } = engineFor();
const search = (q: string, filters: Partial<SearchRequest> = {}) => engine.search({ ...emptyRequest(), q, ...filters });
const slugs = (q: string, filters: Partial<SearchRequest> = {}) => search(q, filters).results.map((r) => r.doc.url.split('/')[2]);

test('a root finds its affixed forms in titles and bodies', () => {
  assert.deepEqual(slugs('berantas'), ['2017-08-09-bungkam-isis']);
  assert.deepEqual(slugs('pemberantasan teroris'), ['2017-08-09-bungkam-isis']);
  assert.deepEqual(slugs('bantu').sort(), ['2017-08-09-bungkam-isis']);
});

test('names and aliases find their articles; every term must match', () => {
  assert.deepEqual(slugs('Lavrov'), ['2025-07-10-rubio-lavrov', '2017-08-09-bungkam-isis']);
  assert.deepEqual(slugs('menlu rusia terorisme'), ['2017-08-09-bungkam-isis']);
  assert.deepEqual(slugs('ISIS Trump'), ['2017-01-31-trump-isis']);
  assert.deepEqual(slugs('dubes rusia'), ['2017-01-31-trump-isis'], 'alias of Galuzin');
  assert.deepEqual(slugs('antara').sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis'], 'source name');
  assert.deepEqual(slugs('kontraterorisme').sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis'], 'topic label');
  assert.deepEqual(slugs('galuzin isis'), ['2017-01-31-trump-isis'], 'entity and title terms combine');
});

test('title matches outrank body-only matches', () => {
  const ranked = slugs('isis');
  assert.deepEqual(ranked.slice(0, 2).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
});

test('a typo gets a fuzzy retry and a suggestion', () => {
  const outcome = search('Galusin');
  assert.equal(outcome.fuzzy, true);
  assert.deepEqual(outcome.suggestions, ['galuzin']);
  assert.deepEqual(outcome.results.map((r) => r.doc.url), ['/artikel/2017-01-31-trump-isis/']);
  const none = search('qqqqqqqxz');
  assert.equal(none.results.length, 0);
  assert.equal(none.fuzzy, false);
});

test('filters narrow results by topic, actor, source and year range', () => {
  assert.equal(slugs('rusia').length, 4);
  assert.deepEqual(slugs('rusia', { topic: 'kontraterorisme' }).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
  assert.deepEqual(slugs('rusia', { actor: 'mikhail-galuzin' }), ['2017-01-31-trump-isis']);
  assert.deepEqual(slugs('rusia', { source: 'rbth' }).sort(), ['2016-01-29-militer', '2025-07-10-rubio-lavrov']);
  assert.deepEqual(slugs('rusia', { from: 2017, to: 2017 }).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
  assert.deepEqual(slugs('rusia', { topic: 'no-such-topic' }), []);
  // Filters alone list the matching articles, newest first.
  assert.deepEqual(slugs('', { source: 'antara' }), ['2017-08-09-bungkam-isis', '2017-01-31-trump-isis']);
  assert.deepEqual(slugs(''), []);
});

test('head results come first; body shards merge in as they load', () => {
  const { engine: partial, shards } = engineFor(2, false);
  const request = { ...emptyRequest(), q: 'pertahanan' };
  assert.equal(partial.complete, false);
  assert.equal(partial.search(request).results.length, 0);
  assert.equal(partial.search({ ...request, q: 'militer' }).results.length, 1, 'title match before any shard');
  assert.equal(partial.search({ ...request, q: 'militer' }).results[0]!.excerpt, undefined);
  shards.forEach((shard) => partial.addShard(shard));
  assert.equal(partial.complete, true);
  assert.deepEqual(partial.search(request).results.map((r) => r.doc.url), ['/artikel/2016-01-29-militer/']);
  assert.match(partial.search(request).results[0]!.excerpt ?? '', /persenjataan/);
});

test('snippets highlight words whose stems matched', () => {
  const outcome = search('senjata');
  const [result] = outcome.results;
  const pieces = highlight(result!.excerpt!, outcome.matchedTerms, engine.analyzeToken);
  assert.deepEqual(pieces.filter((p) => p.marked).map((p) => p.text), ['persenjataan']);
  assert.equal(pieces.map((p) => p.text).join(''), result!.excerpt);
});

test('query syntax is searched as plain words, never parsed by Lunr', () => {
  for (const q of ['foo:', '~', '+', '-', '^', 'title:isis', 'isis~2', '+isis -rusia', 'isis^10', '*', 'https://x.org/isis?q=1']) {
    assert.doesNotThrow(() => search(q), q);
  }
  assert.deepEqual(slugs('title:isis').length, 0, 'the word "title" is not in the archive');
  assert.deepEqual(slugs('+trump -isis'), ['2017-01-31-trump-isis']);
  assert.deepEqual(slugs('*'), []);
});

test('10,000 random strings never throw', () => {
  const alphabet = [...'abcdefghijklmnopqrstuvwxyz  ~^+-*:\'"\\/?&=#%()[]{}<>.,;!|`@$0123456789éüñ–—“”\u0000\u200b\ud83d\ude00ISIS'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 10_000; i++) {
    const length = Math.floor(random() * 40);
    let q = '';
    for (let j = 0; j < length; j++) q += alphabet[Math.floor(random() * alphabet.length)];
    if (i % 7 === 0) q += String.fromCharCode(Math.floor(random() * 0xffff));
    try {
      search(q);
    } catch (error) {
      assert.fail(`query ${JSON.stringify(q)} threw ${(error as Error).message}`);
    }
  }
});

test('an empty archive gives an empty, working engine', () => {
  const files = buildSearchFiles({ articles: [], actors: [], topics: [], sources: [] });
  const empty = new SearchEngine(parseFiles(files)[HEAD_FILE] as HeadPayload);
  assert.equal(empty.complete, true);
  assert.deepEqual(empty.search({ ...emptyRequest(), q: 'rusia' }).results, []);
  assert.deepEqual(empty.search({ ...emptyRequest(), q: '', topic: 'x' }).results, []);
});
