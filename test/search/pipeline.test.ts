import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenSpans, tokenize } from '../../src/search/tokenizer.ts';
import { createAnalyzer } from '../../src/search/analyzer.ts';
import { createStemmer } from '../../src/search/stemmer.ts';
import { loadFullDictionary } from '../../src/search/dictionary.ts';
import { STOPWORDS } from '../../src/search/stopwords.ts';

const analyze = createAnalyzer(createStemmer(loadFullDictionary()));

test('tokeniser keeps Indonesian words and Latin-script names, folding case and diacritics', () => {
  assert.deepEqual(tokenize('Sergéy LAVROV bertemu Retno L.P. Marsudi di Jakarta'), [
    'sergey', 'lavrov', 'bertemu', 'retno', 'l', 'p', 'marsudi', 'di', 'jakarta',
  ]);
  assert.deepEqual(tokenize("Jum'at, negara-negara (2017) Rusia–AS"), ["jum'at", 'negara-negara', '2017', 'rusia', 'as']);
});

test('tokeniser turns query syntax and URLs into plain words', () => {
  assert.deepEqual(tokenize('title:isis +rusia -as ~2 ^10 *'), ['title', 'isis', 'rusia', 'as', '2', '10']);
  assert.deepEqual(tokenize('https://id.rbth.com/a?b=c'), ['https', 'id', 'rbth', 'com', 'a', 'b', 'c']);
});

test('token spans point into the original text', () => {
  const text = '  Menlu «Lavrov» ';
  const spans = tokenSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Menlu', 'Lavrov']);
});

test('pipeline drops Sastrawi stopwords but keeps words that carry meaning in names', () => {
  assert.ok(STOPWORDS.has('yang') && STOPWORDS.has('dan'));
  assert.deepEqual(analyze('yang dan di Luar Negeri kerja sama Timur Tengah'), ['luar', 'negeri', 'kerja', 'sama', 'timur', 'tengah']);
});

test('pipeline stems, and splits hyphenated tokens that are not reduplications', () => {
  assert.deepEqual(analyze('Kesepakatan negara-negara Rusia-Indonesia memberantas terorisme'), [
    'sepakat', 'negara', 'rusia', 'indonesia', 'berantas', 'terorisme',
  ]);
});
