/**
 * The Markdown news uses skips remark (src/content/simple-markdown.ts): whatever that reader takes must render
 * exactly as remark + remark-html render it, HTML, text, opening and word count alike, and it must take most
 * editorial bodies, or it saves nothing. Each differential test counts the bodies taken, so none passes by declining.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSimpleMarkdown } from '../../src/content/simple-markdown.ts';
import { renderWithRemark } from '../../src/content/render.ts';
import { toEditorialMarkdown } from '../../bench/editorial-article.ts';
import { corpusSample, fuzzRuns, fuzzSeed, TITLED_RECORDS } from '../helpers/fuzz-runs.ts';

function assertAsRemark(markdown: string): boolean {
  const simple = renderSimpleMarkdown(markdown);
  if (simple) assert.deepEqual(simple, renderWithRemark(markdown), JSON.stringify(markdown.slice(0, 400)));
  return simple !== undefined;
}

/**
 * Bodies as the editorial benchmark archive writes them, every one with Markdown in it: the day's sample of the news
 * articles (the shares of bodies taken asserted below are those of news; IndoSum's texts have more forms remark must read).
 */
async function editorialBodies(count: number): Promise<string[]> {
  const records = await corpusSample(count, TITLED_RECORDS);
  return records.map(([i, record]) => toEditorialMarkdown(record, i, 'Judul', ['Rusia'], ['diplomasi'], { markdownShare: 1 }).split('\n---\n\n')[1]!);
}

/** A seeded generator of integers below n (mulberry32: an LCG's low bits repeat too soon for `% n`). */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

test('editorial bodies taken without remark come out exactly as remark renders them, and most are', async () => {
  const bodies = await editorialBodies(fuzzRuns(3000));
  // As written in content files, and without or with extra blank lines around the body.
  const taken = bodies.filter((body, i) => assertAsRemark([body, body.trimEnd(), `\n\n${body}\n\n`][i % 3]!));
  assert.ok(taken.length > bodies.length * 0.6, `${taken.length} of ${bodies.length} editorial bodies taken (FUZZ_SEED=${fuzzSeed})`);
});

test('editorial bodies with Markdown characters inserted at random render as remark renders them wherever taken', async () => {
  const bodies = await editorialBodies(fuzzRuns(1200));
  const inserts = ['*', '**', '***', '_', '__', '[', ']', '(', ')', '!', '#', '## ', '>', '> ', '-', '- ', '1.', '1. ', '2) ', '\\', '`', '&', '&amp;', '<',
    ' ', '\n', '\n\n', '\n- ', '\n1. ', '\n> ', '\n# ', '[x](https://contoh.id/a)', '![y](https://contoh.id/b.jpg)', ' *z*', '**w** ', '===', '---', '\u00a0', '"', "'", '.', ':'];
  const next = random(2026 + fuzzSeed);
  let taken = 0;
  for (let n = 0; n < fuzzRuns(8000); n++) {
    // A window around the body's Markdown keeps remark's share of the test's time small.
    const body = bodies[next(bodies.length)]!;
    const from = next(Math.max(1, body.length - 600));
    let markdown = body.slice(from, from + 200 + next(600));
    for (let k = 1 + next(3); k > 0; k--) {
      const at = next(markdown.length + 1);
      markdown = markdown.slice(0, at) + inserts[next(inserts.length)]! + markdown.slice(at);
    }
    if (assertAsRemark(markdown)) taken++;
  }
  assert.ok(taken > fuzzRuns(8000) / 5, `${taken} of ${fuzzRuns(8000)} mutated bodies taken (FUZZ_SEED=${fuzzSeed})`);
});

test('random strings of Markdown pieces render as remark renders them wherever taken', () => {
  const atoms = ['kata', 'Rusia', 'a', '1', ' ', ' ', '\n', '\n\n', '\n\n\n', '*', '**', '***', '_', 'x_y', '[', ']', '(', ')', '!', '#', '## ', '###### ', '####### ',
    '> ', '>', '- ', '-', '1. ', '2. ', '0. ', '1) ', '+ ', '* ', '.', ',', '"', "'", ':', '&', '&amp;', '=', '|', '%', '\u00a0', '\u3000', '\u2028', '😀', 'é',
    '[t](https://contoh.id/a_b?c=d#e)', '[t](http://x.y/%41%zz)', '[t](https://x.y/a(b))', '[t](https://x.y "j")', '[t](/relatif)', '[](https://x.y)',
    '![f](https://x.y/f.jpg)', '![](https://x.y/f.jpg)', '![f "g"](https://x.y)', '[t]', '[t][r]', '[r]: https://x.y', '*k*', '**k**', '*k k*', '**k, k.**'];
  const next = random(7 + fuzzSeed);
  let taken = 0;
  for (let n = 0; n < fuzzRuns(40_000); n++) {
    const markdown = Array.from({ length: 1 + next(14) }, () => atoms[next(atoms.length)]!).join('');
    if (assertAsRemark(markdown)) taken++;
  }
  assert.ok(taken > fuzzRuns(2000), `${taken} of ${fuzzRuns(40_000)} taken (FUZZ_SEED=${fuzzSeed})`);
});

test('random documents of headings, paragraphs, quotes and lists render as remark renders them wherever taken', () => {
  const next = random(99 + fuzzSeed);
  const pick = <T>(items: T[]) => items[next(items.length)]!;
  // Mostly pieces the reader takes, so that whole documents of them get through; now and then one it may not.
  const inlines = ['kata', 'Rusia dan AS', '"kutipan,"', '(2/5/2019)', '50%', 'a_b', '&', '!', '*k*', '**k k**', '*k.*', '**k,**', '[t](https://contoh.id/a)',
    '![f](https://contoh.id/f.jpg)'];
  const odd = ['*', '**', '[t](https://contoh.id/%zz)', '[t]', '_', '#', '- ', '1. ', '> ', '\n', ' ', '.', ',', ':', ')', ' *k* ', ' **k** '];
  const mostly = (usual: string[], unusual: string[]) => (next(10) ? pick(usual) : pick(unusual));
  const line = () => Array.from({ length: 1 + next(6) }, () => mostly(inlines, odd)).join(next(6) ? ' ' : '');
  const lines = (prefix: () => string) => Array.from({ length: 1 + next(3) }, () => prefix() + line()).join('\n');
  const blocks = [
    () => line(), () => lines(() => ''), () => `${mostly(['#', '##', '###'], ['####### ', '#'])}${mostly([' '], ['', '  '])}${line()}${mostly([''], [' #', '#'])}`,
    () => lines(() => mostly(['> '], ['>', '>  '])), () => lines(() => mostly(['- '], ['* ', '+ ', '-  '])),
    () => lines(() => `${mostly(['1'], ['2', '10', '01'])}${mostly(['. '], [') '])}`), () => pick(['---', '***', '___', '===', '- - -']),
  ];
  let taken = 0;
  for (let n = 0; n < fuzzRuns(30_000); n++) {
    const markdown = Array.from({ length: 1 + next(4) }, () => pick(blocks)()).reduce((doc, block) => doc + pick(['\n\n', '\n\n', '\n', '\n\n\n']) + block);
    if (assertAsRemark(markdown)) taken++;
  }
  assert.ok(taken > fuzzRuns(3000), `${taken} of ${fuzzRuns(30_000)} taken (FUZZ_SEED=${fuzzSeed})`);
});

test('the constructs news uses are taken and render as remark renders them', () => {
  const taken = [
    '## Subjudul', '# Satu', '###### Enam', '## **Tebal** dan *miring*', '## [Tautan](https://contoh.id)',
    'Kata **dua kata** dan *satu* serta [tautan](https://contoh.id/a-b_c?d=1#e) & lainnya.',
    '**Awal** paragraf.\n*Baris* kedua.', '*Foto: ilustrasi (Dok. redaksi)*', '**tebal,** lalu', '*miring*.', '*miring*!', 'x *"kutip"* y',
    '![Foto ilustrasi](https://img.example.org/foto/2.jpg)\n\n*Foto: ilustrasi*\n\nParagraf pertama.',
    '> "Kutipan satu baris.', '> baris satu\n> baris dua', '- satu\n- dua dua\n- tiga', '1. satu\n2. dua\n10. tiga',
    'Paragraf.\n\n- satu\n- dua\n\nParagraf.\n\n1. satu\n2. dua', 'surel a_b@contoh.id dan akun @alvin__411.',
    '| Tahun | Jumlah |\n|---|---:|\n| 2018 | 12 |', 'A & B', '[a!b (c)](https://contoh.id/x)',
    "![Fot'o Jum'at](https://img.example.org/a.jpg) dan [Jum'at](https://contoh.id/j)",
  ];
  for (const markdown of taken) assert.equal(assertAsRemark(markdown), true, `${JSON.stringify(markdown)} not taken`);
});

test('forms whose reading needs the full parser go to remark', () => {
  const declined = [
    '## Judul ##', '##Judul', '#', '## Judul\nteks', 'teks\n## Judul', 'Judul\n===', 'a\n---', '> a\nlazy', '>a', '> > a', '> - a', '> # a', '>  a',
    '- a\n\n- b', '- a\n\n1. b', '- a\nlazy', '-  a', '- - a', '- # a', '* a', '+ a', '2. a', '1) a', '1. a\n- b', '- ',
    'a*b*', '*a*b', '* a*', '*a *', '***a***', '**a*', '*a**', '_a_', '__a__', 'a_', '_a', '*a\nb*', '*[a](https://x.y)*', '[*a*](https://x.y)',
    '[a](/b)', '[a](https://x.y "t")', '[a](<https://x.y>)', '[a](https://x.y/(b))', '[a](javascript:alert(1))', '[a][b]', '[a]', '[a]: https://x.y',
    '![a "b"](https://x.y)', '![](https://x.y)', 'a\\*b', '`a`', '<b>a</b>', 'a &amp; b', 'a\tb', 'a  \nb', 'a ]', '*a*[b](https://x.y)',
  ];
  for (const markdown of declined) assert.equal(renderSimpleMarkdown(markdown), undefined, `${JSON.stringify(markdown)} taken`);
});
