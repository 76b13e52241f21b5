/**
 * The split payload scores as one Lunr index over the whole archive would: the reference is Lunr's own builder and
 * query over the same fields, boosts and terms.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import type { Archive } from '../../src/content/model.ts';
import { createAnalyzer, NO_STOPWORDS } from '../../src/search/analyzer.ts';
import { byDate } from '../../src/search/build-index.ts';
import { STOPWORD_BOOST } from '../../src/search/client/engine.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { loadFullDictionary } from '../../src/search/dictionary.ts';
import { ARTICLE_FIELDS, type IndexedArticle } from '../../src/search/fields.ts';
import { createStemmer } from '../../src/search/stemmer.ts';
import { STOPWORDS } from '../../src/search/stopwords.ts';
import { archive, engineOver, generatedArticles } from './fixture.ts';

const stem = createStemmer(loadFullDictionary());
const analyze = createAnalyzer(stem);
const analyzeName = createAnalyzer(stem, NO_STOPWORDS);

/** Lunr's builder over the archive, each document's ref its number in the payload. */
function wholeIndex(input: Archive): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = Object.assign(
    (text?: unknown, metadata?: { fields?: string[] }) => {
      const field = ARTICLE_FIELDS.find((spec) => spec.name === metadata?.fields?.[0]);
      const terms = (field?.keepStopwords ? analyzeName : analyze)(typeof text === 'string' ? text : '');
      return terms.map((term) => new lunr.Token(term, {}));
    },
    { separator: lunr.tokenizer.separator },
  ) as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of ARTICLE_FIELDS) builder.field(field.name, { boost: field.boost });
  byDate(input.articles).forEach((article, doc) => {
    const indexed: IndexedArticle = { ...article, source: article.source.source };
    builder.add({ ref: String(doc), ...Object.fromEntries(ARTICLE_FIELDS.map((field) => [field.name, field.extract(indexed)])) });
  });
  return builder.build();
}

const input: Archive = { ...archive, articles: [...archive.articles, ...generatedArticles(120)] };
const QUERIES = [
  'rusia', 'isis sepakat', 'lavrov rusia indonesia', 'senjata', 'terorisme kawasan', 'kerja sama militer', 'menteri pertemuan',
  'pemberantasan teroris', 'kesepakatan energi nuklir', 'presiden diplomasi sanksi', 'galuzin', 'antara', 'rbth', 'laut jakarta moskow',
  'menlu rusia', 'kontraterorisme', 'menteri yang kerja', 'sanksi dan laut', 'yang',
];

test('every query scores each document as one Lunr index over the whole archive, and ranks them alike', async () => {
  const engine = await engineOver(input);
  const index = wholeIndex(input);
  let compared = 0;
  for (const q of QUERIES) {
    const words = q.split(' ');
    const required = words.flatMap((word) => analyze(word));
    // A query word that is a stopword counts for scoring without being required (as `antara`, a source's name).
    const optional = words.filter((word) => STOPWORDS.has(word)).flatMap((word) => analyzeName(word));
    const allOptional = required.length === 0;
    const expected = index.query((query) => {
      for (const term of required) query.term(term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
      for (const term of optional) {
        if (allOptional) query.term(term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
        else query.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL, boost: STOPWORD_BOOST });
      }
    });
    const { results } = await engine.search({ ...emptyRequest(), q }, 0);
    const ours = results.map((r) => [String(r.doc), r.lunrScore] as const);
    assert.equal(ours.length, expected.length, q);
    assert.ok(ours.length > 0, `${q} matches something`);
    const reference = new Map(expected.map((r) => [r.ref, r.score]));
    for (const [ref, score] of ours) assert.ok(Math.abs(score - reference.get(ref)!) < 1e-9, `${q}: doc ${ref} ${score} vs ${reference.get(ref)}`);
    // Ranked by Lunr's score alone, the same order, ties aside (Lunr keeps them in its own order, we put the newer
    // first). The engine's own ranking then lifts documents holding the words close together (proximity.test.ts).
    const order = (scores: number[]) => scores.sort((a, b) => b - a).map((score) => score.toFixed(9)).join(' ');
    assert.equal(order(ours.map(([, score]) => score)), order(expected.map((r) => r.score)), q);
    compared += ours.length;
  }
  assert.ok(compared > 200, `${compared} scores compared`);
});
