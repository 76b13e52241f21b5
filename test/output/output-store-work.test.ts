/**
 * The output store's file-system work on a rebuild is what the standby needs: a standby made afresh from the live
 * copy is only linked (nothing in it is removed first), and files the build rewrote with the same bytes are neither
 * moved in nor counted as changes the other copy must catch up on.
 */
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join } from 'node:path';
import { OutputStore } from '../../src/output/output-store.ts';
import { updateOutput } from '../../src/output/output-folder.ts';
import { siteTree } from '../helpers/site-tree.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const places = { notContaining: [], notInside: [] };

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Calls of `fs.<name>` made by `run` whose first argument lies inside `folder`. */
function callsInside(folder: string, names: Array<'rmSync' | 'unlinkSync' | 'lstatSync'>, run: () => void): string[] {
  const seen: string[] = [];
  const functions = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const mocks = names.map((name) => {
    const original = functions[name]!;
    return mock.method(functions, name, (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith(`${folder}/`)) seen.push(`${name} ${args[0].slice(folder.length + 1)}`);
      return original(...args);
    });
  });
  syncBuiltinESMExports();
  try {
    run();
  } finally {
    mocks.forEach((m) => m.mock.restore());
    syncBuiltinESMExports();
  }
  return seen;
}

/** A store whose live copy holds `files`, as a full build leaves it. */
async function afterFullBuild(files: Record<string, string>): Promise<{ out: string; store: OutputStore }> {
  const out = join(await tempDir('arsip-store-work-'), 'site');
  const first = new OutputStore(out, places);
  writeTree(first.prepareFull().standby, files);
  first.commit({ files: Object.keys(files), pages: {} });
  rmSync(join(`${out}.arsip`, 'lock')); // each build is its own process, whose exit releases the lock
  return { out, store: new OutputStore(out, places) };
}

test('the first rebuild after a full build makes its standby by linking every file, removing nothing in it first', async () => {
  const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`artikel/a-${i}/index.html`, `page ${i}`]));
  const { out, store } = await afterFullBuild({ ...files, 'index.html': 'home' });
  const standby = join(`${out}.arsip`, 'b');
  let target!: ReturnType<OutputStore['prepareIncremental']>;
  const removals = callsInside(standby, ['rmSync', 'unlinkSync', 'lstatSync'], () => (target = store.prepareIncremental()));
  assert.equal(target.standby, standby);
  assert.deepEqual(removals, []);
  assert.deepEqual(Object.fromEntries(await siteTree(standby)), { ...files, 'index.html': 'home' });
  assert.equal(statSync(join(standby, 'index.html')).ino, statSync(join(`${out}.arsip`, 'a', 'index.html')).ino, 'a hard link to the live file');
});

test('staging files with the bytes the standby already holds stay out of the changes; the others move in', async () => {
  const work = await tempDir('arsip-store-work-');
  const [out, staging] = [join(work, 'site'), join(work, 'staging')];
  const previous = { 'search/d/1.json': 'same', 'search/t/2.json': 'old', 'artikel/a/index.html': 'a' };
  writeTree(out, previous);
  writeTree(staging, { 'search/d/1.json': 'same', 'search/t/2.json': 'new', 'search/t/3.json': 'added' });
  const sameInode = statSync(join(out, 'search/d/1.json')).ino;

  const { files, changes } = updateOutput(staging, out, Object.keys(previous), ['artikel/a/index.html'], []);

  assert.deepEqual(Object.fromEntries(await siteTree(out)), {
    'artikel/a/index.html': 'a',
    'search/d/1.json': 'same',
    'search/t/2.json': 'new',
    'search/t/3.json': 'added',
  });
  assert.deepEqual([...changes.written].sort(), ['search/t/2.json', 'search/t/3.json']);
  assert.deepEqual(changes.removed, []);
  assert.deepEqual([...files].sort(), ['artikel/a/index.html', 'search/d/1.json', 'search/t/2.json', 'search/t/3.json']);
  assert.equal(statSync(join(out, 'search/d/1.json')).ino, sameInode, 'the unchanged file is left as it was');
  assert.equal(readFileSync(join(out, 'search/t/2.json'), 'utf8'), 'new');
});
