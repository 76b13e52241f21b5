/**
 * `npm run build [-- --content DIR --out DIR --cache DIR --drafts --quiet]`: validates the whole archive, then renders
 * the site into a standby copy beside the output and switches the output to it in one rename, so a failed or killed
 * build leaves the previous site intact (src/output/output-store.ts). The output is only ever replaced when the build
 * made it; anything else is refused before the build starts. Incremental: pages whose data is unchanged since the
 * previous build are taken over, only the others are rendered (src/output).
 */
import { cpSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutputStore } from '../output/output-store.ts';
import { linkStandbyOnWorker } from '../output/standby-links.ts';
import { workersStartCheaply } from '../workers/ts-worker.ts';
import { isWithin, projectFolders, realLocation, RefusedFolder, refuseProtected } from '../fs/owned-folder.ts';
import { parseOptions } from './options.ts';
import { runnableUrl } from '../compiled/compiled-copy.ts';
import type { Archive } from '../content/model.ts';
import type { BuildPlan } from '../output/incremental-build.ts';

const { values } = parseOptions({
  name: 'build',
  usage: '[--content DIR] [--out DIR] [--cache DIR] [--drafts] [--quiet]',
  summary: 'Validates the archive and builds the site; a failed build leaves the previous output as it was.',
  options: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content folder' },
    out: { type: 'string', value: 'DIR', default: '_site', description: 'where the site is written' },
    // Benchmarks pass an empty folder to measure a cold build.
    cache: { type: 'string', value: 'DIR', default: '.cache', description: 'cache folder (rendered bodies, page fingerprints)' },
    drafts: { type: 'boolean', default: false, description: 'include articles marked draft: true' },
    quiet: { type: 'boolean', default: false, description: 'print nothing but failures' },
  },
});
// Paths given by the user are relative to where they ran the command; Eleventy's own paths to the project root.
const contentDir = resolve(values.content!);
const out = resolve(values.out!);
const cacheDir = resolve(values.cache!);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const outPlaces = {
  notContaining: [projectRoot, contentDir, cacheDir, process.cwd()],
  notInside: [contentDir, ...projectFolders(projectRoot), join(projectRoot, 'node_modules')],
};
// The cache is pruned (src/cache), so it may not be, hold or lie inside what the build reads or writes.
try {
  refuseProtected(cacheDir, {
    notContaining: [projectRoot, contentDir, process.cwd(), out],
    notInside: [contentDir, ...projectFolders(projectRoot)],
  });
  // The output may not exist yet, which `refuseProtected` takes as nothing to protect; an --out refused below is
  // reported as such.
  const outRefused = (() => {
    try {
      return void refuseProtected(out, outPlaces);
    } catch {
      return true;
    }
  })();
  for (const dir of outRefused ? [] : [out, `${out}.arsip`]) {
    if (isWithin(realLocation(cacheDir), realLocation(dir))) throw new RefusedFolder(cacheDir, `lies inside the output ${dir}`);
  }
} catch (error) {
  if (!(error instanceof RefusedFolder)) throw error;
  console.error(`build: refusing --cache ${values.cache}: ${error.path} ${error.why}; nothing was changed`);
  process.exit(2);
}
let store: OutputStore;
try {
  store = new OutputStore(out, outPlaces);
} catch (error) {
  if (!(error instanceof RefusedFolder)) {
    console.error(`build: ${(error as Error).message}`);
    process.exit(1);
  }
  console.error(`build: refusing --out ${values.out}: ${error.path} ${error.why}; nothing was changed`);
  process.exit(2);
}
// Loaded only now, so that --help, a usage mistake or a refused folder answer at once.
const [
  { renderPages },
  { planBuild, putInPlace },
  { handPagesTo, PageWriter },
  { replacePagesIn },
  { loadArchive },
  { startSearchIndexWorker },
  { siteModelOf },
  { loadSettings },
  { reportProblems, summaryLine },
  { describeError },
  { countWrittenPages, createProgress, loadArchiveProgress },
] = await Promise.all([
  import('../eleventy/render-pages.ts'),
  import('../output/incremental-build.ts'),
  import('../output/page-writer.ts'),
  import('../output/output-folder.ts'),
  import('../content/load.ts'),
  import('../workers/search-index-thread.ts'),
  import('../site/site-model-of.ts'),
  import('../site/settings.ts'),
  import('./content-report.ts'),
  import('./error-chain.ts'),
  import('./progress.ts'),
]);
process.chdir(projectRoot);
// Under tsx, Eleventy imports the TypeScript config itself; from a compiled copy it gets the config's copy.
const eleventyConfig = fileURLToPath(runnableUrl(new URL('../../.eleventy.ts', import.meta.url).href));

const progress = createProgress({ quiet: values.quiet! });
const searchCache = join(cacheDir, 'search');
// An incremental build's search index keeps what the live copy holds (below).
const searchWorker = startSearchIndexWorker(searchCache, store.liveRecord() && store.liveFolder());
const loaded = await validArchive();

// A full build writes into an empty standby copy, an incremental one into a fresh folder whose files then move into
// the standby (which holds what the live site holds: linked on a worker thread while this one renders, when workers
// start cheaply).
const target = store.liveRecord() ? store.prepareIncremental(workersStartCheaply ? linkStandbyOnWorker : undefined) : store.prepareFull();
const staging = target.output;
// Eleventy renders without writing (below), which skips its own copy of public/ (.eleventy.ts). A few small files,
// copied before anything else writes into the staging folder.
cpSync('public', staging, { recursive: true });
// The search index is built on a worker thread (started before loading) while this thread plans the pages. Its
// analyses of bodies are cached by content, and the files it wrote last time that are unchanged it names, to be kept:
// it finds them in the live copy, whose files the standby is being linked to meanwhile.
const searchIndex = searchWorker.write(loaded.get(), staging, { cacheDir: searchCache, ...(target.live ? { previous: target.live } : {}) });
searchIndex.catch(() => {}); // awaited below; a failure before then must not end the process unreported
let writer: InstanceType<typeof PageWriter> | undefined;
try {
  const rendered = await renderArchive(loaded.release());
  // The index thread may go on writing for a while (a minute at 100,000 articles), and this thread's memory counts
  // in the build's peak meanwhile: a full build's garbage, the archive's now too, is collected at once.
  if (!rendered.plan.previous) globalThis.gc?.();
  // The index thread's caches are saved meanwhile: the process ends once they are.
  const [index] = await Promise.all([searchWorker.filesWritten, target.ready]);
  await writer?.close();
  const unchanged = putInPlace(rendered.plan, target, rendered.written, index.kept);
  if (unchanged > 0) progress.set('pages unchanged', unchanged);
} catch (error) {
  // Reported first: a failure while cleaning up below must not be the last word.
  console.error(describeError(error));
  progress.fail(`build failed; the previous output in ${values.out} was left as it was`);
  await searchIndex.catch(() => {}); // it writes into the staging folder until it ends
  await writer?.stop(); // as does the page writer
  await rm(staging, { recursive: true, force: true, maxRetries: 5 });
  process.exit(1);
}
progress.finish(`built ${values.out}`);
// Saving them never fails a build (src/cache/store.mjs); anything else that goes wrong then is told, not hidden.
await searchIndex.catch((error: unknown) => console.error(`warning: the search index's caches were not saved: ${describeError(error)}`));

/**
 * The archive, loaded and valid (a build with problems ends here, having written nothing), held until `release`: a
 * name in this module's scope would keep it, and everything it holds, for as long as the process runs.
 */
async function validArchive(): Promise<{ get(): Archive; release(): Archive }> {
  const result = await loadArchive({
    contentDir,
    includeDrafts: values.drafts!,
    cacheDir: join(cacheDir, 'render'),
    onProgress: loadArchiveProgress(progress),
    onFreshTexts: (texts) => searchWorker.analyse(texts),
  });
  if (reportProblems(result)) {
    progress.fail(`build failed: ${summaryLine(result)}; nothing was written`);
    process.exit(1);
  }
  progress.log(`loaded: ${summaryLine(result)}`);
  let held: Archive | undefined = result.archive;
  const get = () => {
    if (!held) throw new Error('the archive was already released');
    return held;
  };
  return {
    get,
    release() {
      const archive = get();
      held = undefined;
      return archive;
    },
  };
}

/**
 * Plans and renders the archive's pages: each is handed to a writer thread that writes it into a full build's empty
 * standby (src/output/page-writer.ts), or written over its file in an incremental build's standby once that is linked
 * (src/output/output-folder.ts). Returns what putting them in place needs, nothing that holds the archive.
 */
async function renderArchive(archive: Archive): Promise<{ plan: Omit<BuildPlan, 'selection'>; written: readonly string[] }> {
  const site = siteModelOf(archive, await loadSettings(contentDir));
  const { selection, ...plan } = planBuild(archive, site, store, process.cwd());
  const pagesTo = plan.previous ? replacePagesIn(target.standby, staging, target.ready) : undefined;
  if (!pagesTo) writer = new PageWriter(staging);
  await renderPages({
    input: 'templates',
    output: staging,
    configPath: eleventyConfig,
    // The search index is written by the worker above while Eleventy renders.
    handover: { contentDir, archive: () => archive, selection, writesSearchIndex: false, imageCacheDir: join(cacheDir, 'images') },
    configure: (config) => [countWrittenPages(progress), pagesTo?.configure ?? handPagesTo(writer!)].forEach((configure) => configure(config)),
  });
  return { plan, written: pagesTo?.written ?? [] };
}
