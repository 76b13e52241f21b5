/**
 * Hostile values from front-matter and the registry (fixture PAYLOAD in titles,
 * names, labels, summaries, authors, URLs) come out escaped in every output:
 * HTML text and attributes, links, JSON-LD, feeds and the sitemap.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sharedFixtureSite } from './build-site.ts';
import { PAYLOAD } from './fixture-archive.ts';
import { jsonLdBlocks, listFiles, parseAtom, xmlErrors } from './site-checks.ts';

let out: string;
let outputs: Map<string, string>;

before(async () => {
  out = await sharedFixtureSite();
  const files = (await listFiles(out)).filter((file) => /\.(html|xml|json|txt)$/.test(file) && !file.startsWith('search/'));
  outputs = new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(out, file), 'utf8')] as const)));
});

const HOSTILE_PAGES = [
  'artikel/2018-06-01-artikel-berbahaya/index.html',
  'topik/hostile-topic/index.html',
  'aktor/hostile-actor/index.html',
  'sumber/hostile-source/index.html',
];

test('the payload never appears as markup in any HTML page', () => {
  for (const [file, html] of outputs) {
    if (!file.endsWith('.html')) continue;
    assert.ok(!html.includes('<img src=x'), `${file}: raw <img>`);
    assert.ok(!html.includes('<script>alert'), `${file}: raw <script>`);
    assert.ok(!/onerror=alert\(1\)>(?!&)/.test(html.replace(/&gt;/g, '')) || !html.includes('onerror=alert(1)>'), `${file}: raw onerror`);
    assert.ok(!/\shref="\s*javascript:/i.test(html), `${file}: javascript: link`);
    assert.ok(!html.includes('<!--'), `${file}: payload opened a comment`);
  }
  for (const file of HOSTILE_PAGES) {
    assert.ok(outputs.get(file)!.includes('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;'), `${file} shows the payload as text`);
  }
});

test('attributes carry the payload escaped (title, description, Open Graph)', () => {
  const html = outputs.get('artikel/2018-06-01-artikel-berbahaya/index.html')!;
  const escaped = PAYLOAD.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  assert.ok(html.includes(`<meta property="og:title" content="Judul ${escaped}">`));
  assert.ok(html.includes(`<meta name="description" content="Ringkasan ${escaped}">`));
  assert.ok(html.includes(`<h1 lang="id">Judul ${escaped}</h1>`));
});

test('javascript: URLs from content are not linked (source original, source homepage)', () => {
  const article = outputs.get('artikel/2018-06-01-artikel-berbahaya/index.html')!;
  assert.ok(!article.includes('Baca artikel asli'));
  assert.ok(!/javascript:/i.test(article.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')));
  const source = outputs.get('sumber/hostile-source/index.html')!;
  assert.ok(!source.includes('javascript:'));
  assert.ok(!source.includes('rel="external noopener">Situs web'));
});

test('JSON-LD stays one valid script whose values round-trip', () => {
  const html = outputs.get('artikel/2018-06-01-artikel-berbahaya/index.html')!;
  assert.deepEqual(html.match(/<script\b[^>]*>/g), ['<script type="application/ld+json">', '<script src="/assets/permalink.js" defer>'], 'only the JSON-LD and permalink scripts (the payload added none)');
  const [ld] = jsonLdBlocks(html) as [Record<string, unknown>];
  assert.equal(ld.headline, `Judul ${PAYLOAD}`);
  assert.equal((ld.author as { name: string }).name, `Penulis ${PAYLOAD}`);
  assert.equal(ld.isBasedOn, undefined);
});

test('feeds stay well-formed and carry the payload as text', async () => {
  for (const file of ['feed.xml', 'topik/hostile-topic/feed.xml', 'aktor/hostile-actor/feed.xml']) {
    const xml = outputs.get(file)!;
    assert.deepEqual(await xmlErrors(xml, file), [], file);
    const feed = await parseAtom(xml);
    assert.ok(feed.items.some((item) => item.title === `Judul ${PAYLOAD}`), `${file}: title round-trips`);
  }
  assert.equal((await parseAtom(outputs.get('aktor/hostile-actor/feed.xml')!)).title, `Aktor ${PAYLOAD} — Arsip Berita`);
  const json = JSON.parse(outputs.get('topik/hostile-topic/feed.json')!);
  assert.equal(json.items[0].title, `Judul ${PAYLOAD}`);
  assert.equal(json.items[0].external_url, undefined, 'javascript: URL dropped');
  assert.ok(!outputs.get('feed.xml')!.includes('javascript:'));
});
