/** The writer thread of a full build: pages arrive in batches, in order, byte for byte, and never outside the folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { handPagesTo, PageWriter } from '../../src/output/page-writer.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('every page is written to its folder with its exact text, however many batches it takes', async () => {
  const folder = await tempDir('arsip-writer-');
  const writer = new PageWriter(folder);
  const pages = Array.from({ length: 1000 }, (_, i) => ({
    path: join(folder, 'artikel', `a-${i}`, 'index.html'),
    // Non-ASCII and sizes that vary, so that byte offsets differ from string lengths and buffers come back too small.
    content: `<h1>Kerja sama “kontraterorisme” №${i}</h1>${'é'.repeat(i * 7)}`,
  }));
  for (const { path, content } of pages) await writer.write(path, content);
  await writer.write(join(folder, 'index.html'), 'beranda');
  const large = `<urlset>${'<url>ž</url>'.repeat(500_000)}</urlset>`; // past a shared buffer's 4 MB, like a large sitemap
  await writer.write(join(folder, 'sitemap.xml'), large);
  await writer.close();
  assert.equal(readFileSync(join(folder, 'sitemap.xml'), 'utf8'), large);
  for (const { path, content } of pages) assert.equal(readFileSync(path, 'utf8'), content);
  assert.equal(readFileSync(join(folder, 'index.html'), 'utf8'), 'beranda');
});

test("pages handed over all at once, as Eleventy's transforms do, are every one written", { timeout: 30_000 }, async () => {
  const folder = await tempDir('arsip-writer-');
  const writer = new PageWriter(folder);
  // 48 MB: the four shared buffers fill three times over while writes wait for one to come back.
  const pages = Array.from({ length: 1200 }, (_, i) => ({ path: join(folder, `p-${i}.html`), content: `${i}:${'x'.repeat(40_000)}` }));
  await Promise.all(pages.map(({ path, content }) => writer.write(path, content)));
  await writer.close();
  const missing = pages.filter(({ path, content }) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
  assert.deepEqual(missing.map(({ path }) => path), []);
});

test('a page path outside the folder is refused before anything is sent', async () => {
  const folder = await tempDir('arsip-writer-');
  const writer = new PageWriter(join(folder, 'site'));
  await assert.rejects(writer.write(join(folder, 'elsewhere.html'), 'x'), /outside the output folder/);
  await writer.close();
  assert.equal(existsSync(join(folder, 'elsewhere.html')), false);
});

test('a page that cannot be written fails the build, naming the error', async () => {
  const folder = await tempDir('arsip-writer-');
  mkdirSync(join(folder, 'artikel'), { recursive: true });
  writeFileSync(join(folder, 'artikel', 'a'), 'a file where a folder must go');
  const writer = new PageWriter(folder);
  await writer.write(join(folder, 'artikel', 'a', 'index.html'), 'x');
  await assert.rejects(writer.close(), /could not write a page: .*(EEXIST|ENOTDIR)/);
});

test('a page handed to the writer leaves Eleventy nothing to keep until the build ends', async () => {
  const folder = await tempDir('arsip-writer-');
  const writer = new PageWriter(folder);
  type Transform = (this: { page: { outputPath: string | false } }, content: string) => Promise<string>;
  let transform: Transform | undefined;
  const config = {
    benchmarkManager: { get: () => ({ setIsVerbose: () => {} }) },
    addPlugin: (plugin: (config: EleventyConfig) => void) => plugin(config as unknown as EleventyConfig),
    addTransform: (_name: string, added: Transform) => (transform = added),
  };
  handPagesTo(writer)(config as unknown as EleventyConfig);
  const page = join(folder, 'artikel', 'a', 'index.html');
  const kept = await transform!.call({ page: { outputPath: page } }, '<h1>halaman</h1>');
  const notAPage = await transform!.call({ page: { outputPath: false } }, 'not written');
  await writer.close();
  assert.equal(kept, '');
  assert.equal(notAPage, 'not written');
  assert.equal(readFileSync(page, 'utf8'), '<h1>halaman</h1>');
});
