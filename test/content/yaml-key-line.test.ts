import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { marginKeyLine, parseLocatedYaml } from '../../src/content/yaml-document.ts';
import { toEditorialMarkdown } from '../../bench/editorial-article.ts';
import { corpusSample, fuzzRuns, fuzzSeed } from '../helpers/fuzz-runs.ts';

/** The line `yaml`'s document model gives for a top-level key's value (its key's when it has none); 1-based. */
function referenceLine(source: string, key: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const range = (pair?.value as { range?: number[] } | null)?.range ?? (pair && isScalar(pair.key) ? pair.key.range : undefined);
  return range ? lineCounter.linePos(range[0]!).line : undefined;
}

// Lines at the margin that start like a key but are not where its value is, and values that do not end on their line.
const CASES = [
  'title: x\ndate: 2019-04-28\n',
  '# Disunting ulang oleh redaksi.\ntitle: \'x\'\ndate: 2019-04-28T10:15:00+07:00\nsummary: >-\n  a\n  b\n',
  'date: "2019-04-28"\ntitle: x\n',
  'title: x\ndate:\n  2019-04-28\n',
  'title: x\ndate: |\n  2019-04-28\n',
  'title: x\ndate: >-\n  2019-04-28\n',
  'title: x\ndate: |\ntopics: [a]\n',
  'title: x\ndate: !!str\n  2019-04-28\n',
  'title: x\ndate: &d 2019-04-28\n',
  'title: x\ndate: [2019,\n  04]\n',
  'title: x\ndate: "2019-\n  04-28"\n',
  'title: x\ndate: 2019\n  -04-28\n',
  'title: "a\ndate: b"\n',
  'title: "a\ndate: b"\n"date": 2019-04-28\n',
  "title: 'a\ndate: b'\ndate: c\n",
  'summary: |\n  date: not this\ndate: 2019-04-28\n',
  'summary: |\n  x\n# c\ndate: 2019-04-28\n',
  '{title: x,\ndate: y}\n',
  'source:\n  date: inner\ndate: outer\n',
  'date : 2019-04-28\n',
  '"date": 2019-04-28\n',
  'title: arsip-line-probe\ndate: 2019-04-28\n',
  'date:\n',
  'title: x\n',
];

test('a top-level key\'s line is found without yaml\'s document model, and is the line that model gives', () => {
  let found = 0;
  for (const source of CASES) {
    const { yaml } = parseLocatedYaml(source, 'a.md');
    if (!yaml || typeof yaml.value !== 'object' || yaml.value === null) continue;
    for (const key of ['date', 'title']) {
      const line = marginKeyLine(source, yaml.value as Record<string, unknown>, key);
      if (line !== undefined) {
        found++;
        assert.equal(line, referenceLine(source, key), `${key} in:\n${source}`);
      }
      const expected = referenceLine(source, key);
      if (expected !== undefined) assert.equal(yaml.lineOf([key]), expected, `lineOf ${key} in:\n${source}`);
    }
  }
  assert.ok(found >= 10, `the quick line was found in ${found} cases`);
  assert.equal(marginKeyLine('title: x\ndate: 2019-04-28\n', { title: 'x', date: '2019-04-28' }, 'date'), 2);
  assert.equal(marginKeyLine('title: x\ndate: |\n  2019-04-28\n', { title: 'x', date: '2019-04-28\n' }, 'date'), undefined);
  assert.equal(marginKeyLine('title: "a\ndate: b"\n"date": c\n', { title: 'a date: b', date: 'c' }, 'date'), undefined);
});

test('on files written as editors write them (the day\'s corpus sample), every top-level key\'s line is found quickly and equals yaml\'s', async () => {
  let quick = 0;
  let keys = 0;
  for (const [i, record] of await corpusSample(fuzzRuns(2000))) {
    // An untitled record (IndoSum) is titled by its first line, as the benchmark archives title it.
    const markdown = toEditorialMarkdown(record, i, record.title ?? record.body.split('\n')[0]!.slice(0, 90), ['Putin', 'Galuzin'], ['kontraterorisme'], { markdownShare: 1 / 3 });
    const source = markdown.slice(4, markdown.indexOf('\n---\n', 4) + 1);
    const { yaml } = parseLocatedYaml(source, 'a.md', 2);
    const value = yaml!.value as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      keys++;
      const expected = referenceLine(source, key)! + 1;
      assert.equal(yaml!.lineOf([key]), expected, `${key} in:\n${source}`);
      if (marginKeyLine(source, value, key) !== undefined) quick++;
    }
    if (marginKeyLine(source, value, 'date') !== undefined) continue;
    assert.fail(`the date line of this file took yaml's document model:\n${source}`);
  }
  assert.ok(quick > keys * 0.5, `${quick} of ${keys} lines found quickly (FUZZ_SEED=${fuzzSeed})`);
});
