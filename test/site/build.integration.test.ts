/**
 * Builds the fixture archive once and checks the output: every page and feed
 * exists, HTML is valid, links resolve, feeds and sitemap parse and validate.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Archive } from '../../src/content/model.ts';
import { sharedFixtureSite, TEST_BASE_URL } from './build-site.ts';
import { parseJsonFeed } from 'feedsmith';
import { fixtureArchive } from './fixture-archive.ts';
import { checkLinks, htmlProblems, jsonLdBlocks, listFiles, parseAtom, validateSitemap, xmlErrors } from './site-checks.ts';

let out: string;
let files: Set<string>;
let archive: Archive;
const read = (path: string) => readFile(join(out, path), 'utf8');
const page = (url: string) => read(`${url.replace(/^\//, '')}index.html`);

before(async () => {
  archive = fixtureArchive();
  out = await sharedFixtureSite();
  files = new Set(await listFiles(out));
});

test('every article, term page, year and month page and feed exists', async () => {
  const expected = [
    'index.html', '404.html', 'robots.txt', 'sitemap.xml', 'feed.xml', 'feed.json',
    'topik/index.html', 'aktor/index.html', 'sumber/index.html', 'linimasa/index.html',
    'assets/site.css', 'favicon.svg',
    ...archive.articles.map((a) => `artikel/${a.slug}/index.html`),
    ...archive.topics.filter((t) => t.id !== 'tanpa-artikel').flatMap((t) => [`topik/${t.id}/index.html`, `topik/${t.id}/feed.xml`, `topik/${t.id}/feed.json`]),
    ...archive.actors.flatMap((a) => [`aktor/${a.id}/index.html`, `aktor/${a.id}/feed.xml`, `aktor/${a.id}/feed.json`]),
    ...archive.sources.map((s) => `sumber/${s.id}/index.html`),
    'topik/kontraterorisme/halaman/2/index.html',
    'linimasa/2016/index.html', 'linimasa/2017/index.html', 'linimasa/2018/index.html',
    ...new Set(archive.articles.map((a) => `linimasa/${a.date.day.slice(0, 4)}/${a.date.day.slice(5, 7)}/index.html`)),
  ];
  const missing = expected.filter((file) => !files.has(file));
  assert.deepEqual(missing, []);
  assert.ok(!files.has('topik/kontraterorisme/halaman/3/index.html'));
  // A topic with no published article gets no page, no feed and no link.
  assert.deepEqual([...files].filter((file) => file.startsWith('topik/tanpa-artikel/')), []);
  assert.ok(!(await page('/topik/')).includes('/topik/tanpa-artikel/'));
  assert.ok(!files.has('topik/kontraterorisme/halaman/1/index.html'), 'page 1 lives at the term URL');
});

test('HTML passes html-validate with the committed config', async () => {
  assert.deepEqual(await htmlProblems(out), []);
});

test('every internal link and fragment resolves', async () => {
  const { checked, broken } = await checkLinks(out);
  assert.deepEqual(broken, []);
  // The crawl really reached the pages (a crawl that stops at the home page proves nothing).
  for (const url of ['/topik/kontraterorisme/halaman/2/', '/linimasa/2017/', `/artikel/${archive.articles.at(-1)!.slug}/`, '/feed.xml']) {
    assert.ok(checked.includes(url), `crawled ${url}`);
  }
});

test('term pages list articles newest first, 20 a page (the first takes up to 39), with co-mentions and coverage on the first', async () => {
  const first = await page('/topik/kontraterorisme/');
  const second = await page('/topik/kontraterorisme/halaman/2/');
  const titles = (html: string) => [...html.matchAll(/<h3 class="teaser__title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
  const expected = archive.articles.filter((a) => a.topics.some((t) => t.id === 'kontraterorisme')).map((a) => a.url);
  assert.deepEqual([...titles(first), ...titles(second)], expected);
  assert.equal(titles(second).length, 20);
  assert.equal(titles(first).length, expected.length - 20);
  assert.doesNotMatch(second, /Aktor dalam topik ini|coverage-chart/, 'term-wide figures are on the first page only');
  assert.match(first, /<a href="\/topik\/kontraterorisme\/halaman\/2\/" rel="next">/);
  assert.match(second, /<a href="\/topik\/kontraterorisme\/" rel="prev">/);

  const lavrov = await page('/aktor/sergey-lavrov/');
  const lavrovArticles = archive.articles.filter((a) => a.actors.some((x) => x.id === 'sergey-lavrov'));
  const withRussia = lavrovArticles.filter((a) => a.actors.some((x) => x.id === 'rusia')).length;
  assert.match(lavrov, new RegExp(`<a href="/aktor/rusia/">Rusia</a> <span class="count">${withRussia}<`));
  assert.ok(!lavrov.includes('<a href="/aktor/sergey-lavrov/">'), 'an actor is not listed alongside itself');
  assert.match(lavrov, /role="img" aria-label="Artikel per tahun; 2016: \d+ artikel/);
  assert.match(first, /Aktor dalam topik ini/);
});

test('article page: date in the site language, source link, actors, topics, body lang, prev/next', async () => {
  const html = await page('/artikel/2017-02-01-pagi-di-jakarta/');
  assert.match(html, /<time datetime="2017-02-01T05:00:00\+07:00">1 Februari 2017<\/time>/);
  assert.match(html, /<dt>Diperbarui<\/dt><dd><time datetime="2017-02-03T10:00:00\+07:00">3 Februari 2017/);
  assert.match(html, /<a href="\/sumber\/antara\/">ANTARA<\/a>/);
  assert.match(html, /<a class="tag" href="\/aktor\/retno-marsudi\/">Retno Marsudi<\/a>/);
  assert.match(html, /<a class="tag" href="\/topik\/diplomasi-bilateral\/">Diplomasi bilateral<\/a>/);
  assert.match(html, /<div class="prose" lang="id">\s*<p>Isi artikel <strong>/);
  assert.ok(html.includes('<p>Kurung kurawal: {{ 6 * 7 }} {% raw %} {{ site.settings.title }}</p>'), 'body printed as is, not evaluated');
  const article = archive.articles.find((a) => a.slug === '2017-02-01-pagi-di-jakarta')!;
  assert.match(html, new RegExp(`href="${article.previous!.url}" rel="prev"`));
  assert.match(html, new RegExp(`href="${article.next!.url}" rel="next"`));
  assert.match(html, /<h2 id="related-heading">Artikel terkait<\/h2>/);

  const withOriginal = await page(archive.articles.find((a) => a.source.url?.startsWith('https://'))!.url);
  assert.match(withOriginal, /<a href="https:\/\/www\.antaranews\.com\/berita\/\d+" rel="external noopener">Baca artikel asli<\/a>/);
});

test('article metadata: canonical, Open Graph and NewsArticle JSON-LD', async () => {
  const article = archive.articles.find((a) => a.slug === '2017-02-01-pagi-di-jakarta')!;
  const html = await page(article.url);
  const canonical = `${TEST_BASE_URL}/artikel/2017-02-01-pagi-di-jakarta/`;
  assert.match(html, new RegExp(`<link rel="canonical" href="${canonical}">`));
  assert.match(html, new RegExp(`<meta property="og:url" content="${canonical}">`));
  assert.match(html, /<meta property="og:type" content="article">/);
  assert.match(html, /<meta property="og:title" content="Pertemuan pagi di Jakarta">/);
  const [ld] = jsonLdBlocks(html) as [Record<string, unknown>];
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, article.title);
  assert.equal(ld.datePublished, '2017-02-01T05:00:00+07:00');
  assert.equal(ld.dateModified, '2017-02-03T10:00:00+07:00');
  assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'ANTARA', url: 'https://www.antaranews.com/' });
  assert.deepEqual((ld.mentions as { name: string }[]).map((m) => m.name), article.actors.map((a) => a.name));
});

test('Atom feeds parse, are newest first with absolute URLs and valid dates', async () => {
  for (const path of ['feed.xml', 'topik/kontraterorisme/feed.xml', 'aktor/sergey-lavrov/feed.xml']) {
    const xml = await read(path);
    assert.deepEqual(await xmlErrors(xml, path), [], path);
    const feed = await parseAtom(xml);
    const dates = feed.items.map((item) => Date.parse(item.isoDate ?? ''));
    assert.ok(dates.every((d) => !Number.isNaN(d)), `${path}: dates parse`);
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), `${path}: newest first`);
    assert.ok(feed.items.every((item) => item.link?.startsWith(`${TEST_BASE_URL}/artikel/`)), `${path}: absolute links`);
    assert.match(xml, new RegExp(`<link rel="self" type="application/atom\\+xml" href="${TEST_BASE_URL}/${path}"/>`));
  }
  const main = await parseAtom(await read('feed.xml'));
  assert.equal(main.items.length, archive.articles.length);
});

test('JSON Feeds follow version 1.1, newest first, absolute URLs, RFC 3339 dates', async () => {
  for (const path of ['feed.json', 'aktor/rusia/feed.json', 'topik/diplomasi-bilateral/feed.json']) {
    const text = await read(path);
    const feed = JSON.parse(text);
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    // A real JSON Feed parser reads the same items.
    const parsed = parseJsonFeed(text);
    assert.deepEqual(parsed.items?.map((item) => item.url), feed.items.map((item: { url: string }) => item.url));
    assert.equal(parsed.title, feed.title);
    assert.equal(feed.feed_url, `${TEST_BASE_URL}/${path}`);
    assert.ok(feed.home_page_url.startsWith(`${TEST_BASE_URL}/`));
    assert.ok(Array.isArray(feed.items) && feed.items.length > 0);
    for (const item of feed.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(item.url.startsWith(`${TEST_BASE_URL}/artikel/`));
      assert.equal(typeof item.content_html, 'string');
      assert.match(item.date_published, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
    const dates = feed.items.map((item: { date_published: string }) => Date.parse(item.date_published));
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  }
});

test('sitemap validates against the sitemaps.org 0.9 XSD and lists every page with real lastmod', async () => {
  const xml = await read('sitemap.xml');
  assert.deepEqual(await validateSitemap(xml), []);
  const entries = [...xml.matchAll(/<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));
  const htmlPages = [...files].filter((f) => f.endsWith('index.html')).map((f) => `${TEST_BASE_URL}/${f.replace(/index\.html$/, '')}`);
  assert.deepEqual(entries.map((e) => e.loc).sort(), htmlPages.sort());
  const byLoc = new Map(entries.map((e) => [e.loc, e.lastmod]));
  assert.equal(byLoc.get(`${TEST_BASE_URL}/artikel/2016-03-15-kerja-sama-3/`), '2016-03-15');
  assert.equal(byLoc.get(`${TEST_BASE_URL}/artikel/2017-02-01-pagi-di-jakarta/`), '2017-02-03T03:00:00.000Z');
  assert.equal(byLoc.get(`${TEST_BASE_URL}/linimasa/2017/02/`), '2017-02-15', 'the newest change among the month\'s articles');
  assert.equal(byLoc.get(`${TEST_BASE_URL}/`), '2018-06-01');
  assert.equal(byLoc.get(`${TEST_BASE_URL}/topik/tanpa-artikel/`), undefined, 'no invented lastmod');
});

test('robots.txt points at the absolute sitemap', async () => {
  assert.match(await read('robots.txt'), new RegExp(`^Sitemap: ${TEST_BASE_URL}/sitemap.xml$`, 'm'));
});

test('header search form GETs /search/ with q on every page', async () => {
  const html = await read('index.html');
  assert.match(html, /<form class="header-search" role="search" action="\/search\/" method="get">/);
  assert.match(html, /<input id="header-search-q" type="search" name="q"/);
});

test('timeline: year pages list their articles by month, linking the month pages; the charts link the months', async () => {
  const html = await page('/linimasa/2017/');
  assert.match(html, /<h2 id="month-2017-02"><a href="\/linimasa\/2017\/02\/">Februari 2017<\/a> <span class="count">2 artikel<\/span><\/h2>/);
  assert.match(html, /<a class="chart__bar" href="\/linimasa\/2017\/02\/" aria-label="Februari 2017: 2 artikel">/);
  const listed = [...html.matchAll(/<h3 class="teaser__title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, archive.articles.filter((a) => a.date.year === 2017).map((a) => a.url), 'every article of the year, newest first');
  const headings = [...html.matchAll(/<h2 id="month-(\d{4}-\d{2})"/g)].map((m) => m[1]);
  assert.deepEqual(headings, [...new Set(archive.articles.filter((a) => a.date.year === 2017).map((a) => a.date.day.slice(0, 7)))]);
  const month = await page('/linimasa/2017/02/');
  assert.match(month, /<h1>Februari 2017<\/h1>/);
  assert.equal(month.match(/<li class="teaser">/g)?.length, 2);
  assert.match(month, /<a href="\/linimasa\/2017\/">2017<\/a>/);
  assert.match(month, /rel="prev"><span class="prev-next__label">← Bulan sebelumnya<\/span> Januari 2017<\/a>/);
  const index = await page('/linimasa/');
  assert.match(index, /<a class="chart__bar" href="\/linimasa\/2016\/01\/" aria-label="Januari 2016: 3 artikel">/);
  assert.match(index, /<a href="\/linimasa\/2018\/">2018<\/a>/);
});

test('source pages have feeds and a coverage chart, as topic and actor pages do', async () => {
  assert.ok(files.has('sumber/antara/feed.xml') && files.has('sumber/antara/feed.json'));
  const feed = await parseAtom(await read('sumber/antara/feed.xml'));
  assert.equal(feed.items.length, Math.min(50, archive.articles.filter((a) => a.source.source.id === 'antara').length));
  const html = await page('/sumber/antara/');
  assert.match(html, /<link rel="alternate" type="application\/atom\+xml" href="\/sumber\/antara\/feed.xml"/);
  assert.match(html, /<p class="feeds">Umpan: <a href="\/sumber\/antara\/feed.xml">Atom<\/a> · <a href="\/sumber\/antara\/feed.json">JSON Feed<\/a><\/p>/);
  assert.match(html, /<figure class="chart/);
});

test('the 404 page offers the same sections as the header navigation, Sumber included', async () => {
  const hrefs = (markup: string) => [...markup.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
  const notFound = await read('404.html');
  const header = notFound.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)![0];
  const body = notFound.match(/<main[\s\S]*?<\/main>/)![0];
  assert.deepEqual(hrefs(body), ['/', ...hrefs(header)]);
  assert.ok(hrefs(body).includes('/sumber/'));
});

test('feed links name each format once ("Umpan: Atom · JSON Feed")', async () => {
  for (const url of ['/', '/topik/kontraterorisme/']) {
    const html = await page(url);
    assert.match(html, /Umpan: <a href="[^"]*feed.xml">Atom<\/a> · <a href="[^"]*feed.json">JSON Feed<\/a>/, url);
    assert.doesNotMatch(html, /Umpan: <a[^>]*>Umpan/, url);
  }
});

test("a chart's caption does not repeat the heading above it", async () => {
  const text = (markup: string) => markup.replace(/<[^>]+>/g, '').trim();
  let charts = 0;
  for (const url of ['/', '/linimasa/', '/linimasa/2017/', '/topik/kontraterorisme/', '/aktor/sergey-lavrov/', '/sumber/antara/']) {
    const html = await page(url);
    for (const match of html.matchAll(/<span class="chart__title">([\s\S]*?)<\/span>/g)) {
      const headings = [...html.slice(0, match.index).matchAll(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)];
      const heading = text(headings.at(-1)![1]!);
      const caption = text(match[1]!);
      charts++;
      assert.ok(!caption.includes(heading) && !heading.includes(caption), `${url}: caption "${caption}" repeats heading "${heading}"`);
    }
  }
  assert.ok(charts >= 5, `found ${charts} charts`);
});

test('/tentang/ describes the archive, lists its sources and the licences of bundled data; every footer links it', async () => {
  const about = await page('/tentang/');
  assert.match(about, /<h1>Tentang arsip ini<\/h1>/);
  assert.match(about, /<a href="\/sumber\/antara\/">ANTARA<\/a>/);
  assert.match(about, /Kateglo/);
  assert.match(about, /<a href="https:\/\/creativecommons.org\/licenses\/by-nc-sa\/3.0\/"[^>]*>CC BY-NC-SA 3.0<\/a>/);
  assert.match(about, /search\/head.json/);
  for (const url of ['/', '/topik/', '/linimasa/2017/']) assert.match(await page(url), /<footer class="site-footer">[\s\S]*<a href="\/tentang\/">Tentang arsip ini<\/a>/, url);
});
