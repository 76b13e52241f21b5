/**
 * `npm run serve [-- --content DIR] [--out DIR] [--port N] [--host H] [--no-drafts]`: Eleventy's dev server with
 * live reload, on localhost only unless `--host` opens it to others (`--host 0.0.0.0`: drafts become visible there).
 * Adding, editing or deleting an article rebuilds the site (pages, feeds, search index); an invalid file is reported
 * in the terminal and on every page in the browser while the server keeps the last valid content; saving a fix
 * recovers. Drafts are shown unless `--no-drafts`. The site is written to a scratch folder,
 * never to `_site/`, so drafts cannot end up in a deployed build.
 */
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { mark, ownedState, projectFolders, RefusedFolder, refuseProtected, type Marker } from '../fs/owned-folder.ts';
import { parseOptions } from './options.ts';

/** The parts of Eleventy's programmatic API for watching and serving (missing from src/eleventy/eleventy.d.ts). */
interface DevEleventy {
  init(): Promise<void>;
  watch(): Promise<(path: string) => Promise<void>>;
  serve(port: number): Promise<void>;
  stopWatch(): Promise<void>;
  watcher?: { on(event: 'unlink', listener: (path: string) => void): void };
  eleventyServe: { sendError(event: { error: Error }): Promise<void>; reload(event: object): Promise<void> | void };
}
interface DevServerConfig {
  setServerOptions(options: Record<string, unknown>): void;
}
interface DevServer {
  getServerUrl(host: string): string;
  /** How Eleventy's dev server starts listening (on every interface); replaced below to pass the host. */
  _serverListen?: (port: number) => void;
  server: { listen(options: { port: number; host: string }): void };
}

const { values } = parseOptions({
  name: 'serve',
  usage: '[--content DIR] [--out DIR] [--port N] [--host NAME] [--no-drafts]',
  summary: 'Serves the site with live reload; drafts are shown and problems appear on every page.',
  options: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content folder' },
    out: { type: 'string', value: 'DIR', default: '.cache/serve', description: 'scratch folder for the served site (never _site/)' },
    port: { type: 'string', value: 'N', default: '8080', description: 'port to listen on' },
    host: { type: 'string', value: 'NAME', default: 'localhost', description: 'interface to listen on; 0.0.0.0 opens it to the network' },
    'no-drafts': { type: 'boolean', default: false, description: 'leave out articles marked draft: true' },
  },
});
const contentDir = resolve(values.content!);
const outDir = resolve(values.out!);
const port = Number(values.port);
const includeDrafts = !values['no-drafts'];
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}
// The output folder is emptied at start: only a folder serve made itself (marked), an empty or a missing one may be.
const MARKER: Marker = { name: '.arsip-serve-output', text: 'written by npm run serve; deleted and rebuilt on every start\n' };
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
try {
  refuseProtected(outDir, {
    notContaining: [projectRoot, contentDir, process.cwd()],
    notInside: [contentDir, ...projectFolders(projectRoot), join(projectRoot, 'node_modules')],
  });
  ownedState(outDir, MARKER, 'serve');
} catch (error) {
  if (!(error instanceof RefusedFolder)) throw error;
  console.error(`serve: refusing --out ${values.out}: ${error.path} ${error.why}; nothing was changed`);
  process.exit(2);
}

// Loaded only now, so that --help, a usage mistake or a refused --out answer at once.
const [
  { default: Eleventy },
  { displayPath },
  { formatContentError, formatContentWarning },
  { loadSettings },
  { contentReloader },
  { problemsMiddleware },
  { rejectBadPaths },
  { stalePagePruner },
  { handOver },
] = await Promise.all([
  import('@11ty/eleventy'),
  import('../content/display-path.ts'),
  import('../content/errors.ts'),
  import('../site/settings.ts'),
  import('../dev-server/serve-content.ts'),
  import('../dev-server/error-overlay.ts'),
  import('../dev-server/request-paths.ts'),
  import('../dev-server/stale-pages.ts'),
  import('../eleventy/handover.ts'),
]);

const { pathPrefix } = await loadSettings(contentDir);
// The scratch folder starts empty so no page from an earlier session (or an old draft) lingers.
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
mark(outDir, MARKER);

const content = contentReloader({ contentDir, includeDrafts, cacheDir: resolve('.cache/render') });
const pruneStalePages = stalePagePruner(outDir);
let buildError: Error | undefined;
let changed: string[] = [];
let rebuildStarted = performance.now();

const eleventy = new Eleventy('templates', outDir, {
  configPath: '.eleventy.ts',
  quietMode: true,
  config(eleventyConfig: EleventyConfig) {
    // Resized images are shared with the build's default cache: each rebuild would otherwise encode every picture again.
    handOver(eleventyConfig, {
      contentDir,
      archive: () => content.shown(),
      writesSearchIndex: true,
      // Apart from the build's: its record names the files of the served folder, not of the built site.
      searchCacheDir: resolve('.cache/serve-search'),
      imageCacheDir: resolve('.cache/images'),
    });
    eleventyConfig.on('eleventy.beforeWatch', (queue: string[]) => {
      changed = queue;
      rebuildStarted = performance.now();
    });
    // Runs before the site's data is computed: validate, and hand the site the archive to render.
    eleventyConfig.on('eleventy.before', async () => {
      const status = await content.reload();
      for (const warning of status.warnings) console.error(`⚠ ${formatContentWarning(warning)}`);
      for (const problem of status.problems) console.error(`✘ ${formatContentError(problem)}`);
      if (status.problems.length > 0) console.error(`✘ ${status.problems.length} problem(s): showing the last valid content`);
    });
    eleventyConfig.on('eleventy.after', async ({ results }: { results: Array<{ outputPath?: string | false }> }) => {
      buildError = undefined;
      const removed = await pruneStalePages(results);
      const what = changed.length > 0 ? `${changed.map(displayPath).join(', ')} → ` : '';
      const drafts = includeDrafts ? ' (drafts shown)' : '';
      const mark = content.problems().length > 0 ? '⚠ (last valid content)' : '✔';
      console.log(`${mark} ${what}${results.length} pages written${removed.length ? `, ${removed.length} removed` : ''} in ${Math.round(performance.now() - rebuildStarted)} ms${drafts}`);
      changed = [];
    });
    (eleventyConfig as unknown as DevServerConfig).setServerOptions({
      port,
      messageOnStart: () => false,
      middleware: [
        rejectBadPaths(),
        problemsMiddleware({
          outDir,
          pathPrefix,
          problems: () => [...content.problems().map(formatContentError), ...(buildError ? [`build error: ${buildError.message}`] : [])],
        }),
      ],
      ready: (server: DevServer) => {
        const open = values.host !== 'localhost' ? `, listening on ${values.host}: other machines can see it, drafts included` : '';
        console.log(`serving ${server.getServerUrl('localhost')} (content: ${displayPath(contentDir)}${open}; Ctrl+C to stop)`);
      },
    });
  },
}) as unknown as DevEleventy;

await eleventy.init();
// Template errors after a change only reach the browser console by default; keep them for the banner too.
const sendError = eleventy.eleventyServe.sendError.bind(eleventy.eleventyServe);
eleventy.eleventyServe.sendError = async (event) => {
  buildError = event.error;
  await sendError(event);
  await eleventy.eleventyServe.reload({ files: [], build: { templates: [] } });
};

const watchRun = await eleventy.watch();
// Eleventy does not rebuild when a file is deleted; an article's removal must update lists, feeds and search.
eleventy.watcher?.on('unlink', (path) => void watchRun(path));
// Eleventy's dev server has no host option and listens on every interface: drafts would be visible to the network.
const serving = eleventy.eleventyServe as unknown as { initServerInstance(): Promise<void>; server: DevServer };
await serving.initServerInstance();
const devServer = serving.server;
if (typeof devServer._serverListen !== 'function') throw new Error('serve: this version of the Eleventy dev server cannot be limited to a host');
devServer._serverListen = (listenPort) => devServer.server.listen({ port: listenPort, host: values.host! });
await eleventy.serve(port);

const stop = async () => {
  await eleventy.stopWatch();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
