/**
 * Search benchmark over real corpus articles (default 1,000 and 10,000; the
 * same generated content as the other benchmarks, see corpus-content.ts).
 * Builds the site with the build CLI, then prints per size:
 * - payload bytes (head, body shards, client; raw and gzip) and the bytes
 *   before the first result (page + CSS + search.js + head.json, gzip);
 * - in Node: time to load the head and each shard, and query latency with
 *   the head only (first results) and with every shard (complete results);
 * - in headless Chromium over a gzip server throttled to 10 Mbit/s and 40 ms
 *   RTT: time from opening `/search/?q=…` to the first result and to the
 *   complete results.
 *
 *   npx tsx test/bench/search-bench.ts [sizes…]
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../helpers/chromium.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { decodeIndex } from '../../src/search/index-codec.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { HEAD_FILE, type HeadPayload, type ShardPayload } from '../../src/search/payload.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { writeCorpusContent } from './corpus-content.ts';

const QUERIES = [
  'jokowi', 'pemilihan presiden', 'kebakaran hutan', 'korupsi kpk', 'gempa bumi', 'timnas indonesia',
  'harga minyak', 'teroris', 'demonstrasi mahasiswa', 'papua', 'menteri keuangan', 'banjir jakarta',
];
const BROWSER_QUERIES = ['jokowi', 'kebakaran hutan', 'teroris'];
const THROTTLE = { offline: false, latency: 40, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) };

const run = promisify(execFile);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const gz = (data: string | Buffer) => gzipSync(data).length;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function latency(engine: SearchEngine): string {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      engine.search({ ...emptyRequest(), q });
      times.push(performance.now() - start);
    }
  }
  return `median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`;
}

/** A static server that gzips, as a real host would; the shared test server does not. */
async function gzipServer(root: string): Promise<{ origin: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = gzipSync(await readFile(file));
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function browserTimes(site: string): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return ['  (Chromium not installed: browser figures skipped)'];
  const server = await gzipServer(site);
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    for (const q of BROWSER_QUERIES) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', THROTTLE);
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
      await page.waitForSelector('#search-results > li', { timeout: 120_000 });
      const first = await page.evaluate(() => performance.now());
      await page.waitForSelector('#search-app[data-state="complete"]', { timeout: 300_000 });
      const complete = await page.evaluate(() => performance.now());
      lines.push(`  browser "${q}": first result ${ms(first)}, complete ${ms(complete)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return lines;
}

async function bench(size: number): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), `search-bench-${size}-`));
  try {
    const content = await writeCorpusContent(size, join(work, 'content'));
    const site = join(work, 'site');
    const start = performance.now();
    await run(process.execPath, npmScriptArgs('build', ['--content', content, '--out', site, '--cache', join(work, 'cache'), '--quiet']), {
      maxBuffer: 64 * 1024 * 1024,
    });
    const buildSeconds = (performance.now() - start) / 1000;
    const dir = join(site, 'search');
    const headText = await readFile(join(dir, HEAD_FILE), 'utf8');
    const head = JSON.parse(headText) as HeadPayload;
    const shardTexts = await Promise.all(head.shards.map((name) => readFile(join(dir, name), 'utf8')));
    const client = await readFile(join(site, 'assets', 'search.js'));
    const page = await readFile(join(dir, 'index.html'));
    const css = await readdir(join(site, 'assets')).then((names) =>
      Promise.all(names.filter((n) => n.endsWith('.css')).map((n) => readFile(join(site, 'assets', n)))),
    );
    // The same indexes in Lunr's own serialisation, for comparison with the compact form.
    const lunrJsonGzip = [head.titles, head.entities, ...shardTexts.map((text) => (JSON.parse(text) as ShardPayload).index)]
      .map((index) => gz(JSON.stringify(decodeIndex(index))))
      .reduce((sum, bytes) => sum + bytes, 0);
    const firstBytes = gz(page) + css.reduce((sum, c) => sum + gz(c), 0) + gz(client) + gz(headText);

    // The machine is shared: the fastest of three loads.
    const headLoads = [1, 2, 3].map(() => {
      const t = performance.now();
      new SearchEngine(JSON.parse(headText) as HeadPayload);
      return performance.now() - t;
    });
    const headLoad = Math.min(...headLoads);
    const engine = new SearchEngine(head);
    const firstLatency = latency(engine);
    const shardLoads = shardTexts.map((text) => {
      const t = performance.now();
      engine.addShard(JSON.parse(text) as ShardPayload);
      return performance.now() - t;
    });

    console.log(`\n${head.docs.length} articles, ${head.shards.length} body shard(s); site build ${buildSeconds.toFixed(1)} s`);
    console.log(`  head.json:            ${kb(headText.length)} raw, ${kb(gz(headText))} gzip (${head.dictionary.length} dictionary roots)`);
    console.log(`  body shards, total:   ${kb(shardTexts.reduce((s, t) => s + t.length, 0))} raw, ${kb(shardTexts.reduce((s, t) => s + gz(t), 0))} gzip`);
    console.log(`  as Lunr JSON:         ${kb(lunrJsonGzip)} gzip (head and shard indexes, same refs)`);
    console.log(`  search.js:            ${kb(client.length)} raw, ${kb(gz(client))} gzip`);
    console.log(`  before first result:  ${kb(firstBytes)} gzip (page, CSS, search.js, head.json)`);
    console.log(`  load head (Node):     ${ms(headLoad)}`);
    console.log(`  load a shard (Node):  median ${ms(percentile(shardLoads, 50))}, max ${ms(Math.max(...shardLoads))}`);
    console.log(`  query, head only:     ${firstLatency}`);
    console.log(`  query, all shards:    ${latency(engine)}`);
    console.log(`  results per query:    ${QUERIES.map((q) => engine.search({ ...emptyRequest(), q }).results.length).join(' ')}`);
    for (const line of await browserTimes(site)) console.log(line);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const size of sizes.length ? sizes : [1000, 10000]) await bench(size);
