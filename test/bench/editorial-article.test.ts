import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { fileName, readCorpus } from '../../bench/corpus-content.ts';
import { slugify } from '../../src/content/slug.ts';
import { toEditorialMarkdown } from '../../bench/editorial-article.ts';

// The first 10,000 records, read once for both tests.
const corpus = readCorpus(10_000);

// The benchmark's editorial archive must be valid content: one bad file stops the whole 10,000-article run.
test('every editorial article of the first 10,000 corpus records has front-matter YAML can read, with one-line values', async () => {
  const records = await corpus;
  const bad: string[] = [];
  records.forEach((record, i) => {
    const markdown = toEditorialMarkdown(record, i, 'Judul', ['PBB'], ['terorisme'], { markdownShare: 1 / 3 });
    const yaml = markdown.slice(4, markdown.indexOf('\n---\n', 4));
    try {
      const front = parse(yaml) as { summary?: string };
      if (front.summary?.includes('\n')) bad.push(`${i}: summary spans lines`);
    } catch (error) {
      bad.push(`${i}: ${(error as Error).message.split('\n')[0]}`);
    }
  });
  assert.equal(records.length, 10_000);
  assert.deepEqual(bad.slice(0, 5), []);
});

test('every generated file name is already a URL slug, so a benchmark build prints no rename warnings', async () => {
  const records = await corpus;
  const notSlugs = records.map((record, i) => fileName(record, i).replace(/\.md$/, '')).filter((stem) => slugify(stem) !== stem);
  assert.deepEqual(notSlugs.slice(0, 5), []);
});
