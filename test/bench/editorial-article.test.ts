import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleMarkdown, fileName, readCorpus, registryNames } from '../../bench/corpus-content.ts';
import { slugify } from '../../src/content/slug.ts';
import { parseLocatedYaml } from '../../src/content/yaml-document.ts';

// The benchmark archives must be valid content: one bad file stops a whole 10,000- or 100,000-article run.
// Every record of the corpus (20,591; larger archives repeat them) is checked; read once for both tests. Front-matter
// is read as a build reads it (parseLocatedYaml: js-yaml where both readers agree, `yaml` for the rest and for errors;
// test/content/yaml-document.test.ts holds the two readers to the same values).
const CORPUS_SIZE = 20_591;
const corpus = readCorpus(CORPUS_SIZE);

test('every editorial article of the corpus has front-matter a build can read, with a one-line title and summary', async () => {
  const [records, names] = await Promise.all([corpus, registryNames()]);
  const bad: string[] = [];
  // Past the corpus, records come back under other numbers, which choose other quoting: those whose title starts
  // with a sign (`#SimonOut`) are checked under the next number too.
  const numbered = records.flatMap((record, i) => (/^[\p{L}\p{N}]/u.test(record.title ?? 'x') ? [[record, i] as const] : [[record, i] as const, [record, i + CORPUS_SIZE] as const]));
  numbered.forEach(([record, i]) => {
    const markdown = articleMarkdown(record, i, names, { style: 'editorial', markdownShare: 1 / 3 });
    const { yaml, errors } = parseLocatedYaml(markdown.slice(4, markdown.indexOf('\n---\n', 4)), `${i}.md`, 2);
    const front = yaml?.value as { title: unknown; summary?: string } | undefined;
    if (!front) bad.push(`${i}: ${errors[0]?.message}`);
    else if (typeof front.title !== 'string' || front.title === '') bad.push(`${i}: no title`);
    else if (front.title.includes('\n') || front.summary?.includes('\n')) bad.push(`${i}: title or summary spans lines`);
  });
  assert.equal(records.length, CORPUS_SIZE);
  assert.deepEqual(bad.slice(0, 5), []);
});

test('every generated file name is already a URL slug, so a benchmark build prints no rename warnings', async () => {
  const records = await corpus;
  const notSlugs = records.map((record, i) => fileName(record, i).replace(/\.md$/, '')).filter((stem) => slugify(stem) !== stem);
  assert.deepEqual(notSlugs.slice(0, 5), []);
});
