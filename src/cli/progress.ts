/**
 * Progress for long commands: named counters (`files loaded`, `pages written`), the current phase and the elapsed
 * time, then one summary line. On a terminal the progress line is redrawn in place; in a log (CI, pipes) a line is
 * printed at most every few seconds, so short builds print only the summary. `quiet` prints nothing but failures.
 *
 *   const progress = createProgress({ quiet });
 *   progress.phase('loading content');
 *   progress.set('files loaded', done, total);     // from loadArchive's onProgress
 *   progress.add('pages written');                 // once per page Eleventy writes
 *   progress.finish('built _site');                // "built _site: 5 files loaded, 23 pages written in 1.4 s"
 *   progress.fail('build failed');                 // "build failed after 1.4 s" on stderr, even when quiet
 *
 * With the two adapters below, wiring it into a build is:
 *   loadArchive({ ..., onProgress: loadArchiveProgress(progress) });
 *   new Eleventy(input, output, { ..., config: countWrittenPages(progress) });
 */
import type { LoadOptions } from '../content/load.ts';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** Print nothing except `fail` (for CI). */
  quiet?: boolean;
  /** Where progress and the summary go; stdout by default. */
  stream?: ProgressStream;
  /** Where `fail` goes; stderr by default. */
  errorStream?: ProgressStream;
  /** Least time between two progress lines in a log that is not a terminal; 2000 ms by default. */
  logIntervalMs?: number;
  /** Clock in milliseconds, replaceable in tests. */
  now?: () => number;
}

export interface ProgressReporter {
  /** Names what is happening now, e.g. `rendering pages`. */
  phase(name: string): void;
  /** Sets a counter to `done` (of `total` when known). */
  set(counter: string, done: number, total?: number): void;
  /** Adds `n` (1 by default) to a counter. */
  add(counter: string, n?: number): void;
  /** Prints a line of its own without garbling the progress line (nothing when quiet). */
  log(message: string): void;
  elapsedMs(): number;
  /** Ends the progress; prints and returns the summary line `<label>: <counters> in <seconds> s`. */
  finish(label?: string): string;
  /** Ends the progress after a failure; prints `<label> after <seconds> s` to the error stream, even when quiet. */
  fail(label?: string): void;
}

const TTY_REDRAW_MS = 100;

export function createProgress(options: ProgressOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stdout;
  const errorStream = options.errorStream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const tty = Boolean(stream.isTTY);
  const interval = tty ? TTY_REDRAW_MS : options.logIntervalMs ?? 2000;
  const started = now();
  const counters = new Map<string, { done: number; total?: number }>();
  let currentPhase = '';
  let lastShown = started;
  let lineOnScreen = false;
  let ended = false;

  const seconds = () => `${((now() - started) / 1000).toFixed(1)} s`;
  const countersText = () =>
    [...counters].map(([name, { done, total }]) => (total === undefined ? `${done} ${name}` : `${done}/${total} ${name}`)).join(', ');
  const clearLine = () => {
    if (lineOnScreen) stream.write('\r\x1b[K');
    lineOnScreen = false;
  };
  const show = (force = false) => {
    if (options.quiet || ended) return;
    if (!force && now() - lastShown < interval) return;
    lastShown = now();
    const text = `[${seconds()}] ${[currentPhase, countersText()].filter(Boolean).join(': ')}`;
    if (tty) {
      stream.write(`\r\x1b[K${text}`);
      lineOnScreen = true;
    } else {
      stream.write(`${text}\n`);
    }
  };

  return {
    phase(name) {
      currentPhase = name;
      show(tty);
    },
    set(counter, done, total) {
      counters.set(counter, total === undefined ? { done } : { done, total });
      show();
    },
    add(counter, n = 1) {
      const entry = counters.get(counter) ?? { done: 0 };
      counters.set(counter, { ...entry, done: entry.done + n });
      show();
    },
    log(message) {
      if (options.quiet) return;
      clearLine();
      stream.write(`${message}\n`);
    },
    elapsedMs: () => now() - started,
    finish(label = 'done') {
      const counts = countersText();
      const line = `${label}: ${counts ? `${counts} ` : ''}in ${seconds()}`;
      if (!options.quiet) {
        clearLine();
        stream.write(`${line}\n`);
      }
      ended = true;
      return line;
    },
    fail(label = 'failed') {
      clearLine();
      ended = true;
      errorStream.write(`${label} after ${seconds()}\n`);
    },
  };
}

/** `onProgress` for `loadArchive`: counts `files loaded`, then shows the rendering phase. */
export function loadArchiveProgress(progress: ProgressReporter): NonNullable<LoadOptions['onProgress']> {
  progress.phase('loading content');
  return ({ phase, done, total }) => {
    if (phase === 'read') progress.set('files loaded', done, total);
    else progress.phase(done < total ? 'rendering articles' : 'writing pages');
  };
}

/** A `config` callback for `new Eleventy(…)` that counts `pages written` (a transform runs once per output page). */
export function countWrittenPages(progress: ProgressReporter): (eleventyConfig: object) => void {
  return (eleventyConfig) => {
    (eleventyConfig as { addTransform(name: string, transform: (content: string) => string): void }).addTransform('progress', (content) => {
      progress.add('pages written');
      return content;
    });
  };
}
