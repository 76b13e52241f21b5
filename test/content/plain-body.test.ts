/**
 * Plain prose skips remark (src/content/plain-body.ts): whatever it accepts must render exactly as remark renders it,
 * HTML, text, opening and word count alike, and it must accept most real articles, or it saves nothing. The quick
 * test for plain prose is held to taking nothing else; simple Markdown has its own tests (simple-markdown.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPlainBody, renderPlainProse } from '../../src/content/plain-body.ts';
import { renderWithRemark } from '../../src/content/render.ts';
import { corpusSample, fuzzRuns, fuzzSeed, TITLED_RECORDS } from '../helpers/fuzz-runs.ts';

function assertAsRemark(markdown: string, render = renderPlainProse): boolean {
  const plain = render(markdown);
  if (plain) assert.deepEqual(plain, renderWithRemark(markdown), JSON.stringify(markdown.slice(0, 120)));
  return plain !== undefined;
}

test('corpus articles rendered without remark come out exactly as remark renders them, and most are', async () => {
  // The day's sample of the news articles (IndoSum's texts, with more forms remark must read, are not the share asserted).
  const records = await corpusSample(fuzzRuns(3000), TITLED_RECORDS);
  // As written in content files, and with the blank lines an editor may leave around a body: one form per body, in turn.
  const plain = records.filter(([i, { body }]) => assertAsRemark([body, `${body}\n`, `\n\n${body}\n\n\n`][i % 3]!, renderPlainBody));
  assert.ok(plain.length > records.length * 0.8, `${plain.length} of ${records.length} corpus bodies are plain (FUZZ_SEED=${fuzzSeed})`);
});

test('every construct that is not a plain paragraph goes to remark', () => {
  const syntax = [
    '# Judul', '### Judul ###', 'Judul\n=====', 'Judul\n---', 'Judul\n-', '---', '***', '___', '- - -',
    '- satu\n- dua', '+ satu', '* satu', '1. satu', '1) satu', 'a\n1. satu', '2019. Tahun itu', '> kutipan', 'a\n> kutipan',
    '    kode', '\tkode', '```\nkode\n```', '~~~\nkode\n~~~', '`kode`', '*miring*', '_miring_', '**tebal**', 'a\\*b',
    '[tautan](https://contoh.id)', '![gambar](x.png)', '[x]: https://contoh.id', '<b>tebal</b>', '<https://contoh.id>',
    '<!-- komentar -->', 'a  \nb', 'a\\\nb', 'a &amp; b', 'a &#38; b', 'a &#x26; b', 'a &copy b',
    ' a', 'a ', 'a\n b', 'a \nb', 'a\n \nb', 'a\n\t\nb', 'a\r\nb', 'a\tb', '\ufeffa', 'a\u0000b', '\u00a0a', 'a\u00a0',
  ];
  for (const markdown of syntax) assert.equal(assertAsRemark(markdown), false, `${JSON.stringify(markdown)} taken as plain`);
});

test('plain prose with characters that are text in CommonMark renders as remark renders it', () => {
  const prose = [
    '', '\n', 'a', 'a\nb', 'a\n\n\n\nb\n\n',
    'Harga naik 50-60% (sekitar Rp1.000), kata "Menteri" — tegas; 3 + 4 = 7 > 6!',
    'A & B, Co. &', 'x | y |\n|---|---|\n| 1 | 2 |', 'x >= y, a = b', 'https://contoh.id/a-b?c=d#e', 'Rp 1.000.000.',
    'a\u00a0b', 'a\u2028b', 'emoji 😀 dan 日本語', '«kutipan» „ini“ ‘itu’', 'Tanya? Jawab! (Catatan.)',
  ];
  for (const markdown of prose) assert.equal(assertAsRemark(markdown), true, `${JSON.stringify(markdown)} not taken as plain`);
});

test('random runs of words, spaces, line breaks and punctuation, where taken as plain, render as remark renders them', () => {
  // Characters Markdown reads, white space micromark strips or keeps, and Unicode that JavaScript and CommonMark
  // class differently (no-break and ideographic spaces, line and paragraph separators, NEL, zero-width space).
  const atoms = ['a', 'kata', 'Rusia', ' ', '  ', '\n', '\n\n', '\n\n\n', '.', ',', '-', '+', '=', '#', '>', '<', '&', '&amp;', '&x', '& ', '|',
    '!', '?', '"', "'", '(', ')', '1', '12', '1.', '2)', ':', ';', '/', 'http://x.y', '%', '$', '@', '^', '{', '}', '\u00a0', '\u2028', '\u2029',
    '\u3000', '\u200b', '\u0085', '\u000b', '\u000c', '\ufeff', '\u00ad', 'é', 'ı', '😀', '\t', '\r', '\\', '*', '_', '`', '~', '[', ']', '—', '\u0300'];
  let seed = 12345 + fuzzSeed;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let plain = 0;
  for (let n = 0; n < fuzzRuns(20_000); n++) {
    const markdown = Array.from({ length: 1 + next(12) }, () => atoms[next(atoms.length)]!).join('');
    if (assertAsRemark(markdown)) plain++;
  }
  assert.ok(plain > fuzzRuns(2000), `${plain} of ${fuzzRuns(20_000)} taken as plain (FUZZ_SEED=${fuzzSeed})`);
});
