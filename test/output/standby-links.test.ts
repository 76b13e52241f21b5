/** Making the standby copy equal to the live one on a worker thread, while the build renders. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputStore } from '../../src/output/output-store.ts';
import { linkStandbyOnWorker } from '../../src/output/standby-links.ts';
import { siteTree } from '../helpers/site-tree.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const places = { notContaining: [], notInside: [] };

async function afterFullBuild(files: Record<string, string>): Promise<{ out: string; store: OutputStore }> {
  const out = join(await tempDir('arsip-standby-'), 'site');
  const first = new OutputStore(out, places);
  const { standby } = first.prepareFull();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(standby, path)), { recursive: true });
    writeFileSync(join(standby, path), text);
  }
  first.commit({ files: Object.keys(files), pages: {} });
  rmSync(join(`${out}.arsip`, 'lock')); // each build is its own process, whose exit releases the lock
  return { out, store: new OutputStore(out, places) };
}

test('the standby made on a worker thread equals the live copy, file for file linked, once ready', { timeout: 60_000 }, async () => {
  const files = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`artikel/a-${i}/index.html`, `page ${i}`]));
  const { out, store } = await afterFullBuild({ ...files, 'index.html': 'home', 'search/d/1.json': '{}' });
  const target = store.prepareIncremental(linkStandbyOnWorker);
  await target.ready;
  const live = join(`${out}.arsip`, 'a');
  assert.deepEqual(Object.fromEntries(await siteTree(target.standby)), Object.fromEntries(await siteTree(live)));
  for (const path of ['index.html', 'artikel/a-499/index.html']) {
    assert.equal(statSync(join(target.standby, path)).ino, statSync(join(live, path)).ino, `${path} is a hard link to the live file`);
  }
});

test('a standby that cannot be linked fails the build with the reason', { timeout: 60_000 }, async () => {
  const work = await tempDir('arsip-standby-');
  const from = join(work, 'live');
  mkdirSync(join(from, 'artikel'), { recursive: true });
  writeFileSync(join(from, 'artikel', 'index.html'), 'x');
  writeFileSync(join(work, 'standby'), 'a file where the folder should be');
  await assert.rejects(linkStandbyOnWorker({ from, to: join(work, 'standby'), removed: [], linked: ['artikel/index.html'], replace: false }), /ENOTDIR|EEXIST/);
});
