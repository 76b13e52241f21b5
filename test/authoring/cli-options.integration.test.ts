/** Every command answers `--help`, and a mistyped option gets one line, a suggestion and the usage: exit 2, no stack. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { parseCommandLine, UsageError } from '../../src/cli/options.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const COMMANDS = ['build', 'check', 'new', 'import', 'serve'] as const;
const argsFor = (command: (typeof COMMANDS)[number], args: string[]) =>
  command === 'build' || command === 'check' ? npmScriptArgs(command, args) : ['--import', 'tsx', join(ROOT, 'src/cli', `${command}.ts`), ...args];
const run = (command: (typeof COMMANDS)[number], args: string[]) =>
  promisify(execFile)(process.execPath, argsFor(command, args), { cwd: ROOT, timeout: 60_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const spec = {
  name: 'demo',
  usage: '[--out DIR] [--quiet]',
  summary: 'A demo.',
  options: {
    out: { type: 'string', value: 'DIR', default: '_site', description: 'where' },
    quiet: { type: 'boolean', default: false, description: 'hush' },
  },
} as const;

test('options: values, defaults and --opt=value', () => {
  assert.deepEqual(parseCommandLine(spec, []).values, { out: '_site', quiet: false });
  assert.deepEqual(parseCommandLine(spec, ['--out=x', '--quiet']).values, { out: 'x', quiet: true });
  assert.equal(parseCommandLine(spec, ['-h']).help, true);
});

test('options: a misspelt option is named with the closest one; other mistakes are one line each', () => {
  assert.throws(() => parseCommandLine(spec, ['--outt', 'x']), (e: Error) => e instanceof UsageError && e.message === 'unknown option "--outt"; did you mean "--out"?');
  assert.throws(() => parseCommandLine(spec, ['--zzzzzz']), { message: 'unknown option "--zzzzzz"' });
  assert.throws(() => parseCommandLine(spec, ['--out']), { message: '--out needs a value' });
  assert.throws(() => parseCommandLine(spec, ['--quiet=yes']), { message: '--quiet takes no value' });
  assert.throws(() => parseCommandLine(spec, ['stray']), /unexpected argument "stray"/);
});

for (const command of COMMANDS) {
  test(`${command} --help prints its usage and options and exits 0`, async () => {
    const { code, stdout, stderr } = await run(command, ['--help']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`^usage: npm run ${command} -- `));
    assert.match(stdout, /^options:$/m);
    assert.match(stdout, /--help/);
    if (command !== 'new') assert.match(stdout, /--content DIR/);
  });

  test(`${command} with a misspelt option names it, suggests, prints the usage and exits 2`, async () => {
    const wrong = command === 'new' ? '--dates' : '--contnet';
    const right = command === 'new' ? '--date' : '--content';
    const { code, stderr } = await run(command, [wrong, 'x']);
    assert.equal(code, 2);
    const lines = stderr.trim().split('\n');
    assert.equal(lines[0], `${command}: unknown option "${wrong}"; did you mean "${right}"?`);
    assert.match(lines[1]!, new RegExp(`^usage: npm run ${command} -- `));
    assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  });
}

test('serve lists a --host option defaulting to localhost', async () => {
  const { stdout } = await run('serve', ['--help']);
  assert.match(stdout, /--host NAME .*\(default: localhost\)/);
});
