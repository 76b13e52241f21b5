// @ts-check
/**
 * `node test/files.mjs [--unit]`: the test files for `npm test` (or, with --unit, for `npm run test:unit`: no file
 * that builds a site, runs a command or drives a browser). The test runner starts files in the order given, a few at
 * a time, so the long ones go first (browser tests, then the other *.integration.test.ts) and the many short unit
 * files fill the gaps at the end: the run ends when its last file does.
 */
import { readdirSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit');
const files = readdirSync('test', { recursive: true })
  .map((name) => `test/${String(name).split('\\').join('/')}`)
  .filter((path) => path.endsWith('.test.ts'))
  .sort();
const rank = (/** @type {string} */ path) => (path.startsWith('test/browser/') ? 0 : path.endsWith('.integration.test.ts') ? 1 : 2);
const ordered = files.filter((path) => !unitOnly || rank(path) === 2).sort((a, b) => rank(a) - rank(b));
console.log(ordered.join('\n'));
