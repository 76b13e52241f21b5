/**
 * Search payload and latency benchmark over the real news corpus (1,000 and
 * 10,000 articles; see search-corpus.ts). Prints, per size: build time; bytes
 * of the head, the shards and the client bundle (raw and gzip); bytes before
 * the first result (bundle + head, gzip); time to load the head and each
 * shard into the engine; query latency with the head only (first results)
 * and with every shard (complete results).
 *
 *   npx tsx test/bench/search-bench.ts [sizes…]   (default: 1000 10000)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { bundleSearchClient } from '../../src/search/bundle-client.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { HEAD_FILE, type HeadPayload, type ShardPayload } from '../../src/search/payload.ts';
import { corpusArchive } from './search-corpus.ts';

const QUERIES = [
  'jokowi', 'pemilihan presiden', 'kebakaran hutan', 'korupsi kpk', 'gempa bumi', 'timnas indonesia',
  'harga minyak', 'teroris', 'demonstrasi mahasiswa', 'papua', 'menteri keuangan', 'banjir jakarta',
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeQueries(engine: SearchEngine): { median: number; p95: number; max: number } {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      engine.search({ ...emptyRequest(), q });
      times.push(performance.now() - start);
    }
  }
  return { median: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

async function bundleBytes(): Promise<{ raw: number; gzip: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'search-bench-'));
  try {
    await bundleSearchClient(join(dir, 'search.js'));
    const code = await readFile(join(dir, 'search.js'));
    return { raw: code.length, gzip: gzipSync(code).length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function bench(size: number, bundle: { raw: number; gzip: number }): Promise<void> {
  const archive = await corpusArchive(size);
  let start = performance.now();
  const files = buildSearchFiles(archive);
  const buildMs = performance.now() - start;
  const text = new Map([...files].map(([name, payload]) => [name, JSON.stringify(payload)]));
  const headText = text.get(HEAD_FILE)!;
  const shardNames = [...text.keys()].filter((name) => name !== HEAD_FILE);
  const gz = (s: string) => gzipSync(s).length;
  const shardRaw = shardNames.reduce((sum, name) => sum + text.get(name)!.length, 0);
  const shardGzip = shardNames.reduce((sum, name) => sum + gz(text.get(name)!), 0);
  const headGzip = gz(headText);

  start = performance.now();
  const engine = new SearchEngine(JSON.parse(headText) as HeadPayload);
  const headLoadMs = performance.now() - start;
  const first = timeQueries(engine);
  const shardLoads: number[] = [];
  for (const name of shardNames) {
    start = performance.now();
    engine.addShard(JSON.parse(text.get(name)!) as ShardPayload);
    shardLoads.push(performance.now() - start);
  }
  const complete = timeQueries(engine);
  const hits = QUERIES.map((q) => engine.search({ ...emptyRequest(), q }).results.length);

  console.log(`\n${archive.articles.length} articles (${shardNames.length} body shards)`);
  console.log(`  build payload:          ${ms(buildMs)}`);
  console.log(`  head.json:              ${kb(headText.length)} raw, ${kb(headGzip)} gzip (dictionary: ${(JSON.parse(headText) as HeadPayload).dictionary.length} roots)`);
  console.log(`  body shards, total:     ${kb(shardRaw)} raw, ${kb(shardGzip)} gzip`);
  console.log(`  whole payload:          ${kb(headGzip + shardGzip)} gzip`);
  console.log(`  before first result:    ${kb(bundle.gzip + headGzip)} gzip (search.js ${kb(bundle.gzip)} + head.json)`);
  console.log(`  load head (parse+lunr): ${ms(headLoadMs)}`);
  console.log(`  load one shard:         median ${ms(percentile(shardLoads, 50))}, max ${ms(Math.max(...shardLoads))}`);
  console.log(`  query, head only:       median ${ms(first.median)}, p95 ${ms(first.p95)}, max ${ms(first.max)}`);
  console.log(`  query, all shards:      median ${ms(complete.median)}, p95 ${ms(complete.p95)}, max ${ms(complete.max)}`);
  console.log(`  results per query:      ${hits.join(' ')}`);
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const bundle = await bundleBytes();
console.log(`search.js: ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip`);
for (const size of sizes.length ? sizes : [1000, 10000]) await bench(size, bundle);
