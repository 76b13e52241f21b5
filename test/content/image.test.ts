/** The optional `image` of an article (issue 20): what the schema refuses, with the line and a hint, and what it keeps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rm, symlink } from 'node:fs/promises';
import { loadArchive } from '../../src/content/load.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { png } from '../helpers/image-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function load(image: string, files: Record<string, string | Uint8Array> = {}) {
  const dir = await makeContent({ 'articles/a.md': article({ image }), ...files });
  return { dir, ...(await loadArchive({ contentDir: dir })) };
}

async function errorsFor(image: string, files: Record<string, string | Uint8Array> = {}) {
  return (await load(image, files)).errors.map((e) => ({ file: e.file.replace(/^.*\//, ''), line: e.line, message: e.message, hasHint: Boolean(e.hint) }));
}

test('alt text is required: missing or empty is an error on its line, with a hint', async () => {
  assert.deepEqual(await errorsFor('{ src: https://example.org/a.jpg }'), [{ file: 'a.md', line: 7, message: 'missing required field "image.alt"', hasHint: true }]);
  const [empty] = await errorsFor('{ src: https://example.org/a.jpg, alt: " " }');
  assert.match(empty!.message, /^"image\.alt" must describe the picture/);
  assert.equal(empty!.hasHint, true);
});

test('a URL must be http(s): javascript: and data: are refused', async () => {
  for (const src of ['"javascript:alert(1)"', '"data:image/png;base64,AAAA"', '"file:///etc/passwd.jpg"']) {
    const [error] = await errorsFor(`{ src: ${src}, alt: Foto }`);
    assert.match(error!.message, /^"image\.src" must be an http:\/\/ or https:\/\/ URL, not [a-z]+:/, src);
    assert.equal(error!.line, 7);
    assert.equal(error!.hasHint, true);
  }
});

test('a local path may not climb out of content/, be absolute, or be other than an image', async () => {
  assert.match((await errorsFor('{ src: ../../etc/x.jpg, alt: Foto }'))[0]!.message, /must not climb out with "\.\."/);
  assert.match((await errorsFor('{ src: foto/../../x.jpg, alt: Foto }'))[0]!.message, /must not climb out/);
  assert.match((await errorsFor('{ src: /etc/x.jpg, alt: Foto }'))[0]!.message, /not an absolute path/);
  assert.match((await errorsFor('{ src: foto/x.svg, alt: Foto }'))[0]!.message, /must be an image file ending in \.jpg/);
});

test('a missing file, a symbolic link and a file that is no image are errors naming the file and line', async () => {
  assert.deepEqual(await errorsFor('{ src: foto/tidak-ada.jpg, alt: Foto }'), [
    { file: 'a.md', line: 7, message: '"image.src" "foto/tidak-ada.jpg" does not exist', hasHint: true },
  ]);
  assert.match((await errorsFor('{ src: foto/bukan.png, alt: Foto }', { 'foto/bukan.png': 'teks' }))[0]!.message, /is not a readable image/);
  const dir = await makeContent({ 'articles/a.md': article({ image: '{ src: foto/tautan.png, alt: Foto }' }), 'foto/asli.png': await png(4, 3) });
  await symlink(join(dir, 'foto/asli.png'), join(dir, 'foto/tautan.png'));
  const { errors } = await loadArchive({ contentDir: dir });
  assert.deepEqual(errors.map((e) => e.message), ['"image.src" "foto/tautan.png" is reached through a symbolic link, which is not followed']);
});

test('a local image is found beside the article or from content/, with its size and key', async () => {
  const bytes = await png(40, 30);
  const beside = await load('{ src: foto.png, alt: Foto Lavrov, credit: ANTARA }', { 'articles/foto.png': bytes });
  assert.deepEqual(beside.errors, []);
  const image = beside.archive.articles[0]!.image!;
  assert.equal(image.src, 'articles/foto.png');
  assert.deepEqual([image.alt, image.credit, image.file?.width, image.file?.height], ['Foto Lavrov', 'ANTARA', 40, 30]);
  assert.match(image.file!.key, /^[0-9a-f]{64}$/);
  const fromRoot = await load('{ src: gambar/foto.png, alt: Foto }', { 'gambar/foto.png': bytes });
  assert.deepEqual(fromRoot.errors, []);
  assert.equal(fromRoot.archive.articles[0]!.image!.src, 'gambar/foto.png');
});

test('a URL image is kept as it is, with no size', async () => {
  const { errors, archive } = await load('{ src: "https://example.org/a.jpg?w=1", alt: Foto }');
  assert.deepEqual(errors, []);
  assert.deepEqual(archive.articles[0]!.image, { src: 'https://example.org/a.jpg?w=1', alt: 'Foto' });
});

test('a cached parse still notices that the image file has gone', async () => {
  const dir = await makeContent({ 'articles/a.md': article({ image: '{ src: foto.png, alt: Foto }' }), 'articles/foto.png': await png(4, 3) });
  const cacheDir = await tempDir('image-cache-');
  assert.deepEqual((await loadArchive({ contentDir: dir, cacheDir })).errors, []);
  await rm(join(dir, 'articles/foto.png'));
  assert.deepEqual((await loadArchive({ contentDir: dir, cacheDir })).errors.map((e) => e.message), ['"image.src" "foto.png" does not exist']);
});
