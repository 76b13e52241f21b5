import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import { createAnalyzer } from '../../src/search/analyzer.ts';
import { loadFullDictionary } from '../../src/search/dictionary.ts';
import { BODY_FIELDS, TITLE_FIELDS } from '../../src/search/fields.ts';
import { decodeIndex, encodeIndex, type LunrIndexJson } from '../../src/search/index-codec.ts';
import { buildLunrIndex } from '../../src/search/lunr-index.ts';
import { createStemmer } from '../../src/search/stemmer.ts';
import { archive } from './fixture.ts';

const analyze = createAnalyzer(createStemmer(loadFullDictionary()));

/** Lunr's JSON with terms numbered in sorted order, as decoding numbers them (vector order is immaterial). */
function canonical(json: LunrIndexJson): LunrIndexJson {
  const renumber = new Map(json.invertedIndex.map(([, posting], position) => [posting._index as number, position]));
  return {
    ...json,
    invertedIndex: json.invertedIndex.map(([term, posting], position) => [term, { ...posting, _index: position }]),
    fieldVectors: json.fieldVectors.map(([key, elements]) => {
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < elements.length; i += 2) pairs.push([renumber.get(elements[i]!)!, elements[i + 1]!]);
      return [key, pairs.sort((a, b) => a[0] - b[0]).flat()] as [string, number[]];
    }),
  };
}

/** Field vectors as a map: Lunr loads them into one, so their order is immaterial. */
const comparable = (json: LunrIndexJson) => ({ ...json, fieldVectors: Object.fromEntries(json.fieldVectors) });
const withoutIndexes = (json: LunrIndexJson) => json.invertedIndex.map(([, posting]) => ({ ...posting, _index: 0 }));

for (const [name, fields, first] of [['title', TITLE_FIELDS, 0], ['body shard', BODY_FIELDS, 1]] as const) {
  test(`the compact ${name} index decodes to Lunr's own serialisation`, () => {
    const slice = archive.articles.slice(first);
    // Through JSON, as Lunr's serialisation would travel (Lunr builds null-prototype objects).
    const json = JSON.parse(JSON.stringify(buildLunrIndex(fields, slice, first, analyze))) as LunrIndexJson;
    const decoded = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(json, first, slice.length))));
    assert.deepEqual(comparable(decoded), comparable(canonical(json)));
    assert.deepEqual(withoutIndexes(decoded), withoutIndexes(json));
  });

  test(`the compact ${name} index scores every query as the original`, () => {
    const slice = archive.articles.slice(first);
    const json = buildLunrIndex(fields, slice, first, analyze);
    const original = lunr.Index.load(json);
    const decoded = lunr.Index.load(decodeIndex(encodeIndex(json, first, slice.length)));
    for (const words of ['rusia', 'isis sepakat', 'lavrov rusia indonesia', 'senjata', 'terorisme kawasan']) {
      const run = (index: lunr.Index) =>
        index
          .query((q) => analyze(words).forEach((term) => q.term(term, { usePipeline: false })))
          .map((r) => [r.ref, r.score.toFixed(12)]);
      assert.deepEqual(run(decoded), run(original), words);
    }
  });
}

test('the compact form is much smaller than Lunr JSON', () => {
  const json = buildLunrIndex(BODY_FIELDS, archive.articles, 0, analyze);
  const compact = encodeIndex(json, 0, archive.articles.length);
  assert.ok(JSON.stringify(compact).length * 2 < JSON.stringify(json).length);
});
