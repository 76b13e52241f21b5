/**
 * `npm run bench [-- 1000 10000 …]`: builds archives of real corpus articles (default 1,000 and 10,000) with our
 * build and with Hugo on the same content, in the same run, and prints for each size: cold build time, warm rebuild
 * after adding one article, peak RSS, output size, search payload and query latency, then our/Hugo ratios.
 * `BENCH_RUNS=3` repeats each build and keeps the fastest (the machine is shared). Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { HEAD_FILE, type HeadPayload } from '../../src/search/payload.ts';
import { writeCorpusContent } from './corpus-content.ts';
import { WITHOUT_RELATED, writeHugoSite } from './hugo-site.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const sizes = process.argv.slice(2).map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);

interface Measured {
  seconds: number;
  /** User + system CPU time: steadier than wall time when other work shares the cores. */
  cpuSeconds: number;
  rssMB: number;
}

interface Figures {
  articles: number;
  cold: Measured;
  warm: Measured;
  /** Hugo with related articles, like our article pages. */
  hugo: Measured;
  /** Hugo without them: the faster baseline, which the targets are checked against. */
  hugoLean: Measured;
  files: number;
  bytes: number;
  hugoFiles: number;
  hugoBytes: number;
  search?: SearchFigures;
}

interface SearchFigures {
  /** Gzipped bytes the search page needs before its first result: page, CSS, search.js, head.json. */
  firstResultBytes: number;
  /** Median time of a query against the head index (the first results), in Node. */
  queryMs: number;
}

/** Runs one command under GNU time for its peak RSS and CPU time (worker threads included: they share the process). */
async function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  const rssFile = join(tmpdir(), `arsip-bench-rss-${process.pid}`);
  const started = performance.now();
  const stderr: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.join('').slice(-3000)}`);
  const [kb, user, system] = (await readFile(rssFile, 'utf8')).trim().split('\n').pop()!.split(' ').map(Number);
  await rm(rssFile, { force: true });
  return { seconds, cpuSeconds: user! + system!, rssMB: kb! / 1024 };
}

/** Fastest of `runs`; `prepare` resets the state each run starts from. */
async function fastest(prepare: () => Promise<void>, run: () => Promise<Measured>): Promise<Measured> {
  let best: Measured | undefined;
  for (let i = 0; i < runs; i++) {
    await prepare();
    const result = await run();
    if (!best || result.seconds < best.seconds) best = result;
  }
  return best!;
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const QUERIES = ['jokowi', 'kebakaran hutan', 'korupsi kpk', 'gempa bumi', 'harga minyak', 'teroris'];

/** Search figures from the built site with src/search's own engine (test/bench/search-bench.ts has the full set). */
async function searchFigures(site: string): Promise<SearchFigures | undefined> {
  const files = ['search/index.html', 'assets/site.css', 'assets/search.js', `search/${HEAD_FILE}`];
  const texts = await Promise.all(files.map((path) => readFile(join(site, path)).catch(() => undefined)));
  if (texts.some((text) => text === undefined)) return undefined;
  const engine = new SearchEngine(JSON.parse(texts.at(-1)!.toString()) as HeadPayload);
  const times = QUERIES.flatMap((q) =>
    [1, 2, 3].map(() => {
      const started = performance.now();
      engine.search({ ...emptyRequest(), q });
      return performance.now() - started;
    }),
  );
  return {
    firstResultBytes: texts.reduce((sum, text) => sum + gzipSync(text!).length, 0),
    queryMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
  };
}

/** A new article: the first generated one under a new name, title and body, so its body is not in the render cache. */
async function newArticle(contentDir: string): Promise<{ name: string; markdown: string }> {
  const articles = join(contentDir, 'articles');
  const first = (await readdir(articles)).sort()[0]!;
  const markdown = (await readFile(join(articles, first), 'utf8'))
    .replace(/^title: .*$/m, 'title: "Artikel baru untuk uji pembangunan ulang"')
    .concat('\nParagraf tambahan agar isi artikel ini belum pernah dirender.\n');
  return { name: 'zz-artikel-baru-bench.md', markdown };
}

async function benchSize(articles: number): Promise<Figures> {
  const work = await mkdtemp(join(tmpdir(), `arsip-build-bench-${articles}-`));
  const contentDir = await writeCorpusContent(articles, join(work, 'content'));
  const hugoDir = join(work, 'hugo');
  await writeHugoSite(contentDir, hugoDir);
  const site = join(work, 'site');
  const cache = join(work, 'render-cache');
  const build = () =>
    // The node options of `npm run build`, without npm's own process in the measurement.
    measure(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', 'src/cli/build.ts', '--quiet', '--content', contentDir, '--out', site, '--cache', cache], ROOT);

  const hugoOut = join(work, 'hugo-out');
  const runHugo = (config: string) =>
    fastest(
      () => rm(hugoOut, { recursive: true, force: true }),
      () => measure('hugo', ['--quiet', '--config', config, '--destination', hugoOut, '--cacheDir', join(work, 'hugo-cache')], hugoDir),
    );
  const hugoLean = await runHugo(WITHOUT_RELATED);
  const hugo = await runHugo('hugo.toml');
  const cold = await fastest(async () => {
    await rm(cache, { recursive: true, force: true });
    await rm(site, { recursive: true, force: true });
  }, build);
  const ours = await folderSize(site);
  const search = await searchFigures(site);

  const added = await newArticle(contentDir);
  const warm = await fastest(
    async () => {
      // Each warm run starts from a site and cache built without the new article.
      await rm(join(contentDir, 'articles', added.name), { force: true });
      await build();
      await writeFile(join(contentDir, 'articles', added.name), added.markdown);
    },
    build,
  );
  const theirs = await folderSize(hugoOut);
  await rm(work, { recursive: true, force: true });
  return { articles, cold, warm, hugo, hugoLean, files: ours.files, bytes: ours.bytes, hugoFiles: theirs.files, hugoBytes: theirs.bytes, search };
}

const s = (m: Measured) => `${m.seconds.toFixed(1)} s (${m.cpuSeconds.toFixed(0)} s CPU)`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function printTable(all: Figures[]): void {
  console.log('\n| articles | cold build | warm rebuild (+1) | peak RSS | output | search: bytes before first result, query | Hugo cold (no related / related) | Hugo peak RSS | Hugo output |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of all) {
    const peak = Math.max(f.cold.rssMB, f.warm.rssMB);
    const hugoPeak = Math.max(f.hugo.rssMB, f.hugoLean.rssMB);
    const search = f.search ? `${(f.search.firstResultBytes / 1024).toFixed(0)} KB gzip, ${f.search.queryMs.toFixed(1)} ms` : 'missing';
    console.log(
      `| ${f.articles.toLocaleString('en')} | ${s(f.cold)} | ${s(f.warm)} | ${peak.toFixed(0)} MB | ${f.files} files, ${mb(f.bytes)} | ${search} | ${s(f.hugoLean)} / ${s(f.hugo)} | ${hugoPeak.toFixed(0)} MB | ${f.hugoFiles} files, ${mb(f.hugoBytes)} |`,
    );
  }
  console.log('\nRatios against Hugo without related articles (against Hugo with them in brackets):');
  console.log('| articles | cold / Hugo cold (target ≤ 1) | warm / Hugo cold (target ≤ 0.3) | peak RSS / Hugo (target ≤ 1) |');
  console.log('|---:|---:|---:|---:|');
  for (const f of all) {
    const peak = Math.max(f.cold.rssMB, f.warm.rssMB);
    const both = (ours: number, lean: number, full: number) => `${ratio(ours, lean)} (${ratio(ours, full)})`;
    console.log(
      `| ${f.articles.toLocaleString('en')} | ${both(f.cold.seconds, f.hugoLean.seconds, f.hugo.seconds)} | ${both(f.warm.seconds, f.hugoLean.seconds, f.hugo.seconds)} | ${both(peak, f.hugoLean.rssMB, f.hugo.rssMB)} |`,
    );
  }
}

const results: Figures[] = [];
for (const articles of sizes.length ? sizes : [1000, 10_000]) {
  console.log(`building ${articles.toLocaleString('en')} articles (ours and Hugo, ${runs} run${runs > 1 ? 's' : ''} each)…`);
  results.push(await benchSize(articles));
}
printTable(results);
