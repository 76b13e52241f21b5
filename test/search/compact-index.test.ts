import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import { createAnalyzer } from '../../src/search/analyzer.ts';
import { buildCompactIndex } from '../../src/search/compact-index.ts';
import { loadFullDictionary } from '../../src/search/dictionary.ts';
import { BODY_FIELDS, ENTITY_FIELDS, TITLE_FIELDS, type Entity, type FieldSpec } from '../../src/search/fields.ts';
import { decodeIndex, type CompactIndex, type LunrIndexJson } from '../../src/search/index-codec.ts';
import { createStemmer } from '../../src/search/stemmer.ts';
import { archive } from './fixture.ts';

const analyze = createAnalyzer(createStemmer(loadFullDictionary()));

/** The reference: Lunr's own builder over the same terms, serialised (through JSON, as Lunr builds null-prototype objects). */
function lunrIndex<T>(fields: ReadonlyArray<FieldSpec<T>>, items: readonly T[], first: number): LunrIndexJson {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = Object.assign(
    (text?: unknown) => analyze(typeof text === 'string' ? text : '').map((term) => new lunr.Token(term, {})),
    { separator: lunr.tokenizer.separator },
  ) as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of fields) builder.field(field.name, { boost: field.boost });
  items.forEach((item, i) => builder.add({ ref: (first + i).toString(36), ...Object.fromEntries(fields.map((f) => [f.name, f.extract(item)])) }));
  return JSON.parse(JSON.stringify(builder.build())) as LunrIndexJson;
}

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

const entities: Entity[] = [
  ...archive.actors.map((actor): Entity => ({ actor })),
  ...archive.topics.map((topic): Entity => ({ topic })),
  ...archive.sources.map((source): Entity => ({ source })),
];
/** Our index and Lunr's over the same items. */
function both<T>(fields: ReadonlyArray<FieldSpec<T>>, items: readonly T[], first: number): [CompactIndex, LunrIndexJson] {
  return [buildCompactIndex(fields, items, first, analyze), lunrIndex(fields, items, first)];
}

const cases = [
  { name: 'title', build: () => both(TITLE_FIELDS, archive.articles, 0) },
  { name: 'body shard', build: () => both(BODY_FIELDS, archive.articles.slice(1), 1) },
  { name: 'entity', build: () => both(ENTITY_FIELDS, entities, 0) },
];

for (const { name, build } of cases) {
  test(`the compact ${name} index decodes to the index Lunr's own builder makes, weight for weight`, () => {
    const [compact, reference] = build();
    const decoded = decodeIndex(JSON.parse(JSON.stringify(compact)));
    assert.deepEqual(comparable(decoded), comparable(canonical(reference)));
  });

  test(`the compact ${name} index scores every query as Lunr's own`, () => {
    const [compact, reference] = build();
    const original = lunr.Index.load(reference);
    const decoded = lunr.Index.load(decodeIndex(compact));
    for (const words of ['rusia', 'isis sepakat', 'lavrov rusia indonesia', 'senjata', 'terorisme kawasan', 'kementerian luar negeri']) {
      const run = (index: lunr.Index) =>
        index
          .query((q) => analyze(words).forEach((term) => q.term(term, { usePipeline: false })))
          .map((r) => [r.ref, r.score.toFixed(12)]);
      assert.deepEqual(run(decoded), run(original), words);
    }
  });
}

test('the compact form is much smaller than Lunr JSON', () => {
  const compact = buildCompactIndex(BODY_FIELDS, archive.articles, 0, analyze);
  assert.ok(JSON.stringify(compact).length * 2 < JSON.stringify(lunrIndex(BODY_FIELDS, archive.articles, 0)).length);
});
