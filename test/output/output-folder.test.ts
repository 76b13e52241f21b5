/** Putting an incremental build's output in place: pages written over their files, the staging folder's files, deletions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replacePage, updateOutput } from '../../src/output/output-folder.ts';
import { siteTree } from '../helpers/site-tree.ts';
import { tempDir } from '../helpers/temp-dir.ts';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

test('rendered pages replace their files, staging files move in, pages no longer built are deleted', async () => {
  const work = await tempDir('arsip-output-');
  const [out, staging] = [join(work, 'site'), join(work, 'site.building')];
  const previous = { 'artikel/a/index.html': 'a v1', 'artikel/b/index.html': 'b v1', 'artikel/gone/index.html': 'gone', 'search/head.json': 'v1' };
  writeTree(out, previous);
  writeTree(staging, { 'search/head.json': 'v2', 'assets/site.css': 'css' });
  const inodeOfA = statSync(join(out, 'artikel/a/index.html')).ino;

  const pages = [replacePage(out, staging, join(staging, 'artikel/a/index.html'), 'a v2'), replacePage(out, staging, join(staging, 'artikel/new/index.html'), 'new')];
  assert.deepEqual(pages, ['artikel/a/index.html', 'artikel/new/index.html']);
  const { files, changes } = updateOutput(staging, out, Object.keys(previous), ['artikel/b/index.html'], pages);

  assert.deepEqual(Object.fromEntries(await siteTree(out)), {
    'artikel/a/index.html': 'a v2',
    'artikel/b/index.html': 'b v1',
    'artikel/new/index.html': 'new',
    'assets/site.css': 'css',
    'search/head.json': 'v2',
  });
  assert.deepEqual([...files].sort(), [...(await siteTree(out)).keys()].sort());
  assert.deepEqual([...changes.written].sort(), ['artikel/a/index.html', 'artikel/new/index.html', 'assets/site.css', 'search/head.json'], 'what the other copy must catch up on');
  assert.deepEqual(changes.removed, ['artikel/gone/index.html']);
  assert.notEqual(statSync(join(out, 'artikel/a/index.html')).ino, inodeOfA, 'a new file renamed over the old one, never written into');
  assert.ok(!existsSync(join(out, 'artikel/gone')), "a deleted page's folder goes too");
  assert.ok(!existsSync(staging));
});

test('a page outside the output folder is refused, and nothing is written', async () => {
  const work = await tempDir('arsip-output-');
  const [out, staging] = [join(work, 'site'), join(work, 'site.building')];
  writeTree(out, { 'index.html': 'home v1' });
  writeTree(staging, { 'search/head.json': 'v2' });
  for (const outside of [join(work, 'elsewhere.html'), staging, join(staging, '..', 'site', 'index.html')]) {
    assert.throws(() => replacePage(out, staging, outside, 'escaped'), /outside the output folder/);
  }
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'home v1');
  assert.ok(!existsSync(join(work, 'elsewhere.html')));
});
