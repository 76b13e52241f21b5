// @ts-check
/**
 * `npm test`: type-checks (tsc), lints (eslint) and runs every test file (test/files.mjs) at the same time, so the
 * test runner does not wait for the checks before starting its longest files. The checks' output is printed after the
 * tests' report, and the command fails when any of the three fails.
 */
import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (/** @type {string} */ name) => `${ROOT}node_modules/.bin/${name}`;

/** Runs a command in the project folder; its output is kept, not printed. */
function captured(/** @type {string} */ name, /** @type {string} */ command, /** @type {string[]} */ args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ name, code: code ?? 1, output }));
    child.on('error', (error) => done({ name, code: 1, output: String(error) }));
  });
}

const files = execFileSync(process.execPath, [`${ROOT}test/files.mjs`], { encoding: 'utf8' }).trim().split('\n');
const checks = [
  captured('tsc', bin('tsc'), ['-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/arsip-typecheck/tsbuildinfo']),
  captured('eslint', bin('eslint'), ['--max-warnings=0', '--cache', '--cache-location', 'node_modules/.cache/arsip-eslint/', '.']),
];
// One test process per core: a file's builds, workers and browser already use more than one, and more processes
// than cores made the whole run slower (docs/performance.md, The test suite).
const concurrency = availableParallelism();
const tests = await new Promise((done) => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], { cwd: ROOT, stdio: 'inherit' });
  child.on('close', (code) => done(code ?? 1));
});
let failed = tests !== 0;
for (const { name, code, output } of await Promise.all(checks)) {
  if (output.trim()) process.stdout.write(`\n${name}:\n${output}`);
  if (code !== 0) {
    console.log(`${name} failed (exit code ${code})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
