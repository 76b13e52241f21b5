/**
 * Search index build times at 10,000 articles (or any content folder): the
 * index alone, without the site. Prints, per scenario, the fastest of
 * BENCH_RUNS runs (default 3): wall time, main-thread time (event loop busy)
 * and CPU time of all threads.
 *
 *   npx tsx bench/index-build.bench.ts [contentDir] [renderCacheDir]
 *
 * Scenarios, in this thread and on a worker: without cache, with a fresh
 * cache (cold), warm (nothing changed), and with one article newer than all
 * others added; the last two leave the unchanged files in the cold run's
 * folder, as a build does in the site's standby copy.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadArchive } from '../src/content/load.ts';
import type { Archive, Article } from '../src/content/model.ts';
import { startSearchIndexWorker } from '../src/workers/search-index-thread.ts';
import { writeSearchIndex } from '../src/search/write-index.ts';

const [contentDir = '/tmp/w10k/content', renderCache] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DAY_MS = 86_400_000;

interface Figures {
  wall: number;
  main: number;
  cpu: number;
}

async function measure(run: () => Promise<unknown>): Promise<Figures> {
  const loop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, main: performance.eventLoopUtilization(loop).active, cpu: (used.user + used.system) / 1000 };
}

/** An article newer than all others, as if just written. */
function withNewestArticle(archive: Archive): Archive {
  const newest = archive.articles[0]!;
  const timestamp = newest.date.timestamp + DAY_MS;
  const day = new Date(timestamp).toISOString().slice(0, 10);
  const slug = `${day}-artikel-baru`;
  const added: Article = {
    ...newest,
    id: slug,
    slug,
    url: `/artikel/${slug}/`,
    title: `Artikel baru: ${newest.title}`,
    date: { ...newest.date, iso: day, day, timestamp },
    text: `${newest.text} Paragraf tambahan tentang kerja sama pertahanan.`,
  };
  return { ...archive, articles: [added, ...archive.articles] };
}

const work = await mkdtemp(join(tmpdir(), 'index-bench-'));
try {
  const { archive, errors } = await loadArchive({ contentDir, cacheDir: renderCache ?? join(work, 'render') });
  if (errors.length) throw new Error(`${errors.length} content errors in ${contentDir}`);
  const plusOne = withNewestArticle(archive);
  const best = new Map<string, Figures>();
  const keep = (name: string, figures: Figures) => {
    const previous = best.get(name);
    if (!previous || figures.wall < previous.wall) best.set(name, figures);
  };
  for (let round = 0; round < RUNS; round++) {
    const dir = join(work, `round-${round}`);
    const out = (name: string) => join(dir, 'out', name);
    const cache = (name: string) => join(dir, 'cache', name);
    // A rebuild writes into a fresh folder and leaves unchanged files in the previous one (src/output's standby).
    keep('this thread, no cache', await measure(() => writeSearchIndex(archive, out('1'))));
    keep('this thread, cold cache', await measure(() => writeSearchIndex(archive, out('2'), { cacheDir: cache('a'), previous: out('2') })));
    keep('this thread, warm (nothing changed)', await measure(() => writeSearchIndex(archive, out('3'), { cacheDir: cache('a'), previous: out('2') })));
    keep('this thread, +1 newest article', await measure(() => writeSearchIndex(plusOne, out('4'), { cacheDir: cache('a'), previous: out('2') })));
    keep('worker, cold cache', await measure(() => startSearchIndexWorker().write(archive, out('5'), { cacheDir: cache('b'), previous: out('5') })));
    keep('worker, warm (nothing changed)', await measure(() => startSearchIndexWorker().write(archive, out('6'), { cacheDir: cache('b'), previous: out('5') })));
    keep('worker, +1 newest article', await measure(() => startSearchIndexWorker().write(plusOne, out('7'), { cacheDir: cache('b'), previous: out('5') })));
    keep('worker, +1 newest article, every file written', await measure(() => startSearchIndexWorker().write(plusOne, out('8'), { cacheDir: cache('b') })));
    await rm(dir, { recursive: true });
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
  console.log(`\n${archive.articles.length} articles, fastest of ${RUNS} run(s)${' '.repeat(34)}wall     main      CPU`);
  for (const [name, f] of best) console.log(`  ${name.padEnd(60)} ${s(f.wall)} ${s(f.main)} ${s(f.cpu)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
