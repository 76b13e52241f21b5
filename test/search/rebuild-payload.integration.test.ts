/**
 * A rebuild after a new newest article leaves the search payload's unchanged files in place: the older articles'
 * fragments are the same files as before (not written again), and the site's payload is the one a clean build writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { siteTree } from '../helpers/site-tree.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const build = (content: string, out: string, cache: string) =>
  run(process.execPath, npmScriptArgs('build', ['--content', content, '--out', out, '--cache', cache, '--quiet']), { cwd: ROOT });

const files = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `articles/berita-${i}.md`,
    article({ title: `"Berita uji nomor ${i}"`, date: `2018-03-${String(1 + i).padStart(2, '0')}` }, `Isi berita nomor ${i} tentang pemberantasan terorisme oleh Rusia dan Indonesia.`),
  ]),
);

const searchFiles = async (site: string) => new Map([...(await siteTree(site))].filter(([path]) => path.startsWith('search/')));

test('older fragments are kept as they are, and the payload equals a clean build', { timeout: 180_000 }, async () => {
  const work = await tempDir('arsip-rebuild-payload-');
  const content = await makeContent(files);
  const [out, cache] = [join(work, 'site'), join(work, 'cache')];
  await build(content, out, cache);
  // A second build with nothing changed takes the site's files over into its other copy.
  await build(content, out, cache);
  const fragments = Array.from({ length: 12 }, (_, n) => join(out, 'search/d/0', `${n}.json`));
  const before = await Promise.all(fragments.map((file) => stat(file)));

  await writeFile(join(content, 'articles/berita-baru.md'), article({ title: '"Berita paling baru"', date: '2018-04-01' }, 'Kunjungan menteri pertahanan ke Moskow.'));
  await build(content, out, cache);
  const after = await Promise.all(fragments.map((file) => stat(file)));
  after.forEach((info, n) => assert.equal(info.ino, before[n]!.ino, `fragment ${n} is the same file`));
  assert.ok((await stat(join(out, 'search/d/0/12.json'))).isFile(), 'the new article has its fragment');

  const clean = join(work, 'clean');
  await build(content, clean, join(work, 'clean-cache'));
  const [rebuilt, expected] = await Promise.all([searchFiles(out), searchFiles(clean)]);
  assert.deepEqual([...rebuilt.keys()].sort(), [...expected.keys()].sort());
  for (const [path, text] of expected) assert.equal(rebuilt.get(path), text, path);
});
