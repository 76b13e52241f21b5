/**
 * A cache can make a build faster, never different: with the entries of every kind of cache damaged in each way
 * (cut short, one bit flipped in the middle, replaced with garbage), a build still exits 0, says so in one warning
 * line per kind, and writes a site byte-identical to a clean build's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent, REAL_CONTENT } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** Each kind of cache, by the paths of its files relative to the cache folder (or to the output's store). */
const KINDS: Record<string, (path: string) => boolean> = {
  'parse cache': (path) => path.startsWith('render/parsed/'),
  'render cache': (path) => path.startsWith('render/bodies'),
  // What the output holds and its pages' fingerprints, kept beside it (src/output/output-store.ts).
  'output record': (path) => path === 'store/state.json',
  'search terms cache': (path) => path === 'search/terms.v8',
};

const CORRUPTIONS: Record<string, (bytes: Buffer) => Buffer> = {
  truncated: (bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.6)),
  'bit flip': (bytes) => {
    const copy = Buffer.from(bytes);
    copy[copy.length >> 1]! ^= 0x02;
    return copy;
  },
  garbage: (bytes) => Buffer.from(bytes.map((_, i) => (i * 7919 + 13) % 256)),
};

// Plain prose (rendered without remark), Markdown (rendered by remark) and the real articles.
const articles = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `articles/uji-${i}.md`,
    article(
      { title: `"Berita uji ${i}"`, date: `2019-03-${String(i + 1).padStart(2, '0')}` },
      i % 2 ? `Isi berita ${i} tentang kerja sama Rusia dan Indonesia melawan terorisme.` : `## Bagian ${i}\n\nIsi **tebal** dan [tautan](https://example.org/${i}).`,
    ),
  ]),
);

interface Build {
  stderr: string;
  site: Map<string, Buffer>;
}

async function build(content: string, out: string, cache: string): Promise<Build> {
  const { stderr } = await run(process.execPath, npmScriptArgs('build', ['--content', content, '--out', out, '--cache', cache, '--quiet']), { cwd: ROOT });
  return { stderr, site: await files(out) };
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name).slice(dir.length + 1), await readFile(join(entry.parentPath, entry.name)));
  }
  return found;
}

function assertSameSite(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), 'not the same files as a clean build');
  const differing = [...expected].filter(([path, bytes]) => !actual.get(path)!.equals(bytes)).map(([path]) => path);
  assert.equal(differing.length, 0, `${differing.length} files differ from a clean build: ${differing.slice(0, 3).join(', ')}`);
}

/** Damages every file of one kind in `cache` and the store of `out`; returns how many. */
async function damage(cache: string, out: string, kind: (path: string) => boolean, corrupt: (bytes: Buffer) => Buffer): Promise<number> {
  const paths = [
    ...[...(await files(cache)).keys()].map((path) => [path, join(cache, path)]),
    ...[...(await files(`${out}.arsip`)).keys()].map((path) => [`store/${path}`, join(`${out}.arsip`, path)]),
  ].filter(([path]) => kind(path!) && !path!.endsWith('CACHEDIR.TAG'));
  for (const [, file] of paths) await writeFile(file!, corrupt(await readFile(file!)));
  return paths.length;
}

// Every kind is damaged in each trial: each warns on its own line, and a build costs seconds. The caches' own tests
// damage each kind alone (test/content, test/search, test/build).
test('damaged entries of every cache kind are rebuilt, one warning line each, and the site is byte-identical to a clean build', { timeout: 300_000 }, async () => {
  const content = await makeContent(articles);
  await cp(join(REAL_CONTENT, 'articles'), join(content, 'articles'), { recursive: true });
  const work = await tempDir('arsip-corruption-');
  // The output record is read by an incremental build only: each trial edits the site's settings after warming the
  // caches, so that every cached article and body is read back.
  const edit = (dir: string) => writeFile(join(dir, 'site.yaml'), 'title: Arsip Uji yang Diperbarui\n');
  const edited = join(work, 'edited');
  await cp(content, edited, { recursive: true });
  await edit(edited);
  const clean = await build(edited, join(work, 'clean'), join(work, 'clean-cache'));
  assert.equal(clean.stderr, '', 'a clean build warns of nothing');

  const problems: string[] = [];
  for (const [corruptionName, corrupt] of Object.entries(CORRUPTIONS)) {
    const trial = join(work, corruptionName.replace(/ /g, '-'));
    const [contentDir, out, cache] = ['content', 'site', 'cache'].map((name) => join(trial, name)) as [string, string, string];
    await cp(content, contentDir, { recursive: true });
    await build(contentDir, out, cache);
    await edit(contentDir);
    for (const [kindName, kind] of Object.entries(KINDS)) {
      assert.ok((await damage(cache, out, kind, corrupt)) > 0, `${corruptionName}: the warm cache has ${kindName} entries to damage`);
    }
    // Every trial runs, and the failures are reported together: one failing says little about the others.
    try {
      const damaged = await build(contentDir, out, cache); // rejects on a non-zero exit
      assertSameSite(damaged.site, clean.site);
      const warned = damaged.stderr.split('\n').filter(Boolean).map((line) => /^warning: ([^:]+): /.exec(line)?.[1] ?? line);
      assert.deepEqual(warned.sort(), Object.keys(KINDS).sort(), 'one warning line for each kind of cache');
    } catch (error) {
      problems.push(`${corruptionName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  assert.deepEqual(problems, []);
});
