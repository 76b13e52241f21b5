/**
 * `npm run serve` latency: from saving an article to the server answering with the change, on the seed archive and
 * on generated archives of real corpus articles. Prints figures;
 * run with `npx tsx bench/serve-latency.bench.ts [N...]` (default: seeds, 1000).
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpusContent } from './corpus-content.ts';
import { freePort, waitFor } from '../test/helpers/wait.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const SEEDS = join(ROOT, 'content');
const EDITS = 3;

async function measure(label: string, content: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'arsip-serve-bench-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', '--content', content, '--out', join(work, 'out'), '--port', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  try {
    await waitFor('the server to start', async () => output.includes('serving http'), 600_000, 25);
    const startup = performance.now() - started;
    const articles = (await readdir(join(content, 'articles'))).filter((f) => f.endsWith('.md')).sort();
    const file = join(content, 'articles', articles[0]!);
    const url = `${origin}/artikel/${articles[0]!.replace(/\.md$/, '').toLowerCase()}/`;
    const original = await readFile(file, 'utf8');
    const times: number[] = [];
    for (let i = 1; i <= EDITS; i++) {
      const marker = `Suntingan${i}x${Date.now()}`;
      const saved = performance.now();
      await writeFile(file, `${original.trimEnd()}\n\n${marker}\n`);
      await waitFor(url, async () => (await (await fetch(url)).text()).includes(marker), 120_000, 25);
      times.push(performance.now() - saved);
    }
    console.log(`${label}: ${articles.length} articles, server up in ${(startup / 1000).toFixed(1)} s; edit → page served: ${times.map((t) => `${Math.round(t)} ms`).join(', ')}`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await rm(work, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const seedCopy = join(await mkdtemp(join(tmpdir(), 'arsip-seeds-')), 'content');
await cp(SEEDS, seedCopy, { recursive: true });
await measure('seed archive', seedCopy);
for (const n of sizes.length > 0 ? sizes : [1000]) await measure(`corpus archive`, await writeCorpusContent(n));
