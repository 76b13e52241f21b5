/**
 * Bodies analysed while the archive loads: the index takes the analysis made early instead of making it again, only
 * for the article it was made for, and the loader hands over exactly the bodies it has just rendered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArchive, type FreshText } from '../../src/content/load.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { PackedTerms } from '../../src/search/packed-terms.ts';
import { EarlyAnalyses } from '../../src/workers/search-early-analyses.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { archive } from '../search/fixture.ts';
import { termsAnalyser, unpackedTerms } from '../search/unpacked-terms.ts';

const analysedNow = (fields: FreshText) => termsAnalyser()(fields);
/** The article's analysis as `early` hands it out, read back. */
const handedOut = (early: EarlyAnalyses, fields: FreshText) => {
  const into = new PackedTerms();
  const offset = early.of(fields, into);
  return unpackedTerms(into.view(), offset);
};

test('an analysis made early is the one the index would make, and is handed out once', () => {
  const early = new EarlyAnalyses();
  const body: FreshText = { id: 'a', summary: 'Ringkasan kerja sama', text: 'Menteri luar negeri Rusia bertemu mitranya di Jakarta.' };
  early.add([body, { id: 'b', text: 'Kontraterorisme dibahas.' }]);
  assert.equal(early.waiting, 2);
  assert.deepEqual(handedOut(early, body), analysedNow(body));
  assert.equal(early.waiting, 1);
  assert.deepEqual(handedOut(early, body), analysedNow(body), 'asked again, it is made again');
});

test('the index takes every early analysis, and writes the same files as without them', () => {
  const early = new EarlyAnalyses();
  early.add(archive.articles.map(({ id, summary, text }) => ({ id, ...(summary ? { summary } : {}), text })));
  assert.deepEqual(buildSearchFiles(archive, { early }), buildSearchFiles(archive));
  assert.equal(early.waiting, 0);
});

test('an article whose fields are not the ones analysed under its id is analysed afresh', () => {
  const early = new EarlyAnalyses();
  early.add([{ id: 'a', text: 'Rusia dan Indonesia.' }]);
  const changed: FreshText = { id: 'a', text: 'Amerika Serikat dan Rusia membahas terorisme.' };
  assert.deepEqual(handedOut(early, changed), analysedNow(changed));
});

test('the loader hands over the bodies it renders, and none that come from its cache', async () => {
  const dir = await makeContent({
    'a.md': article({ title: 'Satu', summary: 'Ringkasan satu' }, 'Isi pertama tentang Rusia.'),
    'b.md': article({ title: 'Dua', date: '2017-08-10' }, 'Isi kedua tentang Indonesia.'),
  });
  const cacheDir = await tempDir('arsip-early-cache-');
  const handed: FreshText[] = [];
  const { archive } = await loadArchive({ contentDir: dir, cacheDir, onFreshTexts: (texts) => handed.push(...texts) });
  const fields = (a: FreshText) => ({ id: a.id, summary: a.summary, text: a.text });
  assert.deepEqual(handed.map(fields).sort((x, y) => x.id.localeCompare(y.id)), archive.articles.map(fields).sort((x, y) => x.id.localeCompare(y.id)));
  assert.equal(handed.length, 2);
  const again: FreshText[] = [];
  await loadArchive({ contentDir: dir, cacheDir, onFreshTexts: (texts) => again.push(...texts) });
  assert.deepEqual(again, [], 'bodies from the render cache are not handed over');
});
