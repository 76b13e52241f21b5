/** Unit tests for the page models in src/site (no Eleventy build). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countActors } from '../../src/site/counts.ts';
import { formatDay, formatMonth } from '../../src/site/format-date.ts';
import { siteModelOf } from '../../src/site/site-model-of.ts';
import { articleJsonLd, serialiseJsonForScript } from '../../src/site/json-ld.ts';
import { paginate } from '../../src/site/paginate.ts';
import { absoluteUrl, assertSafePermalink, safeHttpUrl } from '../../src/site/safe-url.ts';
import { loadSettings, normalisePathPrefix, parseSettings } from '../../src/site/settings.ts';
import { aboutPage, BUNDLED_DATA } from '../../src/site/about.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { lastModified } from '../../src/site/sitemap.ts';
import { escapeXml } from '../../src/site/xml.ts';
import { articleDate, fixtureArchive, PAYLOAD } from './fixture-archive.ts';

const settings = parseSettings({ title: 'Arsip', baseUrl: 'https://arsip.example.test' }, {});

test('dates are shown from the article day, never shifted by a time zone', () => {
  assert.equal(formatDay('2017-08-09', 'id'), '9 Agustus 2017');
  assert.equal(formatDay('2017-08-09', 'en'), 'August 9, 2017');
  assert.equal(formatDay('2017-01-01', 'id'), '1 Januari 2017');
  assert.equal(formatMonth(2017, 12, 'id'), 'Desember 2017');
  const early = fixtureArchive().articles.find((a) => a.slug === '2017-02-01-pagi-di-jakarta')!;
  // 05:00 WIB on 1 February is 31 January in UTC.
  assert.equal(new Date(early.date.timestamp).getUTCDate(), 31);
  assert.equal(formatDay(early.date.day, 'id'), '1 Februari 2017');
});

test('pagination: stable URLs, first page without a suffix, pages cut from the oldest end, at least one page', () => {
  const pages = paginate(Array.from({ length: 65 }, (_, i) => i), '/topik/x/', 20);
  assert.deepEqual(pages.map((p) => p.url), ['/topik/x/', '/topik/x/halaman/2/', '/topik/x/halaman/3/']);
  assert.deepEqual(pages.map((p) => p.items.length), [25, 20, 20]);
  assert.deepEqual(pages.flatMap((p) => p.items), Array.from({ length: 65 }, (_, i) => i));
  assert.equal(pages[1]!.previousUrl, '/topik/x/');
  assert.equal(pages[1]!.nextUrl, '/topik/x/halaman/3/');
  assert.equal(pages[0]!.previousUrl, undefined);
  assert.deepEqual(pages[2]!.pages.map((p) => p.current), [false, false, true]);
  // Long runs link the first, the last and two on either side of the current page.
  const long = paginate(Array.from({ length: 400 }, (_, i) => i), '/topik/x/', 20);
  const around = (n: number) => long[n - 1]!.pages.map((p) => `${p.gapBefore ? '… ' : ''}${p.current ? `[${p.number}]` : p.number}`).join(' ');
  assert.equal(around(1), '[1] 2 3 … 20');
  assert.equal(around(10), '1 … 8 9 [10] 11 12 … 20');
  assert.equal(around(19), '1 … 17 18 [19] 20');
  // A new newest item (at the front) changes the first page only, until it has 2 × 20 items.
  const grown = paginate([-1, ...Array.from({ length: 65 }, (_, i) => i)], '/topik/x/', 20);
  assert.deepEqual(grown.slice(1), pages.slice(1));
  assert.deepEqual(paginate(Array.from({ length: 19 }, (_, i) => i), '/topik/x/', 20).map((p) => p.items.length), [19]);
  assert.deepEqual(paginate(Array.from({ length: 39 }, (_, i) => i), '/topik/x/', 20).map((p) => p.items.length), [39]);
  const empty = paginate([], '/aktor/y/');
  assert.equal(empty.length, 1);
  assert.equal(empty[0]!.url, '/aktor/y/');
});

test('co-mentions count articles shared with the actor, most first, excluding the actor', () => {
  const archive = fixtureArchive();
  const lavrovArticles = archive.articles.filter((a) => a.actors.some((actor) => actor.id === 'sergey-lavrov'));
  const counts = countActors(lavrovArticles, 'sergey-lavrov');
  assert.ok(!counts.some((c) => c.id === 'sergey-lavrov'));
  const russia = counts.find((c) => c.id === 'rusia')!;
  assert.equal(russia.count, lavrovArticles.filter((a) => a.actors.some((x) => x.id === 'rusia')).length);
  assert.equal(counts[0]!.id, 'rusia');
  for (let i = 1; i < counts.length; i++) assert.ok(counts[i - 1]!.count >= counts[i]!.count);
});

test('site model: term pages, timeline months and feeds follow the archive', () => {
  const archive = fixtureArchive();
  const model = buildSiteModel(archive, settings);
  const ct = model.listingPages.filter((p) => p.term.kind === 'topic' && p.term.id === 'kontraterorisme');
  assert.deepEqual(ct.map((p) => p.url), ['/topik/kontraterorisme/', '/topik/kontraterorisme/halaman/2/']);
  assert.equal(ct[0]!.items.length, 23);
  assert.equal(ct[1]!.items.length, 20);
  // Totals, co-mentions and coverage are on the first page only.
  assert.equal(ct[0]!.summary?.totalArticles, 43);
  assert.ok(ct[0]!.summary?.coverage);
  assert.equal(ct[1]!.summary, undefined);
  // Newest first across pages.
  const stamps = ct.flatMap((p) => p.items.map((a) => a.date.timestamp));
  assert.deepEqual(stamps, [...stamps].sort((a, b) => b - a));
  // A topic without published articles has no page, no feed and no place in any listing.
  assert.ok(!model.listingPages.some((p) => p.url.startsWith('/topik/tanpa-artikel/')));
  assert.ok(!model.feeds.some((f) => f.atomUrl.startsWith('/topik/tanpa-artikel/')));
  assert.ok(!model.topics.some((t) => t.id === 'tanpa-artikel'));
  assert.ok(!model.home.topics.some((t) => t.id === 'tanpa-artikel'));
  assert.ok(!model.sitemap.some((entry) => entry.url.startsWith('/topik/tanpa-artikel/')));
  // Sources have feeds and coverage but no co-mentions; actors and topics have all three.
  const source = model.listingPages.find((p) => p.term.kind === 'source')!;
  assert.equal(source.feed.atomUrl, `${source.term.url}feed.xml`);
  assert.ok(model.feeds.some((f) => f.atomUrl === source.feed.atomUrl));
  assert.ok(source.summary?.coverage.bars.length);
  assert.deepEqual(source.summary?.relatedActors, []);
  assert.ok(model.feeds.some((f) => f.atomUrl === '/aktor/sergey-lavrov/feed.xml'));
  assert.ok(model.feeds.some((f) => f.jsonUrl === '/topik/kontraterorisme/feed.json'));
  assert.equal(model.feeds[0]!.atomUrl, '/feed.xml');

  const years = model.timeline.years.map((y) => y.year);
  assert.deepEqual(years, [2018, 2017, 2016]);
  const y2017 = model.timeline.years.find((y) => y.year === 2017)!;
  assert.ok(y2017.months.some((m) => m.key === '2017-02' && m.url === '/linimasa/2017/02/'));
  assert.equal(y2017.previous?.year, 2016);
  assert.equal(y2017.next?.year, 2018);
  // Month pages hold the articles, newest month first, each linking its neighbours and its year.
  const february = model.timeline.months.find((m) => m.key === '2017-02')!;
  assert.ok(february.articles.some((a) => a.slug === '2017-02-01-pagi-di-jakarta'));
  assert.equal(february.count, february.articles.length);
  assert.equal(february.year.url, '/linimasa/2017/');
  assert.deepEqual(model.timeline.months.map((m) => m.key), [...model.timeline.months.map((m) => m.key)].sort().reverse());
  assert.equal(february.previous?.key, model.timeline.months[model.timeline.months.indexOf(february) + 1]!.key);
  assert.equal(model.timeline.months.reduce((sum, m) => sum + m.articles.length, 0), archive.articles.length);
  // One chart per year with articles, on one scale; every bar with articles links to its month's page.
  assert.deepEqual(model.timeline.yearCharts.map((c) => c.year.year), years);
  const bars = model.timeline.yearCharts.flatMap((c) => c.chart.bars);
  const linked = bars.filter((b) => b.total > 0);
  assert.equal(linked.reduce((sum, b) => sum + b.total, 0), archive.articles.length);
  assert.ok(linked.every((b) => /^\/linimasa\/\d{4}\/\d{2}\/$/.test(b.href ?? '')));
  assert.ok(bars.filter((b) => b.total === 0).every((b) => b.href === undefined));
  const tops = new Set(model.timeline.yearCharts.map((c) => c.chart.yLabels.at(-1)!.text));
  assert.equal(tops.size, 1, 'the years share a scale');
});

test('the site model handed to Eleventy is built once and frozen', () => {
  const archive = fixtureArchive();
  const model = siteModelOf(archive, settings);
  assert.equal(siteModelOf(archive, settings), model);
  // Eleventy's pagination wraps unfrozen global data in a proxy on every access (a tenth of its render time).
  assert.ok(Object.isFrozen(model));
  assert.equal(model.articles[0]!.jsonLd, serialiseJsonForScript(articleJsonLd(archive.articles[0]!, settings)));
});

test('sitemap lastmod comes from updated or date', () => {
  const archive = fixtureArchive();
  const early = archive.articles.find((a) => a.slug === '2017-02-01-pagi-di-jakarta')!;
  assert.equal(lastModified([early]), '2017-02-03T03:00:00.000Z');
  const plain = archive.articles.find((a) => a.slug === '2016-03-15-kerja-sama-3')!;
  assert.equal(lastModified([plain]), '2016-03-15');
  assert.equal(lastModified([]), undefined);
});

test('only http(s) URLs from content are linked', () => {
  assert.equal(safeHttpUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
  assert.equal(safeHttpUrl(' JaVaScRiPt:alert(1)'), undefined);
  assert.equal(safeHttpUrl('data:text/html,hi'), undefined);
  assert.equal(safeHttpUrl('/relative'), undefined);
  assert.equal(safeHttpUrl(undefined), undefined);
});

test('page URLs that could leave the output folder are refused', () => {
  assert.equal(assertSafePermalink('/artikel/2017-08-09-a/'), '/artikel/2017-08-09-a/');
  for (const bad of ['/artikel/../../etc/', '/artikel/a b/', '/artikel/<x>/', 'artikel/x/', '/artikel/x/?q', '/a\\b/']) {
    assert.throws(() => assertSafePermalink(bad), /unsafe page URL/);
  }
});

test('JSON-LD cannot close its script element and stays valid JSON', () => {
  const text = serialiseJsonForScript({ headline: PAYLOAD, line: 'a\u2028b' });
  assert.ok(!text.includes('<'));
  assert.ok(!text.includes('>'));
  assert.deepEqual(JSON.parse(text), { headline: PAYLOAD, line: 'a\u2028b' });
  const archive = fixtureArchive();
  const hostile = archive.articles.find((a) => a.slug === '2018-06-01-artikel-berbahaya')!;
  const ld = articleJsonLd(hostile, settings);
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.isBasedOn, undefined, 'javascript: source URL dropped');
  assert.deepEqual(ld.publisher, { '@type': 'Organization', name: hostile.source.source.name });
});

test('XML escaping covers markup and drops characters XML forbids', () => {
  assert.equal(escapeXml(`a<b>&"'\u0001`), 'a&lt;b&gt;&amp;&quot;&apos;');
});

test('settings: path prefix normalised, env overrides, bad values rejected', () => {
  assert.equal(normalisePathPrefix('arsip/berita'), '/arsip/berita/');
  assert.equal(normalisePathPrefix('/'), '/');
  assert.throws(() => normalisePathPrefix('/../x/'), /not allowed/);
  const overridden = parseSettings({ title: 'T', baseUrl: 'https://a.example' }, { SITE_PATH_PREFIX: '/sub', SITE_LANGUAGE: 'en' });
  assert.equal(overridden.pathPrefix, '/sub/');
  assert.equal(overridden.language, 'en');
  assert.equal(absoluteUrl(overridden, '/artikel/x/'), 'https://a.example/sub/artikel/x/');
  assert.throws(() => parseSettings({ title: 'T', baseUrl: 'javascript:alert(1)' }, {}), /baseUrl/);
  assert.throws(() => parseSettings({ title: 'T', baseUrl: 'https://a.example', language: 'fr' }, {}), /language/);
  assert.throws(() => parseSettings({ title: 'T', baseUrl: 'https://a.example', colour: 'red' }, {}), /settings are invalid/);
});

test('year pages: articles grouped by month, newest first, 50 a page (the first up to 99)', () => {
  const archive = fixtureArchive();
  const template = archive.articles.find((a) => a.date.year === 2016)!;
  // 130 more articles in 2016, two a day from 1 March: with the fixture's 32, 162 in all.
  const extra = Array.from({ length: 130 }, (_, index) => {
    const day = new Date(Date.UTC(2016, 2, 1 + Math.floor(index / 2))).toISOString().slice(0, 10);
    return { ...template, id: `extra-${index}`, slug: `extra-${index}`, url: `/artikel/extra-${index}/`, date: articleDate(day) };
  });
  archive.articles = [...archive.articles, ...extra].sort((a, b) => b.date.timestamp - a.date.timestamp);
  const pages = buildSiteModel(archive, settings).timeline.yearPages.filter((p) => p.year.year === 2016);
  assert.deepEqual(pages.map((p) => p.url), ['/linimasa/2016/', '/linimasa/2016/halaman/2/', '/linimasa/2016/halaman/3/']);
  assert.deepEqual(pages.map((p) => p.items.length), [62, 50, 50]);
  const inOrder = pages.flatMap((p) => p.months.flatMap((m) => m.articles));
  assert.deepEqual(inOrder.map((a) => a.id), archive.articles.filter((a) => a.date.year === 2016).map((a) => a.id));
  for (const page of pages) {
    for (const { month, articles } of page.months) assert.ok(articles.every((a) => `/linimasa/2016/${a.date.day.slice(5, 7)}/` === month.url));
  }
});

test('a new article in a month spanning several year pages leaves the later pages, and other months, as they were', () => {
  const archive = fixtureArchive();
  const template = archive.articles.find((a) => a.date.year === 2016)!;
  // 160 articles in March 2016: the month runs over all of the year's pages.
  const march = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ ...template, id: `m-${index}`, slug: `m-${index}`, url: `/artikel/m-${index}/`, date: articleDate(`2016-03-${String(1 + (index % 28)).padStart(2, '0')}`) }));
  const timeline = (count: number) => {
    const articles = [...archive.articles, ...march(count)].sort((a, b) => b.date.timestamp - a.date.timestamp);
    return buildSiteModel({ ...archive, articles }, settings).timeline;
  };
  const [before, after] = [timeline(160), timeline(161)];
  const pagesOf = (t: typeof before) => t.yearPages.filter((p) => p.year.year === 2016);
  assert.equal(pagesOf(before).length, pagesOf(after).length);
  assert.ok(pagesOf(before).length >= 3);
  // The first page shows the counts, which change; the later pages show their own articles only.
  assert.notDeepEqual(pagesOf(after)[0]!.summary, pagesOf(before)[0]!.summary);
  const marchCount = (t: typeof before) => pagesOf(t)[0]!.months.find(({ month }) => month.key === '2016-03')!.count;
  assert.equal(marchCount(after), marchCount(before)! + 1);
  for (const [n, page] of pagesOf(after).entries()) {
    if (n > 0) assert.deepEqual(JSON.stringify(page), JSON.stringify(pagesOf(before)[n]), page.url);
  }
  for (const [n, month] of after.months.entries()) {
    if (month.key !== '2016-03') assert.deepEqual(JSON.stringify(month), JSON.stringify(before.months[n]), month.url);
  }
});

test("about page: the description and content/site.yaml's about text as paragraphs, the bundled data's licences first", async () => {
  const about = aboutPage(await loadSettings('content', {}));
  assert.equal(about.paragraphs.length, 2);
  assert.match(about.paragraphs[1]!, /dikumpulkan untuk keperluan riset/);
  assert.deepEqual(about.licences.slice(0, BUNDLED_DATA.length), BUNDLED_DATA);
  const extra = { name: 'Foto', licence: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
  assert.deepEqual(aboutPage(parseSettings({ about: { licences: [extra] } }, {})).licences.at(-1), extra);
  assert.throws(() => parseSettings({ about: { licences: [{ ...extra, url: 'javascript:alert(1)' }] } }, {}), /about.licences.0.url/);
});
