import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseLocatedYaml } from '../../src/content/yaml-document.ts';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';
import { toEditorialMarkdown } from '../../bench/editorial-article.ts';
import { corpusSample, fuzzRuns } from '../helpers/fuzz-runs.ts';

/** What `yaml`'s document model (YAML 1.2, core schema, unique keys) makes of `source`: a value, or an error. */
function reference(source: string): { value?: unknown; error: boolean } {
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? { error: true } : { value: doc.toJS(), error: false };
}

function assertAgrees(source: string): void {
  const { yaml, errors } = parseLocatedYaml(source, 'a.md');
  const expected = reference(source);
  assert.equal(errors.length > 0, expected.error, `errors for:\n${source}`);
  assert.deepEqual(yaml?.value, expected.value, `value of:\n${source}`);
}

// Cases where YAML readers are known to differ, or where js-yaml reads more than YAML 1.2's core schema.
const TRICKY = [
  'title: "Lavrov \\"bertemu\\" Retno\\u00e9\\t\\x41"\n',
  "title: 'It''s \"quoted\"'\n",
  'title: Rusia dan\n  Indonesia\n\n  sepakat\n',
  'summary: |\n  baris satu\n\n  baris dua\n',
  'summary: >-\n  dilipat\n  jadi satu\n\n  paragraf\n',
  'summary: |+\n  kept\n\n',
  'source: {name: "Kompas", url: "https://kompas.com/a?b=c&d"}\nactors: [Putin, "Jokowi", \'Lavrov\']\n',
  'actors:\n  - Putin\n  -   Jokowi\n  - "Lavrov"\n',
  'empty:\nnothing: ~\nnull2: null\nNull3: NULL\n',
  'a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\ng: off\nh: y\n',
  'date: 2017-08-09\ntime: 12:30\nzone: 2017-01-31T14:44+07:00\n',
  'n: 1_000\n', 'n: 0b101\n', 'n: .5\n', 'n: +12\n', 'n: 1e3\n', 'n: 0x1F\n', 'n: 0o17\n', 'n: 017\n', 'n: .inf\n', 'n: .NaN\n', 'n: 12\n',
  'base: &b {name: x}\nother: *b\n',
  'list: &l [a, b]\nagain: [*l, *l]\n',
  '__proto__: {polluted: true}\n',
  'title: Rusia #1 mitra\n', '# comment\ntitle: x\n', 'title: "a #b"\n', 'title: a#b\n',
  // Comment lines at the margin, which the quick reader accepts: around, inside and after other values.
  'title: x\n# c\n', 'actors: [A,\n# c\n  B]\n', 'actors:\n  - A\n# c\n  - B\n', 'summary: |+\n  kept\n# c\ntitle: x\n',
  'summary: |\n  a\n# c\n  b\n', 'title: "multi\n# inside quotes\n  line"\n', "title: 'one\n#two'\n", 'title: x\n  # indented\n',
  'title: !!str 123\n', 'title: !!binary aGVsbG8=\n', 'title: !custom x\n', 'title: !!timestamp 2017-08-09\n',
  '<<: {a: 1}\nb: 2\n',
  'a: 1\na: 2\n', 'title: x\ntitle: y\n',
  'title: x\n...\n', 'title: x\n---\ntitle: y\n',
  '? complex\n: value\n',
  'title: a: b\n', 'title: [unclosed\n', 'title: "unclosed\n', '\ttitle: tab\n', 'title:\n\t- tab\n',
  'a:\n  b: c\n d: e\n', '- a\nb: c\n', 'key with spaces: v\n"quoted key": v\n',
  'title: "multi\n  line quoted"\n', "title: 'single\n\n  folded'\n",
  'title: Kerja sama — “kontraterorisme” ‘AS’ & Rusia…\n',
  'title: @mention\n', 'title: `tick\n', 'title: %percent\n', 'title: -dash\n', 'title: - item\n',
  'list: [a, [b, c], {d: e}]\n', 'map: {a: {b: {c: d}}}\n', 'list: []\nmap: {}\n',
  '', '   \n', 'just a string\n', '[a, b]\n', '"top"\n',
];

test('front-matter values agree with yaml\'s YAML 1.2 core schema on cases where readers differ', () => {
  for (const source of TRICKY) assertAgrees(source);
});

test('front-matter values agree with yaml\'s on the archive and on corpus titles (the day\'s sample), quoted and not', async () => {
  const archive = readdirSync(join(REAL_CONTENT, 'articles'))
    .map((name) => /^---\n([\s\S]*?\n)---/.exec(readFileSync(join(REAL_CONTENT, 'articles', name), 'utf8'))?.[1])
    .filter((source): source is string => source !== undefined);
  assert.ok(archive.length >= 5, 'found the archive\'s front-matter');
  for (const source of archive) assertAgrees(source);
  // Real headlines hold quotes, colons, hashes, dashes and non-ASCII: written plain, many are not valid YAML.
  for (const [, { title, body, url }] of await corpusSample(fuzzRuns(2000))) {
    const text = title ?? body.slice(0, 120);
    assertAgrees(`title: ${JSON.stringify(text)}\nsource: {"name": "x", "url": ${JSON.stringify(url)}}\n`);
    assertAgrees(`title: ${text}\nsummary: ${body.slice(0, 200).replace(/\n/g, ' ')}\n`);
  }
});

test('front-matter values agree with yaml\'s on files written as editors write them (bench/editorial-article.ts; the day\'s corpus sample)', async () => {
  for (const [i, record] of await corpusSample(fuzzRuns(600))) {
    const markdown = toEditorialMarkdown(record, i, record.title ?? record.body.slice(0, 90), ['Putin', 'Galuzin'], ['kontraterorisme'], { markdownShare: 1 / 3 });
    assertAgrees(markdown.slice(4, markdown.indexOf('\n---\n', 4) + 1));
  }
});

test('a line is found for a value when asked, the same way for simple and complex front-matter', () => {
  const simple = parseLocatedYaml('title: "x"\nactors:\n  - Putin\n  - Jokowi\n', 'a.md', 2).yaml!;
  const commented = parseLocatedYaml('# note\ntitle: "x"\nactors:\n  - Putin\n  - Jokowi\n', 'a.md', 2).yaml!;
  assert.equal(simple.lineOf(['actors', 1]), 5);
  assert.equal(commented.lineOf(['actors', 1]), 6);
  assert.deepEqual(parseLocatedYaml('title: Rusia #1 mitra\n', 'a.md').yaml!.cutByComment(), [{ path: ['title'], line: 1, kept: 'Rusia' }]);
});

test('aliases that would expand exponentially are refused at once, not walked', () => {
  let source = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i < 9; i++) source += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  const { yaml, errors } = parseLocatedYaml(source, 'a.md');
  assert.equal(yaml, undefined);
  assert.match(errors[0]!.message, /Excessive alias count/);
  assert.match(errors[0]!.hint!, /aliases/);
});
