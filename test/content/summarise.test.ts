import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../src/content/summarise.ts';

test('words are runs of non-space characters with a letter or digit in them, in any script', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('  Rusia  dan\tIndonesia\n'), 3);
  assert.equal(countWords('— – … "" ** 12 (a)'), 2, 'punctuation alone is not a word; numbers are');
  assert.equal(countWords('Menlu-Rusia, “kutipan”'), 2);
  assert.equal(countWords('Ωmega ß é\u00a0è 𝒜lpha 中文'), 6, 'non-ASCII letters, a non-breaking space between words');
  assert.equal(countWords('a\u3000b\u2028c'), 3, 'Unicode spaces and line separators split words');
});
