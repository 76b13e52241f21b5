import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BodyRenderer } from '../../src/workers/render-pool.ts';
import { bodySource, renderKey, type BodySource } from '../../src/cache/render-key.ts';
import { renderMarkdown, renderWithRemark, type RenderedBody } from '../../src/content/render.ts';
import { shardFile } from '../../src/cache/render-cache.ts';
import { RENDERER_VERSION } from '../../src/cache/render-key.ts';
import { decodeEntry, encodeEntry } from '../../src/cache/store.mjs';
import { tempDir } from '../helpers/temp-dir.ts';
import { withWarnings } from '../helpers/warnings.ts';

/** Hands every body to a renderer and collects them, as the loader does. */
function renderBodies(sources: BodySource[], cacheDir?: string): Promise<RenderedBody[]> {
  const renderer = new BodyRenderer(cacheDir);
  for (const source of sources) renderer.add(source);
  return renderer.finish();
}

/** Open message ports: one per running worker thread. */
const workerPorts = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;

/** Enough bodies for the renderer to start workers (its threshold is 400 uncached bodies that need remark). */
const COUNT = 450;
const bodyOf = (n: string) => `Paragraf **${n}** tentang Rusia.\n\n- butir ${n}\n\n<script>x()</script>`;
const bodies = Array.from({ length: COUNT }, (_, i) => bodyOf(String(i)));

/**
 * What `render` makes of each of `COUNT` bodies made by `template` from their number. The bodies differ only in a
 * number that is a word of plain text, so the render of the template with a placeholder word, the placeholder
 * replaced, is each body's render; rendering every body again would only repeat remark's work. That this holds is
 * checked on a spread of bodies rendered for real.
 */
function expectedRenders(template: (n: string) => string, render: (markdown: string) => RenderedBody): RenderedBody[] {
  const model = render(template('NOMOR'));
  const fill = (field: string, i: number) => field.replaceAll('NOMOR', String(i));
  const expected = Array.from({ length: COUNT }, (_, i) => ({ ...model, html: fill(model.html, i), text: fill(model.text, i), opening: fill(model.opening, i) }));
  for (const i of [0, 7, 10, 99, 100, 101, 250, COUNT - 1]) assert.deepEqual(expected[i], render(template(String(i))), `body ${i}`);
  return expected;
}

test('rendering in worker threads gives the same output, in order, as rendering inline', async () => {
  const viaWorkers = await renderBodies(bodies.map(bodySource));
  assert.equal(viaWorkers.length, bodies.length);
  const expected = expectedRenders(bodyOf, renderMarkdown);
  viaWorkers.forEach((rendered, i) => assert.deepEqual(rendered, expected[i], `body ${i}`));
});

test('a renderer stopped before finishing ends its workers', async () => {
  const before = workerPorts();
  const renderer = new BodyRenderer();
  for (const body of bodies) renderer.add(bodySource(body));
  assert.ok(workerPorts() > before, 'enough uncached bodies start workers while bodies are still being added');
  await renderer.stop();
  assert.equal(workerPorts(), before);
});

test('plain prose is rendered without a worker, as remark renders it', async () => {
  const before = workerPorts();
  const renderer = new BodyRenderer();
  const proseOf = (n: string) => `Paragraf ${n} tentang Rusia.\n\nParagraf kedua, "kutipan" & angka 50-60%.`;
  for (let i = 0; i < COUNT; i++) renderer.add(bodySource(proseOf(String(i))));
  assert.equal(workerPorts(), before, 'no worker started');
  const rendered = await renderer.finish();
  const expected = expectedRenders(proseOf, renderWithRemark);
  rendered.forEach((body, i) => assert.deepEqual(body, expected[i], `body ${i}`));
});

test('the Markdown news commonly uses is rendered without a worker, as remark renders it', async () => {
  const before = workerPorts();
  const renderer = new BodyRenderer();
  const markdownOf = (n: string) => `## Subjudul ${n}\n\nParagraf **tebal** dan [tautan](https://contoh.id/${n}).\n\n> Kutipan.\n\n- satu\n- dua`;
  for (let i = 0; i < COUNT; i++) renderer.add(bodySource(markdownOf(String(i))));
  assert.equal(workerPorts(), before, 'no worker started');
  const rendered = await renderer.finish();
  const expected = expectedRenders(markdownOf, renderWithRemark);
  rendered.forEach((body, i) => assert.deepEqual(body, expected[i], `body ${i}`));
});

test('rendered bodies are cached by content hash and reused', async () => {
  const cacheDir = await tempDir('arsip-cache-');
  const first = await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  assert.match(first[0]!.html, /<strong>dunia<\/strong>/);
  const key = renderKey('Halo **dunia**.');
  const shard = shardFile(cacheDir, key.slice(0, 2));
  assert.deepEqual((await readdir(dirname(shard))).filter((name) => name.endsWith('.v8')), [basename(shard)]);

  // Replace the cached entry by another valid one: a second render must come from the cache, not from remark.
  const entry = decodeEntry(await readFile(shard), 'render cache', RENDERER_VERSION);
  assert.ok('payload' in entry);
  const entries = deserialize(entry.payload) as Map<string, RenderedBody>;
  entries.get(key)!.html = '<p>from cache</p>';
  await writeFile(shard, encodeEntry('render cache', RENDERER_VERSION, serialize(entries)));
  const second = await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  assert.equal(second[0]!.html, '<p>from cache</p>');
  const other = await renderBodies([bodySource('Halo **dunia**!')], cacheDir);
  assert.match(other[0]!.html, /<strong>dunia<\/strong>!/);
});

test('a torn cache shard is rendered again and replaced', async () => {
  const cacheDir = await tempDir('arsip-cache-');
  await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  const shard = shardFile(cacheDir, renderKey('Halo **dunia**.').slice(0, 2));
  const whole = await readFile(shard);
  await writeFile(shard, whole.subarray(0, whole.length / 2));
  const { result: [again], warnings } = await withWarnings(() => renderBodies([bodySource('Halo **dunia**.')], cacheDir));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^warning: render cache: dropped the damaged entry /);
  assert.deepEqual(again, renderMarkdown('Halo **dunia**.'));
  assert.deepEqual(await readFile(shard), whole);
});

test('a body whose render is cached is not asked for its Markdown', async () => {
  const cacheDir = await tempDir('arsip-cache-');
  await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  const unread = { key: renderKey('Halo **dunia**.'), markdown: () => assert.fail('the Markdown was read') };
  const [cached] = await renderBodies([unread], cacheDir);
  assert.match(cached!.html, /<strong>dunia<\/strong>/);
});

test('a shard of another renderer version is dropped; writing the cache prunes only its own folder', async () => {
  const cacheDir = await tempDir('arsip-cache-');
  await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  const shard = shardFile(cacheDir, renderKey('Halo **dunia**.').slice(0, 2));
  const older = new Map([[renderKey('Halo **dunia**.'), { html: '<p>older renderer</p>', text: 'older renderer' }]]);
  await writeFile(shard, encodeEntry('render cache', 'an older renderer', serialize(older)));
  await writeFile(join(dirname(shard), 'left-over.json'), '{}');
  await mkdir(join(cacheDir, 'parsed'), { recursive: true });
  await writeFile(join(cacheDir, 'parsed', 'articles.json'), '{}');
  const [again] = await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  assert.deepEqual(again, renderMarkdown('Halo **dunia**.'));
  assert.deepEqual((await readdir(dirname(shard))).sort(), ['CACHEDIR.TAG', basename(shard)].sort());
  assert.deepEqual(await readdir(join(cacheDir, 'parsed')), ['articles.json']);
});
