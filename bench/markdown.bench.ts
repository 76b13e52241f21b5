/**
 * Microbenchmark of Markdown rendering on the editorial archive's bodies that are not plain prose: remark +
 * remark-html against the renderer the build uses (plain-body.ts, which reads simple Markdown itself). Prints ms per
 * body and how many bodies each path took. Usage: tsx bench/markdown.bench.ts [articles=6000]
 */
import { readCorpus } from './corpus-content.ts';
import { toEditorialMarkdown } from './editorial-article.ts';
import { renderPlainBody, renderPlainProse } from '../src/content/plain-body.ts';
import { renderMarkdown, renderWithRemark } from '../src/content/render.ts';

const count = Number(process.argv[2] ?? 6000);
const records = await readCorpus(count);
const bodies = records
  .map((record, i) => toEditorialMarkdown(record, i, 'Judul', ['Rusia'], ['diplomasi'], { markdownShare: 1 / 3 }).split('\n---\n\n')[1]!)
  .filter((body) => !renderPlainProse(body));
const taken = bodies.filter((body) => renderPlainBody(body));
const simple = taken.length;

function time(name: string, render: (markdown: string) => unknown, over = bodies): void {
  for (const body of over.slice(0, 200)) render(body); // warm up
  const start = performance.now();
  for (const body of over) render(body);
  console.log(`${name}: ${((performance.now() - start) / over.length).toFixed(3)} ms/body over ${over.length} bodies`);
}

console.log(`${bodies.length} Markdown bodies of ${count} editorial articles; ${simple} read without remark, ${bodies.length - simple} need it`);
time('remark + remark-html', renderWithRemark);
time('renderMarkdown (build)', renderMarkdown);
time('simple Markdown reader, on the bodies it takes', renderPlainBody, taken);
time('remark + remark-html, on the same bodies', renderWithRemark, taken);
