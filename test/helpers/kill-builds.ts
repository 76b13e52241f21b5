/**
 * Kills builds at random moments and checks what they leave: the output must be the complete old site or the
 * complete new one (every file, byte for byte, as a clean build of that content makes it), never a mix, never with a
 * temporary file in it. Content alternates between two versions (a new article, an edited one, a deleted one), so
 * every build changes the site; every other build is forced to be a full one by deleting the record of the live copy.
 * Used by test/output/kill-builds.integration.test.ts (a few kills) and bench/kill-loop.ts (many, with a summary).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent } from './content-fixture.ts';
import { npmScriptArgs } from './npm-script.ts';
import { tempDir } from './temp-dir.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export type Outcome = 'old' | 'new' | 'none' | 'mixed';

export interface Trial {
  kind: 'full' | 'incremental';
  killedAfterMs: number;
  /** True when the build ended by itself before the kill. */
  finished: boolean;
  outcome: Outcome;
  /** Files that differ from both sites, for a mixed outcome. */
  strays: string[];
}

type Tree = Map<string, string>;

/** Every file under `dir` (through the output link) with a hash of its bytes; undefined when there is no output. */
export async function treeOf(dir: string): Promise<Tree | undefined> {
  if (!existsSync(dir)) return undefined;
  const tree: Tree = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree.set(path.slice(dir.length + 1), createHash('sha1').update(await readFile(path)).digest('hex'));
  }
  return tree;
}

export function sameTree(a: Tree | undefined, b: Tree | undefined): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && [...a].every(([path, hash]) => b.get(path) === hash);
}

/** Runs a build; `killAfterMs` sends SIGKILL that long after the start. */
export function runBuild(content: string, out: string, cache: string, killAfterMs?: number): Promise<{ finished: boolean; ms: number; stderr: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, npmScriptArgs('build', ['--quiet', '--content', content, '--out', out, '--cache', cache]), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') fail(new Error(`build failed (${code}): ${stderr}`));
      else done({ finished: code === 0, ms: performance.now() - started, stderr });
    });
  });
}

const articleCount = 40;
const articleFile = (i: number) => `articles/berita-${i}.md`;
const articleText = (i: number, edited = false) =>
  article({ title: `"Berita uji ${i}${edited ? ' (diperbarui)' : ''}"`, date: `2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}` }, `Isi berita ${i} tentang kerja sama Rusia dan Indonesia.`);

/** The two versions of the content: `useVersion(1)` adds a newest article, edits one and deletes one; `useVersion(0)` undoes it. */
async function twoVersions(): Promise<{ content: string; useVersion: (version: 0 | 1) => Promise<void> }> {
  const content = await makeContent(Object.fromEntries(Array.from({ length: articleCount }, (_, i) => [articleFile(i), articleText(i)])));
  return {
    content,
    async useVersion(version) {
      if (version === 1) {
        await writeFile(join(content, 'articles/berita-baru.md'), article({ title: '"Berita paling baru"', date: '2020-01-01' }, 'Isi berita baru.'));
        await writeFile(join(content, articleFile(5)), articleText(5, true));
        await rm(join(content, articleFile(7)), { force: true });
      } else {
        await rm(join(content, 'articles/berita-baru.md'), { force: true });
        await writeFile(join(content, articleFile(5)), articleText(5));
        await writeFile(join(content, articleFile(7)), articleText(7));
      }
    },
  };
}

export interface KillLoop {
  out: string;
  trials: Trial[];
  /** Builds the current content to the end and returns whether the output equals a clean build of it. */
  finish(): Promise<boolean>;
  /** What is in the output's store besides the two copies, their record and the marker. */
  leftovers(): Promise<string[]>;
}

/** Runs `kills` killed builds (alternately full and incremental); `onTrial` sees each as it ends. */
export async function killBuilds(kills: number, onTrial: (trial: Trial, index: number) => void = () => {}): Promise<KillLoop> {
  const work = await tempDir('arsip-kill-');
  const { content, useVersion } = await twoVersions();
  const out = join(work, 'site');
  const cache = join(work, 'cache');
  // Clean builds of both versions, each with a fresh output and cache: what "old" and "new" must equal.
  const reference: Tree[] = [];
  const fullMs: number[] = [];
  for (const version of [0, 1] as const) {
    await useVersion(version);
    const clean = join(work, `clean-${version}`);
    fullMs.push((await runBuild(content, clean, `${clean}-cache`)).ms);
    reference.push((await treeOf(clean))!);
  }
  // The output starts as version 0; an uninterrupted incremental build sets the range of kill times.
  await useVersion(0);
  await runBuild(content, out, cache);
  await useVersion(1);
  // How long uninterrupted builds of each kind take, kept up to date from the builds that end before their kill:
  // the machine's load changes, and a kill after the end tests nothing.
  const recent = { full: fullMs, incremental: [(await runBuild(content, out, cache)).ms] };
  const span = (kind: Trial['kind']) => recent[kind].slice(-5).sort((a, b) => a - b)[Math.floor(Math.min(5, recent[kind].length) / 2)]!;
  let version: 0 | 1 = 1;

  const trials: Trial[] = [];
  for (let i = 0; i < kills; i++) {
    const kind = i % 2 === 0 ? 'full' : 'incremental';
    const before = await treeOf(out);
    const old: 0 | 1 | undefined = sameTree(before, reference[version]) ? version : sameTree(before, reference[1 - version]) ? ((1 - version) as 0 | 1) : undefined;
    // Build towards the version the output does not hold (or either, after a kill left no output).
    const target: 0 | 1 = old === undefined ? version : old === 0 ? 1 : 0;
    await useVersion(target);
    version = target;
    if (kind === 'full') await unlink(`${out}.arsip/state.json`).catch(() => {});
    // Every other kill lands in the last third of a build, where the standby is updated and switched to.
    const killedAfterMs = Math.round(span(kind) * (i % 4 < 2 ? Math.random() : 0.67 + Math.random() / 3));
    const { finished, ms } = await runBuild(content, out, cache, killedAfterMs);
    if (finished) recent[kind].push(ms);
    const after = await treeOf(out);
    let outcome: Outcome;
    if (sameTree(after, reference[target])) outcome = 'new';
    else if (old !== undefined && sameTree(after, reference[old])) outcome = 'old';
    else if (!after && !before) outcome = 'none';
    else outcome = 'mixed';
    if (finished && outcome !== 'new') outcome = 'mixed'; // a build that ended by itself must have left the new site
    const strays = outcome === 'mixed' && after ? [...after].filter(([path, hash]) => reference.every((tree) => tree.get(path) !== hash)).map(([path]) => path) : [];
    const trial = { kind, killedAfterMs, finished, outcome, strays } satisfies Trial;
    trials.push(trial);
    onTrial(trial, i);
  }

  return {
    out,
    trials,
    async finish() {
      await runBuild(content, out, cache);
      return sameTree(await treeOf(out), reference[version]);
    },
    async leftovers() {
      const known = new Set(['.arsip-output', 'state.json', 'a', 'b']);
      return (await readdir(`${out}.arsip`)).filter((name) => !known.has(name));
    },
  };
}
