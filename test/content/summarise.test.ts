import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, openingOf, summarise } from '../../src/content/summarise.ts';

test('words are runs of non-space characters with a letter or digit in them, in any script', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('  Rusia  dan\tIndonesia\n'), 3);
  assert.equal(countWords('— – … "" ** 12 (a)'), 2, 'punctuation alone is not a word; numbers are');
  assert.equal(countWords('Menlu-Rusia, “kutipan”'), 2);
  assert.equal(countWords('Ωmega ß é\u00a0è 𝒜lpha 中文'), 6, 'non-ASCII letters, a non-breaking space between words');
  assert.equal(countWords('a\u3000b\u2028c'), 3, 'Unicode spaces and line separators split words');
});

test('an opening is the first forty words, spaces evened out, with "…" only when the paragraph goes on', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i + 1}`);
  assert.equal(openingOf(`  ${words(40).join(' \n\t ')}  `), words(40).join(' '));
  assert.equal(openingOf(words(41).join(' ')), `${words(40).join(' ')}…`);
  assert.equal(openingOf(''), '');
});

test('the summary is the excerpt when there is one; reading time is at least a minute', () => {
  assert.deepEqual(summarise({ opening: 'Pembuka.', wordCount: 450 }, 'Ringkasan.'), { excerpt: 'Ringkasan.', wordCount: 450, readingMinutes: 2 });
  assert.deepEqual(summarise({ opening: 'Pembuka.', wordCount: 20 }), { excerpt: 'Pembuka.', wordCount: 20, readingMinutes: 1 });
});
