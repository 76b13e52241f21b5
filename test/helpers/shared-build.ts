/**
 * Fixture sites built once and shared by every test (in any test file) that only reads them: the first caller builds,
 * callers in other test processes wait on a lock and then read the same folder.
 *
 * A shared site is kept under `$TMPDIR/arsip-test-sites/` (the build refuses to write inside the project or its
 * `node_modules`), named by a hash of its name, its inputs and
 * every file a build could depend on (sources, templates, public files, content, installed packages, and the tests
 * and helpers that describe fixtures), so it is rebuilt whenever any of them changes and is never stale: like the
 * build's own caches, it can make a test run faster, never different. Sites unused for a day are deleted.
 *
 * The folder is shared: tests must not write into it (copy it first, see `copyOfSharedBuild`).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CACHE = join(tmpdir(), 'arsip-test-sites');
const INPUTS = ['src', 'templates', 'public', 'content', 'test', '.eleventy.ts', 'tsconfig.json', 'package.json', 'node_modules/.package-lock.json'];
const UNUSED_FOR_MS = 24 * 3600 * 1000;
/** A lock whose owner left no process id this long after taking it was left by a process that died at once. */
const ORPHAN_LOCK_MS = 10_000;

let inputsHash: Promise<string> | undefined;

/** One hash over every file the shared sites are made from (computed once per test process). */
function hashOfInputs(): Promise<string> {
  inputsHash ??= (async () => {
    const hash = createHash('sha256');
    for (const input of INPUTS) {
      const path = join(ROOT, input);
      if (!existsSync(path)) continue;
      const files = (await stat(path)).isDirectory()
        ? (await readdir(path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
        : [path];
      for (const file of files) hash.update(`${file.slice(ROOT.length)}\0`).update(await readFile(file)).update('\0');
    }
    return hash.digest('hex');
  })();
  return inputsHash;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Runs `work` holding the lock folder `lock` (made atomically by mkdir); a lock left by a dead process is taken over. */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
    const orphaned = owner ? !alive(owner) : Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now()) > ORPHAN_LOCK_MS;
    if (orphaned) await rm(lock, { recursive: true, force: true });
    else await new Promise((ok) => setTimeout(ok, 100));
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid));
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Deletes the shared sites nobody used for a day (never the one being asked for, never one being built) and what
 * failed builds of processes that have ended left.
 */
async function pruneUnused(keep: string): Promise<void> {
  for (const name of await readdir(CACHE).catch(() => [] as string[])) {
    const builder = /\.partial-(\d+)$/.exec(name)?.[1];
    if (builder) {
      if (!alive(Number(builder))) await rm(join(CACHE, name), { recursive: true, force: true });
      continue;
    }
    if (name === keep || name.endsWith('.lock') || existsSync(join(CACHE, `${name}.lock`))) continue;
    const used = (await stat(join(CACHE, name)).catch(() => undefined))?.mtimeMs ?? Date.now();
    if (Date.now() - used > UNUSED_FOR_MS) await rm(join(CACHE, name), { recursive: true, force: true });
  }
}

/**
 * The folder `build` filled for `name` and `inputs` (anything JSON can hold that, besides the project's files, decides
 * what is built), building it only if no test built it yet. `build` gets an empty folder to write into.
 */
export async function sharedBuild(name: string, inputs: unknown, build: (dir: string) => Promise<void>): Promise<string> {
  // Site settings can also come from SITE_* variables (src/site/settings.ts).
  const settings = Object.entries(process.env).filter(([variable]) => variable.startsWith('SITE_')).sort();
  const key = `${name}-${createHash('sha256').update(JSON.stringify([name, inputs, settings, await hashOfInputs()])).digest('hex').slice(0, 16)}`;
  const dir = join(CACHE, key);
  await mkdir(CACHE, { recursive: true });
  if (!existsSync(dir)) {
    await withLock(`${dir}.lock`, async () => {
      if (existsSync(dir)) return;
      // A failed build's folder stays until this process has ended (a build may still be writing into it then).
      const partial = `${dir}.partial-${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial);
      await build(partial);
      await rename(partial, dir);
    });
    await pruneUnused(key);
  }
  const now = new Date();
  await utimes(dir, now, now);
  return dir;
}

/** A private copy of a shared site, for a test that changes it. */
export async function copyOfSharedBuild(shared: string, prefix: string): Promise<string> {
  const copy = await tempDir(prefix);
  await cp(shared, copy, { recursive: true, verbatimSymlinks: true });
  return copy;
}
