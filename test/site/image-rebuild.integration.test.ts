/** An incremental build after a picture's file changed (its article's text did not): the page links the new copies. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { png } from '../helpers/image-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

test('replacing an image file re-renders its article page, whose srcset names files that exist', async () => {
  const content = await makeContent({ 'articles/2017-08-09-foto.md': article({ image: '{ src: foto.png, alt: Foto }' }), 'articles/foto.png': await png(1200, 600) });
  const work = await tempDir('image-rebuild-');
  const [out, cache] = [join(work, 'site'), join(work, 'cache')];
  const build = () => run(process.execPath, npmScriptArgs('build', ['--quiet', '--content', content, '--out', out, '--cache', cache]), { cwd: ROOT });
  const srcset = async () => {
    const html = await readFile(join(out, 'artikel', '2017-08-09-foto', 'index.html'), 'utf8');
    return /srcset="([^"]*)"/.exec(html)![1]!.split(', ').map((entry) => entry.split(' ') as [string, string]);
  };
  await build();
  const first = await srcset();
  await writeFile(join(content, 'articles/foto.png'), await png(1000, 800));
  await build();
  const second = await srcset();
  assert.notDeepEqual(second, first);
  assert.deepEqual(second.map(([, width]) => width), ['480w', '960w', '1000w']);
  for (const [url] of second) assert.ok((await stat(join(out, url))).isFile(), url);
});
