/**
 * Search benchmark over real corpus articles (default 1,000 and 10,000; the same generated content as the other
 * benchmarks, see corpus-content.ts), ours beside Pagefind (npm `pagefind`, run over the same built site's article
 * pages). Prints per size:
 * - our payload: head, term buckets, fragments (gzip), files in all;
 * - in headless Chromium over a gzip server throttled to 10 Mbit/s and 40 ms RTT (CDP), for QUERIES: gzip bytes
 *   fetched until the result list is complete (page, CSS and scripts included), time to the first result and to the
 *   complete list (median, p95), for ours and Pagefind;
 * - known-item quality on KNOWN_ITEMS random articles (fixed seed): 2–3 consecutive title words, and separately 3
 *   consecutive words from the middle of the body, as the query; hit@10 and MRR@10, ours and Pagefind.
 *
 *   npx tsx bench/search-bench.ts [sizes…] [--work DIR [--reuse]] [--site DIR] [--no-browser | --quality-only]
 *                                 [--new-article] [--misses] [--waterfall]
 *
 * `--work DIR` keeps each size's content, build cache and site in DIR/<size> and reuses the content next time (for
 * trying ranking changes: the build after a change is then a warm one); `--reuse` (or `--reuse-site`) also its built
 * site and Pagefind's index over it (for changes to the engine alone, and for 100,000 articles, whose build takes
 * minutes); `--site DIR` measures a site built elsewhere (one size; Pagefind indexes it if it has no index yet).
 * `--no-browser` measures in Node only; `--quality-only` skips the throttled runs but keeps Pagefind's known-item
 * figures. `--new-article` adds one article newer than all others after the measurements, builds again (warm, with
 * the cache) and counts the payload files that changed, then takes it out and builds again. `--misses` prints the
 * known items not found in the first 10, with their rank. `--waterfall` prints, for each throttled run, the requests
 * in the order the server received them, grouped into rounds (where the time goes: round trips or work between them).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../test/helpers/chromium.ts';
import { SearchEngine } from '../src/search/client/engine.ts';
import { emptyRequest } from '../src/search/client/request.ts';
import { docFile, HEAD_FILE, type DocFragment, type HeadPayload } from '../src/search/payload.ts';
import { tokenize } from '../src/search/tokenizer.ts';
import { pairFile } from '../src/search/word-pairs.ts';
import { npmScriptArgs } from '../test/helpers/npm-script.ts';
import { fileName, readCorpus, registryNames, toMarkdown, writeCorpusContent } from './corpus-content.ts';

/** 1–3 real words of the corpus' subjects, not tuned to our index. */
const QUERIES = [
  'jokowi', 'pemilihan presiden', 'kebakaran hutan', 'korupsi kpk', 'gempa bumi', 'timnas indonesia', 'harga minyak', 'teroris',
  'demonstrasi mahasiswa', 'papua', 'menteri keuangan', 'banjir jakarta', 'polisi', 'bank indonesia', 'piala dunia', 'narkoba',
  'pajak kendaraan bermotor', 'kereta api', 'sepak bola', 'ekonomi digital',
];
const KNOWN_ITEMS = 200;
const SEED = 20_240_601;
const THROTTLE = { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 };
const PAGEFIND_PAGE = 'pagefind-bench/index.html';

const run = promisify(execFile);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const gz = (data: string | Buffer) => gzipSync(data).length;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const spread = (values: number[], unit: (v: number) => string) => `median ${unit(percentile(values, 50))}, p95 ${unit(percentile(values, 95))}`;
const msText = (value: number) => `${value.toFixed(0)} ms`;

interface GzipServer {
  origin: string;
  /** Bytes of each response sent, gzip. */
  sent: number[];
  /** When each request arrived (ms, performance.now()) and its path, for `--waterfall`. */
  arrivals: Array<[number, string]>;
  close(): void;
}

/** A static server that gzips, as a real host would; the shared test server does not. */
async function gzipServer(root: string): Promise<GzipServer> {
  const sent: number[] = [];
  const arrivals: Array<[number, string]> = [];
  const types: Record<string, string> = {
    '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm',
  };
  const cache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    arrivals.push([performance.now(), req.url ?? '']);
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body = cache.get(file);
      if (!body) cache.set(file, (body = gzipSync(await readFile(file))));
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
      res.end(body);
      sent.push(body.length);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent, arrivals, close: () => server.close() };
}

/** A bare page running Pagefind's own API: the search, then the data of the first page of results. */
const pagefindPage = `<!doctype html><meta charset="utf-8"><title>Pagefind</title><ol id="results"></ol>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
window.pagefindSearch = async (q) => {
  const found = await pagefind.search(q);
  const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  return data.map((d) => d.url);
};
const q = new URLSearchParams(location.search).get('q');
if (q) {
  const found = await pagefind.search(q);
  const list = document.getElementById('results');
  await Promise.all(found.results.slice(0, 10).map(async (r) => {
    const data = await r.data();
    const li = document.createElement('li');
    li.textContent = data.meta.title;
    list.append(li);
  }));
  document.body.dataset.state = 'complete';
}
window.pagefindReady = true;
</script>`;

interface PageRun {
  bytes: number;
  first: number;
  complete: number;
}

/** Opens `url` throttled with an empty cache; returns when the `first` and `complete` selectors first matched. */
async function throttledRun(browser: Browser, url: string, first: string, complete: string): Promise<Omit<PageRun, 'bytes'>> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    // The page notes when each selector first matches: Playwright's wait polls at growing intervals (up to 500 ms),
    // so the time it returns can be late by as much.
    // A string, not a function: tsx would wrap the function's inner functions in a helper the page does not have.
    await page.addInitScript(`{
      const seen = (window.benchSeen = {});
      const check = () => {
        seen.first ??= document.querySelector(${JSON.stringify(first)}) ? performance.now() : undefined;
        seen.complete ??= document.querySelector(${JSON.stringify(complete)}) ? performance.now() : undefined;
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    }`);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(complete, { timeout: 300_000 });
    const seen = await page.evaluate(() => (window as unknown as { benchSeen: { first?: number; complete?: number } }).benchSeen);
    return { first: seen.first!, complete: seen.complete! };
  } finally {
    await page.close();
  }
}

/** One throttled page run, with the gzip bytes the server sent for it (the worker's requests included). */
async function measuredRun(server: GzipServer, browser: Browser, path: string, first: string, complete: string): Promise<PageRun> {
  server.sent.length = 0;
  server.arrivals.length = 0;
  const started = performance.now();
  const times = await throttledRun(browser, server.origin + path, first, complete);
  if (options.waterfall) {
    // Requests that arrived within a few ms of each other went out together: one round trip.
    const rounds: string[][] = [];
    let last = -Infinity;
    for (const [at, url] of server.arrivals) {
      if (at - last > 15) rounds.push([]);
      rounds.at(-1)!.push(`${(at - started).toFixed(0)} ${url.replace(/\?.*$/, '')}`);
      last = at;
    }
    console.log(`    ${path}: ${rounds.length} rounds of requests, complete at ${times.complete.toFixed(0)} ms`);
    for (const round of rounds) console.log(`      ${round.length > 4 ? `${round.slice(0, 3).join(', ')} … (${round.length})` : round.join(', ')}`);
  }
  return { ...times, bytes: server.sent.reduce((a, b) => a + b, 0) };
}

/** The same sequence of numbers in [0, 1) on every run. */
function seededRandom(): () => number {
  let state = SEED;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

interface KnownItem {
  target: string;
  titleQuery: string;
  bodyQuery: string;
}

/** Each item's first 10 results (their URLs) for its title query and for its body query. */
async function knownItemResults(items: KnownItem[], firstTen: (q: string) => Promise<string[]>) {
  const title: string[][] = [];
  const body: string[][] = [];
  for (const item of items) {
    title.push(await firstTen(item.titleQuery));
    body.push(await firstTen(item.bodyQuery));
  }
  return { title, body };
}

/** Each item's rank in its first 10 results (undefined when not there), the results being `same` as the target. */
const ranksIn = (items: KnownItem[], lists: string[][], same = (url: string, target: string) => url === target) =>
  lists.map((urls, i) => {
    const rank = urls.findIndex((url) => same(url, items[i]!.target));
    return rank < 0 ? undefined : rank;
  });

/**
 * Past the corpus' articles, bodies repeat under new names (corpus-content.ts): `…-<i>/` is a copy of `…-<j>/` with
 * the same date and title slug, and a query cannot tell the copies apart.
 */
const copyOf = (url: string, target: string) => url.replace(/-\d+\/$/, '/') === target.replace(/-\d+\/$/, '/');

function knownItems(fragments: DocFragment[]): KnownItem[] {
  const random = seededRandom();
  const words = (text: string) => text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  return fragments.map((fragment) => {
    const title = words(fragment.title);
    const take = Math.min(title.length, 2 + Math.floor(random() * 2));
    const start = Math.floor(random() * (title.length - take + 1));
    const body = words(fragment.text);
    const middle = Math.max(0, Math.floor(body.length / 2) - 1);
    return {
      target: fragment.url,
      titleQuery: title.slice(start, start + take).join(' ').toLowerCase(),
      bodyQuery: body.slice(middle, middle + 3).join(' ').toLowerCase(),
    };
  });
}

function quality(ranks: Array<number | undefined>): string {
  const hits = ranks.filter((rank) => rank !== undefined && rank < 10) as number[];
  const mrr = hits.reduce((sum, rank) => sum + 1 / (rank + 1), 0) / ranks.length;
  return `hit@10 ${((hits.length / ranks.length) * 100).toFixed(1)} %, MRR@10 ${mrr.toFixed(3)}`;
}

const normaliseUrl = (url: string) => url.replace(/index\.html$/, '');

/** Builds `content` into `site` with the build CLI, as `npm run build` does (its heap size included). */
async function buildSite(work: string, content: string, site: string): Promise<number> {
  const started = performance.now();
  await run(process.execPath, npmScriptArgs('build', ['--content', content, '--out', site, '--cache', join(work, 'cache'), '--quiet']), {
    maxBuffer: 64 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}

/** Pagefind's index of the site's article pages and the bare page that queries it, unless `reuse` and already there. */
async function indexWithPagefind(site: string, reuse: boolean): Promise<number | undefined> {
  if (reuse && existsSync(join(site, 'pagefind', 'pagefind.js')) && existsSync(join(site, PAGEFIND_PAGE))) return undefined;
  const started = performance.now();
  await run(process.execPath, [join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site, '--glob', 'artikel/**/*.html', '--output-subdir', 'pagefind'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  await mkdir(join(site, 'pagefind-bench'), { recursive: true });
  await writeFile(join(site, PAGEFIND_PAGE), pagefindPage);
  return (performance.now() - started) / 1000;
}

/** `work` over every item, at most 500 at a time (a payload of 100,000 articles has more files than may be open). */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 500) results.push(...(await Promise.all(items.slice(i, i + 500).map(work))));
  return results;
}

/** Every payload file's path under `dir` with a digest of its bytes. */
async function payloadDigests(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const digests = await inBatches(files, async (path) => [relative(dir, path), createHash('sha1').update(await readFile(path)).digest('hex')] as const);
  return new Map(digests);
}

/**
 * Adds one article newer than every other (the corpus' next record, dated the day after the newest), builds again
 * with the cache, and prints how many payload files changed, were added or removed, by folder; then takes the
 * article out and builds again, so the site is the measured one for the next `--reuse`.
 */
async function measureNewArticle(work: string, content: string, site: string, count: number): Promise<void> {
  const dir = join(site, 'search');
  const before = await payloadDigests(dir);
  const record = (await readCorpus(count + 1))[count]!;
  const newest = (await readdir(join(content, 'articles'))).map((name) => name.slice(0, 10)).sort().at(-1)!;
  const day = new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const added = { ...record, date: day };
  const file = join(content, 'articles', fileName(added, count));
  const names = await registryNames();
  await writeFile(file, toMarkdown(added, count, names.actors, names.topics));
  try {
    const seconds = await buildSite(work, content, site);
    const after = await payloadDigests(dir);
    const folder = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path);
    const tally = new Map<string, { changed: number; added: number; removed: number; files: number }>();
    const note = (path: string, kind: 'changed' | 'added' | 'removed' | 'files') => {
      const entry = tally.get(folder(path)) ?? { changed: 0, added: 0, removed: 0, files: 0 };
      entry[kind]++;
      tally.set(folder(path), entry);
    };
    for (const [path, digest] of after) {
      note(path, 'files');
      if (!before.has(path)) note(path, 'added');
      else if (before.get(path) !== digest) note(path, 'changed');
    }
    for (const path of before.keys()) if (!after.has(path)) note(path, 'removed');
    const sum = (kind: 'changed' | 'added' | 'removed') => [...tally.values()].reduce((total, entry) => total + entry[kind], 0);
    console.log(`  a new newest article (${day}; warm build ${seconds.toFixed(1)} s): ${sum('changed')} of ${before.size} payload files changed, ` +
      `${sum('added')} added, ${sum('removed')} removed`);
    for (const [name, entry] of [...tally].sort()) {
      if (entry.changed + entry.added + entry.removed > 0) console.log(`    ${name}: ${entry.changed} changed, ${entry.added} added, ${entry.removed} removed, of ${entry.files}`);
    }
  } finally {
    await rm(file);
    await buildSite(work, content, site);
  }
}

async function bench(size: number, browser: Browser | undefined): Promise<void> {
  const work = options.work ? join(options.work, String(size)) : await mkdtemp(join(tmpdir(), `search-bench-${size}-`));
  try {
    const content = join(work, 'content');
    const site = options.site ?? join(work, 'site');
    if (!options.site && (!options.work || !existsSync(content))) await writeCorpusContent(size, content);
    const buildSeconds = options.site || (options.reuse && existsSync(site)) ? undefined : await buildSite(work, content, site);
    // Pagefind is measured only in the browser.
    const pagefindSeconds = browser ? await indexWithPagefind(site, options.reuse || Boolean(options.site)) : undefined;
    const seconds = (value: number | undefined) => (value === undefined ? 'reused' : `${value.toFixed(1)} s`);

    const dir = join(site, 'search');
    const head = JSON.parse(await readFile(join(dir, HEAD_FILE), 'utf8')) as HeadPayload;
    const bucketSizes = await inBatches(Array.from({ length: head.buckets }, (_, n) => join(dir, 't', `${n}.json`)), (path) => readFile(path).then(gz));
    const pairSizes = await inBatches(Array.from({ length: head.pairBuckets }, (_, n) => join(dir, pairFile(n))), (path) => readFile(path).then(gz));
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    const payloadBytes = await inBatches(files, (path) => readFile(path).then((data) => [data.length, gz(data)]));
    const fragmentSizes = await inBatches(Array.from({ length: Math.min(head.count, 500) }, (_, n) => join(dir, docFile(n))), (path) => readFile(path).then(gz));
    const fileCount = files.length;
    console.log(`\n${head.count} articles; site build ${seconds(buildSeconds)}, Pagefind ${seconds(pagefindSeconds)}`);
    console.log(`  head.json: ${kb(gz(JSON.stringify(head)))} gzip; ${head.buckets} term buckets, gzip ${spread(bucketSizes, kb)}, max ${kb(Math.max(...bucketSizes))}`);
    console.log(`  ${head.pairBuckets} pair buckets, gzip ${spread(pairSizes, kb)}, max ${kb(Math.max(...pairSizes))}`);
    console.log(`  fragments: gzip ${spread(fragmentSizes, (v) => `${(v / 1024).toFixed(1)} KB`)}; ${fileCount} payload files`);
    const total = (i: number) => payloadBytes.reduce((sum, sizes) => sum + sizes[i]!, 0);
    console.log(`  payload in all: ${(total(0) / 2 ** 20).toFixed(1)} MB, ${(total(1) / 2 ** 20).toFixed(1)} MB gzip (pair buckets ${(pairSizes.reduce((a, b) => a + b, 0) / 2 ** 20).toFixed(1)} MB gzip)`);

    const engine = await SearchEngine.open(async (path) => JSON.parse(await readFile(join(dir, path), 'utf8')) as unknown);
    const engineTimes: number[] = [];
    for (const q of QUERIES) {
      const t = performance.now();
      await engine.search({ ...emptyRequest(), q }, 20);
      engineTimes.push(performance.now() - t);
    }
    console.log(`  engine in Node (files from disk, first run per query): ${spread(engineTimes, msText)}`);

    if (browser && !options.qualityOnly) {
      const ours: PageRun[] = [];
      const theirs: PageRun[] = [];
      const server = await gzipServer(site);
      for (const q of QUERIES) {
        const query = encodeURIComponent(q);
        ours.push(await measuredRun(server, browser, `/search/?q=${query}`, '#search-results > li, #search-app[data-state="complete"]', '#search-app[data-state="complete"]'));
        theirs.push(await measuredRun(server, browser, `/${PAGEFIND_PAGE}?q=${query}`, '#results > li, body[data-state="complete"]', 'body[data-state="complete"]'));
      }
      server.close();
      for (const [name, runs] of [['ours', ours], ['Pagefind', theirs]] as const) {
        console.log(`  ${name.padEnd(8)} throttled, ${QUERIES.length} queries: bytes to complete ${spread(runs.map((r) => r.bytes), kb)}; ` +
          `first result ${spread(runs.map((r) => r.first), msText)}; complete ${spread(runs.map((r) => r.complete), msText)}`);
      }
    }

    const random = seededRandom();
    const picked = [...new Set(Array.from({ length: KNOWN_ITEMS * 2 }, () => Math.floor(random() * head.count)))].slice(0, KNOWN_ITEMS);
    const fragments = await Promise.all(picked.map((doc) => engine.fragment(doc)));
    const items = knownItems(fragments);
    const ourResults = await knownItemResults(items, async (q) => (await engine.search({ ...emptyRequest(), q }, 10)).results.slice(0, 10).map((r) => r.fragment!.url));
    const titleRanks = ranksIn(items, ourResults.title);
    const bodyRanks = ranksIn(items, ourResults.body);
    if (options.misses) {
      // The target's rank among every match (-1: not matched), how many titles hold the query's words in a row (a
      // title query that many titles share cannot single out its target), and the title that came first.
      const titles = (await inBatches(Array.from({ length: head.count }, (_, doc) => doc), (doc) => engine.fragment(doc))).map((f) => tokenize(f.title).join(' '));
      const sharing = (q: string) => titles.filter((title) => ` ${title} `.includes(` ${tokenize(q).join(' ')} `)).length;
      for (const [kind, ranks, query] of [['title', titleRanks, 'titleQuery'], ['body', bodyRanks, 'bodyQuery']] as const) {
        for (const [i, item] of items.entries()) {
          if (ranks[i] !== undefined) continue;
          const { results } = await engine.search({ ...emptyRequest(), q: item[query] }, 3);
          const rank = results.findIndex((r) => r.doc === picked[i]);
          console.log(`    ${kind} miss: "${item[query]}" rank ${rank} of ${results.length}, ${sharing(item[query])} titles hold it; target "${fragments[i]!.title}"; first "${results[0]?.fragment?.title}"`);
        }
      }
      // Title queries whose words many titles hold in a row: ranking by what the query says cannot single out one of
      // them, so the share found is about 10 in that many, whatever the ranking.
      const shared = items.map((item, i) => [sharing(item.titleQuery), titleRanks[i]] as const).filter(([n]) => n > 10);
      const expected = shared.reduce((sum, [n]) => sum + Math.min(1, 10 / n), 0);
      console.log(`    title queries that more than 10 titles hold in a row: ${shared.length}, found ${shared.filter(([, rank]) => rank !== undefined).length} ` +
        `(${expected.toFixed(1)} expected by chance): ${shared.map(([n, rank]) => `${n}→${rank ?? '-'}`).join(', ')}`);
    }
    const copies = (name: string, found: { title: string[][]; body: string[][] }) => {
      const title = ranksIn(items, found.title, copyOf);
      const body = ranksIn(items, found.body, copyOf);
      const strict = [...ranksIn(items, found.title), ...ranksIn(items, found.body)];
      if ([...title, ...body].some((rank, i) => rank !== strict[i])) {
        console.log(`  ${name.padEnd(8)} known-item, any copy of the target counted: title words: ${quality(title)}; body 3 words: ${quality(body)}`);
      }
    };
    console.log(`  ours     known-item, title words: ${quality(titleRanks)}; body 3 words: ${quality(bodyRanks)}`);
    copies('ours', ourResults);
    if (browser) {
      const server = await gzipServer(site);
      const page: Page = await browser.newPage();
      try {
        await page.goto(`${server.origin}/${PAGEFIND_PAGE}`);
        await page.waitForFunction(() => (window as unknown as { pagefindReady?: boolean }).pagefindReady === true);
        const found = await knownItemResults(items, async (q) =>
          (await page.evaluate(async (query) => (window as unknown as { pagefindSearch(q: string): Promise<string[]> }).pagefindSearch(query), q)).map(normaliseUrl),
        );
        console.log(`  Pagefind known-item, title words: ${quality(ranksIn(items, found.title))}; body 3 words: ${quality(ranksIn(items, found.body))}`);
        copies('Pagefind', found);
      } finally {
        await page.close();
        server.close();
      }
    }
    if (options.newArticle && !options.site) await measureNewArticle(work, content, site, size);
  } finally {
    if (!options.work) await rm(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const options = {
  work: args.includes('--work') ? args[args.indexOf('--work') + 1] : undefined,
  browser: !args.includes('--no-browser'),
  misses: args.includes('--misses'),
  reuse: args.includes('--reuse') || args.includes('--reuse-site'),
  site: args.includes('--site') ? args[args.indexOf('--site') + 1] : undefined,
  qualityOnly: args.includes('--quality-only'),
  newArticle: args.includes('--new-article'),
  waterfall: args.includes('--waterfall'),
};
const sizes = args.filter((arg, i) => args[i - 1] !== '--work' && args[i - 1] !== '--site').map(Number).filter((n) => n > 0);
console.log(`${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
const browser = options.browser && existsSync(CHROMIUM) ? await launchChromium() : undefined;
if (!browser) console.log('(browser figures skipped)');
try {
  for (const size of sizes.length ? sizes : [1000, 10000]) await bench(size, browser);
} finally {
  await browser?.close();
}
