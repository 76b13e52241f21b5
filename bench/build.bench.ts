/**
 * `npm run bench [-- 1000 10000 …]`: builds archives of real corpus articles (default 1,000 and 10,000) with our
 * build and with Hugo on the same content, in the same run, and prints for each size: cold build time, rebuild times
 * after one change (a new newest article, a new oldest one, an edit), peak RSS, output size, search payload and query latency, then our/Hugo ratios.
 * `BENCH_RUNS=3` repeats each build and keeps the fastest (the machine is shared). `BENCH_ARCHIVES=uniform,editorial`
 * (the default: both) chooses the archives: generated files as one program writes them, and as editors do, with
 * `BENCH_MARKDOWN_SHARE` (default 1/3) of the bodies carrying Markdown (bench/editorial-article.ts).
 * Prints figures; asserts nothing.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../src/search/client/engine.ts';
import { emptyRequest } from '../src/search/client/request.ts';
import { HEAD_FILE } from '../src/search/payload.ts';
import { npmScriptArgs } from '../test/helpers/npm-script.ts';
import { writeCorpusContent, type ArchiveStyle } from './corpus-content.ts';
import { WITHOUT_RELATED, writeHugoSite } from './hugo-site.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const exec = promisify(execFile);
const sizes = process.argv.slice(2).map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const markdownShare = Number(process.env.BENCH_MARKDOWN_SHARE ?? 1 / 3);
/** `BENCH_HUGO_RELATED=0` skips Hugo with related articles (minutes at 10,000 articles; the targets use Hugo without). */
const hugoRelated = process.env.BENCH_HUGO_RELATED !== '0';
const archives: ArchiveStyle[] = (process.env.BENCH_ARCHIVES ?? 'uniform,editorial')
  .split(',')
  .map((style) => (style === 'editorial' ? { style, markdownShare } : { style: 'uniform' }));

interface Measured {
  seconds: number;
  /** User + system CPU time: steadier than wall time when other work shares the cores. */
  cpuSeconds: number;
  rssMB: number;
}

type WarmCase = 'newest' | 'oldest' | 'edit';

interface Figures {
  articles: number;
  archive: ArchiveStyle['style'];
  cold: Measured;
  /** Rebuilds after one change (see warmChanges). */
  warm: Record<WarmCase, Measured>;
  /** Hugo with related articles, like our article pages (unless skipped). */
  hugo?: Measured;
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

/** A build to measure: `prepare` resets the state each run starts from. */
interface Task {
  prepare: () => Promise<void>;
  run: () => Promise<Measured>;
}

/**
 * The fastest of `runs` of each task, the tasks taking turns run by run, so that two builds compared with each
 * other meet the machine in the same moods. Each run starts once the file system has written out what earlier
 * builds left in memory (`sync`), so that no build pays for another's writes.
 */
async function fastestEach<T extends Task[]>(tasks: [...T]): Promise<{ [K in keyof T]: Measured }> {
  const best: Array<Measured | undefined> = tasks.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    for (const [t, { prepare, run }] of tasks.entries()) {
      await prepare();
      await exec('sync');
      const result = await run();
      if (!best[t] || result.seconds < best[t].seconds) best[t] = result;
    }
  }
  return best as { [K in keyof T]: Measured };
}

const fastest = async (prepare: Task['prepare'], run: Task['run']): Promise<Measured> => (await fastestEach([{ prepare, run }]))[0]!;

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

/** Search figures from the built site with src/search's own engine (bench/search-bench.ts has the full set). */
async function searchFigures(site: string): Promise<SearchFigures | undefined> {
  const files = ['search/index.html', 'assets/site.css', 'assets/search.js', 'assets/search-worker.js', `search/${HEAD_FILE}`];
  const texts = await Promise.all(files.map((path) => readFile(join(site, path)).catch(() => undefined)));
  if (texts.some((text) => text === undefined)) return undefined;
  const engine = await SearchEngine.open(async (path) => JSON.parse(await readFile(join(site, 'search', path), 'utf8')) as unknown);
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await engine.search({ ...emptyRequest(), q }, 20);
      times.push(performance.now() - started);
    }
  }
  return {
    firstResultBytes: texts.reduce((sum, text) => sum + gzipSync(text!).length, 0),
    queryMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
  };
}

/** A change to the content folder, and how to undo it. */
interface Change {
  apply(): Promise<void>;
  undo(): Promise<void>;
}

const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

/**
 * The rebuilds measured after a full build: a new article one day newer than the newest (the everyday case), one as
 * old as the oldest (back-filling the archive), and a sentence added to one article in the middle. New articles
 * get a new title and a body that is not in the render cache.
 */
async function warmChanges(contentDir: string): Promise<Record<WarmCase, Change>> {
  const articles = join(contentDir, 'articles');
  const names = (await readdir(articles)).sort(); // file names start with the date
  const text = (name: string) => readFile(join(articles, name), 'utf8');
  const added = async (template: string, day: string, name: string): Promise<Change> => {
    const markdown = (await text(template))
      .replace(/^title: .*$/m, 'title: "Artikel baru untuk uji pembangunan ulang"')
      .replace(/^date: .*$/m, `date: "${day}"`)
      .concat('\nParagraf tambahan agar isi artikel ini belum pernah dirender.\n');
    return { apply: () => writeFile(join(articles, name), markdown), undo: () => rm(join(articles, name), { force: true }) };
  };
  const middle = names[Math.floor(names.length / 2)]!;
  const original = await text(middle);
  return {
    newest: await added(names.at(-1)!, shiftDay(names.at(-1)!.slice(0, 10), 1), 'zz-artikel-terbaru-bench.md'),
    oldest: await added(names[0]!, names[0]!.slice(0, 10), 'zz-artikel-terlama-bench.md'),
    edit: {
      apply: () => writeFile(join(articles, middle), `${original}\nKalimat koreksi yang ditambahkan kemudian.\n`),
      undo: () => writeFile(join(articles, middle), original),
    },
  };
}

async function benchSize(articles: number, archive: ArchiveStyle): Promise<Figures> {
  const work = await mkdtemp(join(tmpdir(), `arsip-build-bench-${articles}-`));
  const contentDir = await writeCorpusContent(articles, join(work, 'content'), archive);
  const hugoDir = join(work, 'hugo');
  await writeHugoSite(contentDir, hugoDir);
  // Every measured cold build writes into folders of its own, and nothing is deleted until the end: on this machine's
  // ext4, creating files within minutes of deleting thousands is up to ten times slower (the inode allocator steps
  // over recently freed inodes), which once turned a 14 s build into 24 s.
  let folders = 0;
  const fresh = (name: string) => join(work, `${name}-${++folders}`);
  const build = (site: string, cache: string) =>
    // `npm run build` without npm's own process in the measurement.
    measure(process.execPath, npmScriptArgs('build', ['--quiet', '--content', contentDir, '--out', site, '--cache', cache]), ROOT);

  let hugoOut = '';
  const hugoTask = (config: string): Task => ({
    prepare: async () => void (hugoOut = fresh('hugo-out')),
    run: () => measure('hugo', ['--quiet', '--config', config, '--destination', hugoOut, '--cacheDir', fresh('hugo-cache')], hugoDir),
  });
  let site = '';
  let cache = '';
  const coldTask: Task = {
    prepare: async () => {
      site = fresh('site');
      cache = fresh('cache');
    },
    run: () => build(site, cache),
  };
  // The pair the cold target compares, in turns; Hugo with related articles (a minute or more each) afterwards.
  const [hugoLean, cold] = await fastestEach([hugoTask(WITHOUT_RELATED), coldTask]);
  const [hugo] = hugoRelated ? await fastestEach([hugoTask('hugo.toml')]) : [undefined];
  const ours = await folderSize(site);
  const search = await searchFigures(site);

  const changes = await warmChanges(contentDir);
  const warm = {} as Record<WarmCase, Measured>;
  for (const [name, change] of Object.entries(changes) as Array<[WarmCase, Change]>) {
    warm[name] = await fastest(async () => {
      // Each warm run starts from a site and caches built from the content without the change.
      await change.undo();
      await build(site, cache);
      await change.apply();
    }, () => build(site, cache));
    await change.undo();
  }
  const theirs = await folderSize(hugoOut);
  await rm(work, { recursive: true, force: true });
  return { articles, archive: archive.style, cold, warm, hugo, hugoLean, files: ours.files, bytes: ours.bytes, hugoFiles: theirs.files, hugoBytes: theirs.bytes, search };
}

const peakOf = (f: Figures) => Math.max(f.cold.rssMB, ...Object.values(f.warm).map((m) => m.rssMB));
const s = (m: Measured | undefined) => (m ? `${m.seconds.toFixed(1)} s (${m.cpuSeconds.toFixed(0)} s CPU)` : 'skipped');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function printTable(all: Figures[]): void {
  console.log('\n| articles | archive | cold build | rebuild: + newest article / + oldest article / one article edited | peak RSS | output | search: bytes before first result, query | Hugo cold (no related / related) | Hugo peak RSS | Hugo output |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of all) {
    const peak = peakOf(f);
    const hugoPeak = Math.max(f.hugo?.rssMB ?? 0, f.hugoLean.rssMB);
    const search = f.search ? `${(f.search.firstResultBytes / 1024).toFixed(0)} KB gzip, ${f.search.queryMs.toFixed(1)} ms` : 'missing';
    console.log(
      `| ${f.articles.toLocaleString('en')} | ${f.archive} | ${s(f.cold)} | ${s(f.warm.newest)} / ${s(f.warm.oldest)} / ${s(f.warm.edit)} | ${peak.toFixed(0)} MB | ${f.files} files, ${mb(f.bytes)} | ${search} | ${s(f.hugoLean)} / ${s(f.hugo)} | ${hugoPeak.toFixed(0)} MB | ${f.hugoFiles} files, ${mb(f.hugoBytes)} |`,
    );
  }
  console.log('\nRatios against Hugo without related articles (against Hugo with them in brackets):');
  console.log('| articles | archive | cold / Hugo cold (target ≤ 0.8) | + newest article / Hugo cold (target ≤ 0.25) | + oldest / Hugo | edit / Hugo | peak RSS / Hugo (target ≤ 0.8) |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const f of all) {
    const peak = peakOf(f);
    const both = (ours: number, lean: number, full: number | undefined) => (full === undefined ? ratio(ours, lean) : `${ratio(ours, lean)} (${ratio(ours, full)})`);
    console.log(
      `| ${f.articles.toLocaleString('en')} | ${f.archive} | ${both(f.cold.seconds, f.hugoLean.seconds, f.hugo?.seconds)} | ${both(f.warm.newest.seconds, f.hugoLean.seconds, f.hugo?.seconds)} | ${both(f.warm.oldest.seconds, f.hugoLean.seconds, f.hugo?.seconds)} | ${both(f.warm.edit.seconds, f.hugoLean.seconds, f.hugo?.seconds)} | ${both(peak, f.hugoLean.rssMB, f.hugo?.rssMB)} |`,
    );
  }
}

const results: Figures[] = [];
for (const articles of sizes.length ? sizes : [1000, 10_000]) {
  for (const archive of archives) {
    console.log(`building ${articles.toLocaleString('en')} ${archive.style} articles (ours and Hugo, ${runs} run${runs > 1 ? 's' : ''} each)…`);
    results.push(await benchSize(articles, archive));
  }
}
printTable(results);
