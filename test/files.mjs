// @ts-check
/**
 * `node test/files.mjs [--unit]`: what `npm test` hands the test runner (or, with --unit, `npm run test:unit`: no
 * file that builds a site, runs a command or drives a browser). The runner starts a process per file given, a few at
 * a time, in the order given. Integration files go one per process, the long ones first (browser tests, then the
 * other *.integration.test.ts); the many short unit files run in a few group processes (test/groups/unit-*.ts), each
 * loading several of them, so the loader and the modules they share start a few times instead of once per file. The
 * groups come last and fill the gaps: the run ends when its last process does. A single file still runs alone:
 * `node --import tsx --test test/x.test.ts`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every test file, as a path from the project folder (`test/...`), sorted. */
function testFiles() {
  return readdirSync(`${root}test`, { recursive: true })
    .map((name) => `test/${String(name).split('\\').join('/')}`)
    .filter((path) => path.endsWith('.test.ts'))
    .sort();
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
 * The unit files of group `n` (1-based) of `count`: dealt in turn, so the neighbours in a folder (which often test
 * the same costly thing, e.g. the Markdown renderers) land in different groups.
 */
export function unitGroup(/** @type {number} */ n, /** @type {number} */ count) {
  return testFiles()
    .filter(isUnit)
    .filter((_, i) => i % count === n - 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const unitOnly = process.argv.includes('--unit');
  const rank = (/** @type {string} */ path) => (path.startsWith('test/browser/') ? 0 : 1);
  const integration = unitOnly ? [] : testFiles().filter((path) => !isUnit(path)).sort((a, b) => rank(a) - rank(b));
  console.log([...integration, ...groupEntries()].join('\n'));
}
