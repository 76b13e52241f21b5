import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { highlight } from '../../src/search/client/highlight.ts';
import { emptyRequest, type SearchRequest } from '../../src/search/client/request.ts';
import { fragmentAnalyzer } from '../../src/search/client/snippet.ts';
import { archive, article as generated, engineOver, loaderOf, sources } from './fixture.ts';

const engine = await engineOver(archive);
const search = (q: string, filters: Partial<SearchRequest> = {}, count = 20) => engine.search({ ...emptyRequest(), q, ...filters }, count);
const slugs = async (q: string, filters: Partial<SearchRequest> = {}) => {
  const { results } = await search(q, filters, 100);
  return results.map((r) => r.fragment!.url.split('/')[2]);
};
const marks = (pieces: Array<{ text: string; marked: boolean }> | undefined) => (pieces ?? []).filter((p) => p.marked).map((p) => p.text);

test('a root finds its affixed forms in titles and bodies', async () => {
  assert.deepEqual(await slugs('berantas'), ['2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs('pemberantasan teroris'), ['2017-08-09-bungkam-isis']);
  assert.deepEqual((await slugs('bantu')).sort(), ['2017-08-09-bungkam-isis']);
});

test('names and aliases find their articles; every term must match', async () => {
  assert.deepEqual(await slugs('Lavrov'), ['2025-07-10-rubio-lavrov', '2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs('menlu rusia terorisme'), ['2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs('ISIS Trump'), ['2017-01-31-trump-isis']);
  assert.deepEqual(await slugs('dubes rusia'), ['2017-01-31-trump-isis'], 'alias of Galuzin');
  assert.deepEqual((await slugs('antara')).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis'], 'source name');
  assert.deepEqual((await slugs('kontraterorisme')).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis'], 'topic label');
  assert.deepEqual(await slugs('galuzin isis'), ['2017-01-31-trump-isis'], 'entity and title terms combine');
});

test('title matches outrank body-only matches', async () => {
  const ranked = await slugs('isis');
  assert.deepEqual(ranked.slice(0, 2).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
});

test('a typo gets a fuzzy retry and a suggestion', async () => {
  const outcome = await search('Galusin');
  assert.equal(outcome.fuzzy, true);
  assert.deepEqual(outcome.suggestions, ['galuzin']);
  assert.deepEqual(outcome.results.map((r) => r.fragment!.url), ['/artikel/2017-01-31-trump-isis/']);
  const none = await search('qqqqqqqxz');
  assert.equal(none.results.length, 0);
  assert.equal(none.fuzzy, false);
});

test('typo tolerance applies per word, only to words with no exact match', async () => {
  // `rusia` matches exactly and stays; `galusin` alone is corrected.
  const outcome = await search('rusia galusin');
  assert.equal(outcome.fuzzy, true);
  assert.deepEqual(outcome.suggestions, ['galuzin']);
  assert.deepEqual(outcome.results.map((r) => r.fragment!.url), ['/artikel/2017-01-31-trump-isis/']);
  assert.equal((await search('rusia')).fuzzy, false);
});

test('filters narrow results by topic, actor, source and year range', async () => {
  assert.equal((await slugs('rusia')).length, 4);
  assert.deepEqual((await slugs('rusia', { topic: 'kontraterorisme' })).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs('rusia', { actor: 'mikhail-galuzin' }), ['2017-01-31-trump-isis']);
  assert.deepEqual((await slugs('rusia', { source: 'rbth' })).sort(), ['2016-01-29-militer', '2025-07-10-rubio-lavrov']);
  assert.deepEqual((await slugs('rusia', { from: 2017, to: 2017 })).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs('rusia', { topic: 'no-such-topic' }), []);
  // Filters alone list the matching articles, newest first.
  assert.deepEqual(await slugs('', { source: 'antara' }), ['2017-08-09-bungkam-isis', '2017-01-31-trump-isis']);
  assert.deepEqual(await slugs('', { from: 2016, to: 2017 }), ['2017-08-09-bungkam-isis', '2017-01-31-trump-isis', '2016-01-29-militer']);
  assert.deepEqual(await slugs(''), []);
});

test('snippets highlight words whose stems matched', async () => {
  const outcome = await search('senjata');
  const [result] = outcome.results;
  assert.deepEqual(marks(result!.shown!.snippet), ['senjata']);
  const summary = result!.fragment!.summary!;
  const pieces = highlight(summary, new Set(outcome.matchedTerms), fragmentAnalyzer(result!.fragment!));
  assert.deepEqual(marks(pieces), ['persenjataan']);
  assert.equal(pieces.map((p) => p.text).join(''), summary);
  assert.deepEqual(marks(result!.shown!.title), []);
  assert.deepEqual(marks((await search('militer')).results[0]!.shown!.title), ['militer']);
});

test('query syntax is searched as plain words, never parsed by Lunr', async () => {
  for (const q of ['foo:', '~', '+', '-', '^', 'title:isis', 'isis~2', '+isis -rusia', 'isis^10', '*', 'https://x.org/isis?q=1', '"', '"a', 'OR', 'OR OR isis', '-"']) {
    await assert.doesNotReject(search(q), q);
  }
  assert.deepEqual(await slugs('title:isis'), [], 'the word "title" is not in the archive');
  assert.deepEqual(await slugs('+trump'), ['2017-01-31-trump-isis']);
  assert.deepEqual(await slugs('*'), []);
});

test('"phrases" match in order, -words exclude, OR widens', async () => {
  assert.deepEqual((await slugs('kerja sama')).sort(), ['2016-01-29-militer', '2017-08-09-bungkam-isis']);
  assert.deepEqual((await slugs('"kerja sama"')).sort(), ['2016-01-29-militer', '2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs('"sama kerja"'), [], 'the words, but not in this order');
  assert.deepEqual(await slugs('"kerja sama pertahanan"'), ['2016-01-29-militer']);
  assert.deepEqual((await slugs('rusia -isis')).sort(), ['2016-01-29-militer', '2025-07-10-rubio-lavrov']);
  assert.deepEqual(await slugs('rusia -isis -militer'), ['2025-07-10-rubio-lavrov']);
  assert.deepEqual((await slugs('trump OR militer')).sort(), ['2016-01-29-militer', '2017-01-31-trump-isis']);
  assert.deepEqual((await slugs('rusia trump OR militer')).sort(), ['2016-01-29-militer', '2017-01-31-trump-isis']);
  assert.deepEqual(await slugs('trump or militer'), [], 'lower-case "or" is a word');
});

test('a 4-digit year filters by date and is never corrected as a typo', async () => {
  assert.deepEqual(await slugs('galuzin 2017'), ['2017-01-31-trump-isis']);
  assert.deepEqual(await slugs('galuzin 2016'), []);
  assert.deepEqual((await slugs('isis 2017')).sort(), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
  const yearOnly = await search('2025');
  assert.equal(yearOnly.fuzzy, false);
  assert.deepEqual(yearOnly.results.map((r) => r.fragment!.url), ['/artikel/2025-07-10-rubio-lavrov/']);
  assert.deepEqual(await slugs('rusia 2016 2017'), await slugs('rusia', { from: 2016, to: 2017 }));
  assert.equal((await slugs('rusia 2016 2017')).length, 3);
});

test('query stopwords count for scoring but are never required', async () => {
  // `antara` is a stopword, and the name of a source: it adds to the score of ANTARA's articles.
  const withStopword = await search('rusia antara');
  assert.equal(withStopword.results.length, 4, 'articles not from ANTARA still match');
  const top = withStopword.results.slice(0, 2).map((r) => r.fragment!.url).sort();
  assert.deepEqual(top, ['/artikel/2017-01-31-trump-isis/', '/artikel/2017-08-09-bungkam-isis/']);
  assert.equal((await search('yang dan di')).results.length, 0, 'a query of stopwords only looks for them, and they are in no name here');
});

test('only the parts of the payload a query needs are fetched', async () => {
  const files = buildSearchFiles(archive);
  const fetched: string[] = [];
  const counted = await SearchEngine.open(loaderOf(files, fetched));
  assert.deepEqual(fetched, ['head.json']);
  await counted.search({ ...emptyRequest(), q: 'galuzin' }, 20);
  assert.ok(fetched.every((path) => /^(head\.json|t\/\d+\.json|s\/\w+\.json|d\/0\/\d\.json)$/.test(path)), fetched.join(' '));
  assert.ok(!fetched.some((path) => path.startsWith('v/')), 'no vocabulary without a typo');
});

test('an empty archive gives an empty, working engine', async () => {
  const empty = await SearchEngine.open(loaderOf(buildSearchFiles({ articles: [], actors: [], topics: [], sources: [] })));
  assert.deepEqual((await empty.search({ ...emptyRequest(), q: 'rusia' }, 20)).results, []);
  assert.deepEqual((await empty.search({ ...emptyRequest(), q: '', topic: 'x' }, 20)).results, []);
  assert.deepEqual((await empty.search({ ...emptyRequest(), q: '2017' }, 20)).results, []);
});

test('a document holding the query words close together beats one with some of them in its title', async () => {
  const filler = 'Cuaca di kota itu cerah sepanjang hari dan warga beraktivitas seperti biasa.';
  const byTitle = (i: number) =>
    generated({ slug: `2019-01-0${i}-judul`, title: `Presiden Jokowi meresmikan jembatan ${i}`, day: `2019-01-0${i}`,
      text: `Presiden Jokowi datang pagi. ${filler} ${filler} Seorang warga menuturkan kisahnya.`, topics: [], actors: [], source: sources[0]! });
  const target = generated({ slug: '2018-05-05-isi', title: 'Peresmian bendungan baru', day: '2018-05-05',
    text: `${filler} ${filler} Dalam sambutannya, Presiden Jokowi menuturkan bahwa bendungan itu penting. ${filler}`, topics: [], actors: [], source: sources[0]! });
  const proximity = await engineOver({ ...archive, articles: [byTitle(1), byTitle(2), byTitle(3), target] });
  const { results } = await proximity.search({ ...emptyRequest(), q: 'presiden jokowi menuturkan' }, 10);
  assert.equal(results.length, 4);
  assert.equal(results[0]!.fragment!.url, target.url);
  assert.ok(results[0]!.lunrScore < results[1]!.lunrScore, 'Lunr alone ranks the title matches first');
});
