/**
 * Analyses packed as numbers: a string is numbered once, an article copied from one pack into another reads back
 * the same with the other's numbers, and packs made from stored ones keep their articles where they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Numbering, Renumbering } from '../../src/search/numbering.ts';
import { PackedTerms, recordSize, termsRecord } from '../../src/search/packed-terms.ts';
import { termsAnalyser, unpackedTerms } from './unpacked-terms.ts';
import { articleTermsAnalyser } from '../../src/search/article-terms.ts';
import { loadFullDictionary, rootRecordingStemmer } from '../../src/search/dictionary.ts';

test('a numbering numbers each string once, in the order first seen, and can start from a table', () => {
  const numbering = new Numbering(['a', 'b']);
  assert.deepEqual(['b', 'c', 'a', 'c'].map((text) => numbering.number(text)), [1, 2, 0, 2]);
  assert.deepEqual(numbering.strings, ['a', 'b', 'c']);
});

test("a renumbering gives another table's strings their numbers in a numbering, as the table grows", () => {
  const from = new Numbering();
  const to = new Numbering(['x']);
  const renumbering = new Renumbering(from.strings, to);
  const words = ['satu', 'dua', 'x', 'dua', 'tiga'];
  const numbers = words.map((word) => from.number(word));
  assert.deepEqual(numbers.map((n) => to.strings[renumbering.of(n)]), words);
  assert.deepEqual(to.strings, ['x', 'satu', 'dua', 'tiga']);
  for (let i = 0; i < 5000; i++) assert.equal(to.strings[renumbering.of(from.number(`w${i}`))], `w${i}`);
});

test('an article copied into another pack reads back the same, and takes as many numbers', () => {
  const articles = [
    { summary: 'Kerja sama di bidang pemberantasan terorisme', text: 'Menteri luar negeri Rusia-Indonesia bertemu; yang ke-2 di Jakarta.' },
    { text: 'Pertemuan-pertemuan menteri membahas kerja sama pertahanan.' },
    { text: '' },
  ];
  const source = new PackedTerms();
  const analyse = articleTermsAnalyser(rootRecordingStemmer(loadFullDictionary()), source);
  const offsets = articles.map(analyse);
  const into = new PackedTerms({ strings: ['menteri', 'lain'], data: new Uint32Array([0]) });
  const copied = [...offsets].reverse().map((offset) => into.copy(source.view(), offset)).reverse();
  const expected = articles.map(termsAnalyser());
  assert.deepEqual(
    offsets.map((offset) => unpackedTerms(source.view(), offset)),
    expected,
  );
  assert.deepEqual(
    copied.map((offset) => unpackedTerms(into.view(), offset)),
    expected,
  );
  offsets.forEach((offset, i) => assert.equal(recordSize(into.view().data, copied[i]!), recordSize(source.view().data, offset)));
  assert.equal(into.strings[0], 'menteri', 'the strings it started with keep their numbers');
  assert.equal(termsRecord(into.view().data, 0).fields.length, 0, 'and so do its articles');
});
