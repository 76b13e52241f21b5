/**
 * `npm run bench:load [-- 10000]`: how long loading (read, validate, normalise, render) takes for N real articles,
 * cold (no render cache) and warm (cache filled), and how fast one core renders Markdown per 3 KB, with remark alone
 * and with plain prose rendered without it.
 * Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArchive } from '../src/content/load.ts';
import { renderPlainBody } from '../src/content/plain-body.ts';
import { renderMarkdown, renderWithRemark } from '../src/content/render.ts';
import { readCorpus, writeCorpusContent } from './corpus-content.ts';

const count = Number(process.argv[2] ?? 10_000);
const contentDir = await writeCorpusContent(count);
const cacheDir = await mkdtemp(join(tmpdir(), 'arsip-render-cache-'));

async function timedLoad(label: string) {
  const started = performance.now();
  const { archive, errors } = await loadArchive({ contentDir, cacheDir });
  const ms = performance.now() - started;
  if (errors.length > 0) throw new Error(`${errors.length} errors, first: ${JSON.stringify(errors[0])}`);
  console.log(`${label}: ${archive.articles.length} articles in ${(ms / 1000).toFixed(2)} s (${(ms / archive.articles.length).toFixed(3)} ms/article)`);
}

await timedLoad('load, cold (render cache empty, worker threads)');
await timedLoad('load, warm (render cache filled)');

// One core, no workers: Markdown → sanitised HTML + text, normalised to 3 KB of source; remark alone, and as the
// build renders (plain prose without remark, src/content/plain-body.ts).
const bodies = (await readCorpus(2000)).map((r) => r.body);
const plain = bodies.filter((body) => renderPlainBody(body)).length;
function timeRenderer(label: string, render: (markdown: string) => unknown) {
  for (const body of bodies.slice(0, 200)) render(body);
  const started = performance.now();
  let bytes = 0;
  for (const body of bodies) {
    bytes += Buffer.byteLength(body);
    render(body);
  }
  const ms = performance.now() - started;
  console.log(`${label} on one core: ${((ms / bytes) * 3072).toFixed(3)} ms per 3 KB (${bodies.length} bodies, ${(bytes / bodies.length / 1024).toFixed(1)} KB average)`);
}
timeRenderer('remark', renderWithRemark);
timeRenderer(`render (${plain} of ${bodies.length} bodies plain prose)`, renderMarkdown);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

await rm(contentDir, { recursive: true, force: true });
await rm(cacheDir, { recursive: true, force: true });
