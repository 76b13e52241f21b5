import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWrittenPages, createProgress, loadArchiveProgress, type ProgressStream } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean): ProgressStream & { text: string } {
  return { isTTY, text: '', write(chunk: string) { this.text += chunk; } };
}

function setup(options: { tty?: boolean; quiet?: boolean } = {}) {
  let clock = 0;
  const out = fakeStream(options.tty ?? false);
  const err = fakeStream(false);
  const progress = createProgress({ stream: out, errorStream: err, quiet: options.quiet ?? false, logIntervalMs: 2000, now: () => clock });
  return { progress, out, err, tick: (ms: number) => (clock += ms) };
}

test('in a log: no progress for a short build, only the summary line', () => {
  const { progress, out, tick } = setup();
  progress.phase('loading content');
  progress.set('files loaded', 5, 5);
  tick(300);
  progress.add('pages written', 23);
  assert.equal(progress.finish('built _site'), 'built _site: 5/5 files loaded, 23 pages written in 0.3 s');
  assert.equal(out.text, 'built _site: 5/5 files loaded, 23 pages written in 0.3 s\n');
});

test('in a log: a long build prints a progress line at most every interval', () => {
  const { progress, out, tick } = setup();
  progress.phase('loading content');
  for (let i = 1; i <= 100; i++) {
    tick(100);
    progress.set('files loaded', i, 100);
  }
  progress.phase('rendering pages');
  tick(500);
  progress.add('pages written', 40);
  progress.finish();
  assert.deepEqual(out.text.trim().split('\n'), [
    '[2.0 s] loading content: 20/100 files loaded',
    '[4.0 s] loading content: 40/100 files loaded',
    '[6.0 s] loading content: 60/100 files loaded',
    '[8.0 s] loading content: 80/100 files loaded',
    '[10.0 s] loading content: 100/100 files loaded',
    'done: 100/100 files loaded, 40 pages written in 10.5 s',
  ]);
});

test('on a terminal: one line redrawn in place, cleared before log lines and the summary', () => {
  const { progress, out, tick } = setup({ tty: true });
  progress.phase('rendering pages');
  tick(150);
  progress.add('pages written');
  progress.log('a warning');
  progress.finish();
  assert.equal(
    out.text,
    '\r\x1b[K[0.0 s] rendering pages' +
      '\r\x1b[K[0.1 s] rendering pages: 1 pages written' +
      '\r\x1b[Ka warning\n' +
      'done: 1 pages written in 0.1 s\n',
  );
});

test('--quiet prints nothing on success and still reports failure on stderr', () => {
  const { progress, out, err, tick } = setup({ quiet: true });
  progress.set('files loaded', 3);
  tick(10_000);
  progress.log('hidden');
  progress.finish();
  assert.equal(out.text, '');
  progress.fail('build failed');
  assert.equal(err.text, 'build failed after 10.0 s\n');
});

test('adapters: loadArchive events and Eleventy pages feed the counters', () => {
  const { progress, out } = setup();
  const onProgress = loadArchiveProgress(progress);
  onProgress({ phase: 'read', done: 2, total: 2 });
  onProgress({ phase: 'render', done: 0, total: 2 });
  let transform: ((content: string) => string) | undefined;
  countWrittenPages(progress)({ addTransform: (_name: string, fn: (content: string) => string) => (transform = fn) });
  assert.equal(transform!('<p>page</p>'), '<p>page</p>', 'pages pass through unchanged');
  transform!('<p>another</p>');
  progress.finish();
  assert.equal(out.text, 'done: 2/2 files loaded, 2 pages written in 0.0 s\n');
});
