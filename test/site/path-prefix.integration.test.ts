/**
 * A build for hosting in a subfolder with the English interface: every link
 * carries the prefix and resolves when served there; absolute URLs include it;
 * the interface strings and dates switch language, article bodies stay `id`.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, TEST_BASE_URL } from './build-site.ts';
import { fixtureArchive } from './fixture-archive.ts';
import { checkLinks, htmlProblems, listFiles, validateSitemap } from './site-checks.ts';

const PREFIX = '/arsip/berita/';
let out: string;
const read = (path: string) => readFile(join(out, path), 'utf8');

before(async () => {
  out = await buildSite(fixtureArchive(), { SITE_PATH_PREFIX: PREFIX, SITE_LANGUAGE: 'en' });
});

test('every root-relative URL in the HTML carries the path prefix', async () => {
  const files = (await listFiles(out)).filter((file) => file.endsWith('.html'));
  for (const file of files) {
    const html = await read(file);
    const urls = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
    const outside = urls.filter((url) => !url.startsWith(PREFIX));
    assert.deepEqual(outside, [], file);
  }
});

test('links resolve when the site is served from the subfolder', async () => {
  const { checked, broken } = await checkLinks(out, PREFIX);
  assert.deepEqual(broken, []);
  assert.ok(checked.includes(`${PREFIX}linimasa/2017/`));
  assert.ok(checked.includes(`${PREFIX}artikel/2017-02-01-pagi-di-jakarta/`));
});

test('absolute URLs in canonical links, feeds and the sitemap include the prefix', async () => {
  const base = `${TEST_BASE_URL}${PREFIX}`;
  const article = await read('artikel/2017-02-01-pagi-di-jakarta/index.html');
  assert.match(article, new RegExp(`<link rel="canonical" href="${base}artikel/2017-02-01-pagi-di-jakarta/">`));
  const atom = await read('feed.xml');
  assert.match(atom, new RegExp(`<link rel="self" type="application/atom\\+xml" href="${base}feed.xml"/>`));
  assert.match(atom, new RegExp(`<id>${base}artikel/`));
  const json = JSON.parse(await read('aktor/rusia/feed.json'));
  assert.equal(json.feed_url, `${base}aktor/rusia/feed.json`);
  const sitemap = await read('sitemap.xml');
  assert.deepEqual(await validateSitemap(sitemap), []);
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.ok(locs.length > 10 && locs.every((loc) => loc.startsWith(base)));
  assert.match(await read('robots.txt'), new RegExp(`Sitemap: ${base}sitemap.xml`));
});

test('the English interface: strings, dates, html lang; article bodies stay Indonesian', async () => {
  const home = await read('index.html');
  assert.match(home, /<html lang="en">/);
  assert.match(home, />Latest articles</);
  assert.match(home, />Topics</);
  assert.match(home, />Skip to content</);
  const article = await read('artikel/2017-02-01-pagi-di-jakarta/index.html');
  assert.match(article, /<time datetime="2017-02-01T05:00:00\+07:00">February 1, 2017<\/time>/);
  assert.match(article, /<div class="prose" lang="id">/);
  assert.match(article, /<meta property="og:locale" content="en_US">/);
  assert.match(await read('topik/kontraterorisme/index.html'), /<h1>Counter-terrorism<\/h1>/);
  assert.match(await read('linimasa/2017/index.html'), /<a href="\/arsip\/berita\/linimasa\/2017\/02\/">February 2017<\/a> <span class="count">2 articles<\/span>/);
});

test('the English build is valid HTML too', async () => {
  assert.deepEqual(await htmlProblems(out), []);
});
