import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBodies } from '../../src/content/render-pool.ts';
import { bodySource, renderKey, renderMarkdown } from '../../src/content/render.ts';

const bodies = Array.from({ length: 450 }, (_, i) => `Paragraf **${i}** tentang Rusia.\n\n- butir ${i}\n\n<script>x()</script>`);

test('rendering in worker threads gives the same output, in order, as rendering inline', async () => {
  const viaWorkers = await renderBodies(bodies.map(bodySource));
  assert.equal(viaWorkers.length, bodies.length);
  viaWorkers.forEach((rendered, i) => assert.deepEqual(rendered, renderMarkdown(bodies[i]!)));
});

test('rendered bodies are cached by content hash and reused', async () => {
  const cacheDir = await mkdtemp(join(tmpdir(), 'arsip-cache-'));
  const first = await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  assert.match(first[0]!.html, /<strong>dunia<\/strong>/);
  const [shard] = await readdir(cacheDir);
  const key = renderKey('Halo **dunia**.');
  assert.equal(shard, `${key.slice(0, 2)}.json`);

  // Tamper with the cached entry: a second render must come from the cache, not from remark.
  const entries = JSON.parse(await readFile(join(cacheDir, shard!), 'utf8'));
  entries[key].html = '<p>from cache</p>';
  await writeFile(join(cacheDir, shard!), JSON.stringify(entries));
  const second = await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  assert.equal(second[0]!.html, '<p>from cache</p>');
  const other = await renderBodies([bodySource('Halo **dunia**!')], cacheDir);
  assert.match(other[0]!.html, /<strong>dunia<\/strong>!/);
});

test('a body whose render is cached is not asked for its Markdown', async () => {
  const cacheDir = await mkdtemp(join(tmpdir(), 'arsip-cache-'));
  await renderBodies([bodySource('Halo **dunia**.')], cacheDir);
  const unread = { key: renderKey('Halo **dunia**.'), markdown: () => assert.fail('the Markdown was read') };
  const [cached] = await renderBodies([unread], cacheDir);
  assert.match(cached!.html, /<strong>dunia<\/strong>/);
});
