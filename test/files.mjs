// @ts-check
/**
 * `node test/files.mjs [--unit]`: what `npm test` hands the test runner (or, with --unit, `npm run test:unit`: no
 * file that builds a site, runs a command or drives a browser). The runner starts a process per file given, a few at
 * a time, in the order given. Integration files go one per process; the many short unit files run in two group
 * processes (test/groups/unit-*.ts), one per core of this machine, each loading half of them, so the loader, the
 * modules they share and their worker threads' loaders start twice instead of once per file. Processes start longest
 * first (LONGEST below), the groups among them, so that the run, which ends when its last process does, does not end
 * on a long one started late. A single file still runs alone:
 * `node --import tsx --test test/x.test.ts`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the unit group processes (each about half of the unit files) rank among the files in LONGEST. */
const UNIT_GROUPS = 'test/groups/unit-*.ts';

/**
 * The files that take longest, longest first (measured runs, docs/performance.md): the runner starts them first, so
 * that the last ones to end are short ones. Only the order depends on this list; a file missing from it runs after
 * those in it, and a name here that no longer exists is ignored.
 */
const LONGEST = [
  // Builds, commands and browsers: wall time, which includes waiting for pages and processes.
  'test/output/incremental.integration.test.ts',
  'test/output/kill-builds.integration.test.ts',
  'test/browser/site-a11y.integration.test.ts',
  'test/browser/search.integration.test.ts',
  'test/output/run-compiled.integration.test.ts',
  UNIT_GROUPS,
  'test/output/refuse-output.integration.test.ts',
  'test/authoring/cli.integration.test.ts',
  'test/browser/site.integration.test.ts',
  'test/browser/serve.integration.test.ts',
  'test/cache/corruption.integration.test.ts',
  'test/dev-server/serve-requests.integration.test.ts',
  'test/output/template-error.integration.test.ts',
  'test/authoring/cli-options.integration.test.ts',
  'test/site/content-build.integration.test.ts',
  'test/site/draft-label.integration.test.ts',
  'test/site/build.integration.test.ts',
  'test/cache/refuse-cache.integration.test.ts',
  'test/content/cli.integration.test.ts',
  'test/site/path-prefix.integration.test.ts',
  // Unit files: CPU time.
  'test/content/simple-markdown.test.ts',
  'test/content/render.test.ts',
  'test/search/payload-rewrite.test.ts',
  'test/search/append-index.test.ts',
  'test/output/page-writer.test.ts',
  'test/search/fuzz.test.ts',
  'test/content/plain-body.test.ts',
  'test/bench/editorial-article.test.ts',
  'test/workers/search-index-thread.test.ts',
  'test/content/normalise.test.ts',
  'test/output/standby-links.test.ts',
  'test/content/errors.test.ts',
  'test/content/image.test.ts',
  'test/authoring/hostile-authoring.test.ts',
  'test/content/yaml-key-line.test.ts',
  'test/cache/parse-cache.test.ts',
  'test/content/editor-messages.test.ts',
];

/** Every test file, as a path from the project folder (`test/...`): those in LONGEST first, in its order, then the rest sorted. */
/** A file's place in LONGEST (a unit group's is UNIT_GROUPS's), or after every file in it. */
function rank(/** @type {string} */ path) {
  const name = path.startsWith('test/groups/') ? UNIT_GROUPS : path;
  return LONGEST.includes(name) ? LONGEST.indexOf(name) : LONGEST.length;
}

function testFiles() {
  return readdirSync(`${root}test`, { recursive: true })
    .map((name) => `test/${String(name).split('\\').join('/')}`)
    .filter((path) => path.endsWith('.test.ts'))
    .sort()
    .sort((a, b) => rank(a) - rank(b));
}

const isUnit = (/** @type {string} */ path) => !path.startsWith('test/browser/') && !path.endsWith('.integration.test.ts');

/** The group entry files, test/groups/unit-1.ts, unit-2.ts, ...: as many groups as there are entry files. */
export function groupEntries() {
  return readdirSync(`${root}test/groups`)
    .filter((name) => /^unit-\d+\.ts$/.test(name))
    .sort((a, b) => parseInt(a.slice(5), 10) - parseInt(b.slice(5), 10))
    .map((name) => `test/groups/${name}`);
}

/**
 * The unit files of group `n` (1-based) of `count`: dealt longest first, back and forth (1, 2, …, count, count, …, 2,
 * 1, 1, 2, …), so that each group gets one of the longest files and the groups come out about as long as each other;
 * the rest follow in name order, so the neighbours in a folder (which often test the same costly thing, e.g. the
 * Markdown renderers) land in different groups.
 */
export function unitGroup(/** @type {number} */ n, /** @type {number} */ count) {
  return testFiles()
    .filter(isUnit)
    .filter((_, i) => (Math.floor(i / count) % 2 === 0 ? i % count : count - 1 - (i % count)) === n - 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const unitOnly = process.argv.includes('--unit');
  const integration = unitOnly ? [] : testFiles().filter((path) => !isUnit(path));
  console.log([...integration, ...groupEntries()].sort((a, b) => rank(a) - rank(b)).join('\n'));
}
