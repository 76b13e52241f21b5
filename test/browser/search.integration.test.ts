/**
 * The search page in headless Chromium over the built seed site: typing,
 * filters, `?q=` links, back/forward, unsafe input, keyboard use, the
 * no-JavaScript fallback and a subfolder (path prefix) build; then over a
 * large generated archive: which parts of the index a query fetches, deep
 * snippets, and results, filters and history against the engine itself.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { sharedFixtureSite, sharedSiteSearching } from '../site/build-site.ts';
import { PAYLOAD } from '../site/fixture-archive.ts';
import type { Archive } from '../../src/content/model.ts';
import { bucketOf } from '../../src/search/buckets.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { emptyRequest, type SearchRequest } from '../../src/search/client/request.ts';
import { PAGE_SIZE } from '../../src/search/client/view.ts';
import type { HeadPayload } from '../../src/search/payload.ts';
import { SEARCH_DIR } from '../../src/search/write-index.ts';
import { actors as searchActors, article as generated, sources as searchSources, topics as searchTopics } from '../search/fixture.ts';

const run = promisify(execFile);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SLUG = {
  kontraterorisme2016: '2016-01-29-rusia-indonesia-tingkatkan-kerja-sama-kontraterorisme',
  trump: '2017-01-31-rusia-klaim-trump-sepakat-perangi-isis-bersama',
  kerjaSama: '2017-08-09-rusia-indonesia-sepakat-kerja-sama-perangi-isis',
  bungkam: '2017-08-09-rusia-sepakat-membantu-indonesia-bungkam-isis',
  damai: '2025-07-10-rusia-as-berkomitmen-temukan-solusi-damai',
};

/** The seed site as the real build CLI makes it, built once for every test run that reads it (read only). */
function buildSite(env: Record<string, string> = {}): Promise<string> {
  return sharedBuild('seed-site', env, async (dir) => {
    await run(process.execPath, npmScriptArgs('build', ['--out', join(dir, 'site'), '--cache', await tempDir('search-cache-'), '--quiet']), {
      env: { ...process.env, ...env },
    });
  });
}

/** One Chromium for every page of this file, started by the first test that needs it. */
let chromium: Promise<Browser> | undefined;
const launchBrowser = () => (chromium ??= launchChromium());
after(async () => {
  await (await chromium)?.close();
});

/** Slugs of the result links, in order, once every body shard is loaded. */
async function resultSlugs(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-app[data-state="complete"]');
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => (li.querySelector('a')?.getAttribute('href') ?? '').split('/').filter(Boolean).pop() ?? ''),
  );
}

describe('search page in Chromium', { skip }, () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    dir = await buildSite();
    server = await startStaticServer(join(dir, 'site'));
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  after(async () => {
    await page?.close();
    await server?.close();
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  });

  const open = async (search = '') => {
    await page.goto(`${server.origin}/search/${search}`);
    await page.waitForSelector('#search-app[data-state="complete"]');
  };

  test('typing a query shows the right articles', async () => {
    const queries: Record<string, string[]> = {
      Rubio: [SLUG.damai],
      Maute: [SLUG.bungkam],
      Syromolotov: [SLUG.kontraterorisme2016],
      'Kuala Lumpur': [SLUG.damai],
      // Stemming: perdamaian → damai, pemberantasan → berantas
      perdamaian: [SLUG.damai],
      'Trump ISIS': [SLUG.trump],
    };
    await open();
    for (const [query, expected] of Object.entries(queries)) {
      await page.fill('#search-q', '');
      await page.type('#search-q', query);
      await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
      assert.deepEqual(await resultSlugs(page), expected, query);
    }
    await page.fill('#search-q', 'Lavrov');
    await page.waitForFunction(() => location.search === '?q=Lavrov');
    assert.deepEqual((await resultSlugs(page)).sort(), [SLUG.kerjaSama, SLUG.bungkam, SLUG.damai].sort());
    assert.equal(await page.textContent('#search-status'), '3 hasil');
  });

  test('each result shows title link, date, source and a highlighted snippet', async () => {
    await open('?q=teroris');
    const first = await page.$eval('#search-results > li', (li) => ({
      firstLink: li.querySelector('a')?.getAttribute('href'),
      title: li.querySelector('a')?.textContent,
      date: li.querySelector('time')?.getAttribute('datetime'),
      meta: li.querySelector('.search-result__meta')?.textContent,
      marks: [...li.querySelectorAll('.search-result__snippet mark')].map((m) => m.textContent),
    }));
    assert.match(first.firstLink ?? '', /^\/artikel\/[\w-]+\/$/);
    assert.ok(first.title);
    assert.match(first.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.match(first.meta ?? '', /\d{4} · \S/);
    assert.ok(first.marks.length > 0 && first.marks.every((m) => /^teroris$/i.test(m ?? '')), JSON.stringify(first.marks));
  });

  test('a typo gets a fuzzy retry with a suggestion; nothing found says so', async () => {
    await open('?q=Galusin');
    assert.deepEqual((await resultSlugs(page)).sort(), [SLUG.kontraterorisme2016, SLUG.trump].sort());
    assert.match((await page.textContent('#search-notice')) ?? '', /Galusin.*galuzin/s);
    await open('?q=qwertyzxcv');
    assert.deepEqual(await resultSlugs(page), []);
    assert.equal(await page.textContent('#search-status'), 'Tidak ada hasil.');
    assert.ok(await page.$('#search-notice a[href="/topik/"]'));
  });

  test('filters narrow results and live in the URL', async () => {
    await open('?q=rusia');
    assert.equal((await resultSlugs(page)).length, 5);
    await page.click('#search-filters-toggle summary');
    await page.selectOption('#filter-topic', 'hubungan-rusia-as');
    await page.waitForFunction(() => location.search.includes('topic=hubungan-rusia-as'));
    assert.deepEqual((await resultSlugs(page)).sort(), [SLUG.trump, SLUG.damai].sort());
    await page.fill('#filter-from', '2020');
    await page.dispatchEvent('#filter-from', 'change');
    await page.waitForFunction(() => location.search.includes('from=2020'));
    assert.deepEqual(await resultSlugs(page), [SLUG.damai]);
    await page.reload();
    assert.deepEqual(await resultSlugs(page), [SLUG.damai], 'survives reload');
    assert.equal(await page.inputValue('#filter-topic'), 'hubungan-rusia-as');
    await open('?q=rusia&actor=mikhail-galuzin&source=cnn-indonesia');
    assert.deepEqual(await resultSlugs(page), [SLUG.trump]);
  });

  test('?q= links run the search on load', async () => {
    await open(`?q=${encodeURIComponent('pemberantasan terorisme')}`);
    assert.equal(await page.inputValue('#search-q'), 'pemberantasan terorisme');
    assert.ok((await resultSlugs(page)).includes(SLUG.bungkam));
  });

  test('the index is fetched in parts: the head on load, then only what a query needs', async () => {
    const fetched: string[] = [];
    const record = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname);
    page.on('request', record);
    await open();
    assert.ok(fetched.includes('/search/head.json'), fetched.join(' '));
    assert.ok(!fetched.some((path) => /\/search\/[tdvf]\//.test(path)), fetched.join(' '));
    await page.fill('#search-q', 'Rubio');
    await page.waitForFunction(() => location.search === '?q=Rubio');
    assert.deepEqual(await resultSlugs(page), [SLUG.damai]);
    assert.equal(fetched.filter((path) => /\/search\/t\/\d+\.json$/.test(path)).length, 1, fetched.join(' '));
    assert.equal(fetched.filter((path) => /\/search\/d\//.test(path)).length, 1, 'one fragment for one result');
    page.off('request', record);
  });

  test('back and forward restore query and results', async () => {
    await open();
    await page.fill('#search-q', 'Rubio');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => location.search === '?q=Rubio');
    await page.fill('#search-q', 'Maute');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => location.search === '?q=Maute');
    assert.deepEqual(await resultSlugs(page), [SLUG.bungkam]);
    await page.goBack();
    await page.waitForFunction(() => location.search === '?q=Rubio');
    assert.equal(await page.inputValue('#search-q'), 'Rubio');
    assert.deepEqual(await resultSlugs(page), [SLUG.damai]);
    await page.goForward();
    await page.waitForFunction(() => location.search === '?q=Maute');
    assert.equal(await page.inputValue('#search-q'), 'Maute');
    assert.deepEqual(await resultSlugs(page), [SLUG.bungkam]);
  });

  test('query syntax and URLs are searched as words, never crash', async () => {
    for (const query of ['foo:', 'Rubio~2', '+Rubio -Lavrov', 'title:Rubio^10', 'https://id.rbth.com/?q=isis']) {
      await open(`?q=${encodeURIComponent(query)}`);
      assert.ok(await page.textContent('#search-status'), query);
    }
    // Nothing but syntax: no words, so no search (and no "everything" either).
    for (const query of ['~', '+', '-', '^', '*', ':']) {
      await open(`?q=${encodeURIComponent(query)}`);
      assert.deepEqual(await resultSlugs(page), [], query);
    }
    await open(`?q=${encodeURIComponent('+Rubio~')}`);
    assert.deepEqual(await resultSlugs(page), [SLUG.damai]);
  });

  test('keyboard and screen readers: labelled input, Enter searches, results announced', async () => {
    await open();
    assert.equal(await page.$eval('#search-q', (input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim()), 'Kata kunci');
    assert.equal(await page.getAttribute('#search-status', 'aria-live'), 'polite');
    await page.focus('#search-q');
    await page.keyboard.type('Syromolotov');
    await page.keyboard.press('Enter');
    assert.deepEqual(await resultSlugs(page), [SLUG.kontraterorisme2016]);
    assert.equal(await page.textContent('#search-status'), '1 hasil');
  });

  test('axe-core finds no WCAG 2.2 AA violations in results, typo and no-result states', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const checked = await browser.newPage({ colorScheme });
      for (const query of ['teroris', 'Galusin', 'qwertyzxcv']) {
        await checked.goto(`${server.origin}/search/?q=${query}&from=2016`);
        await checked.waitForSelector('#search-app[data-state="complete"]');
        await checked.addScriptTag({ path: AXE });
        const violations = await checked.evaluate(async (tags) => {
          type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
          const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } };
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        }, WCAG_22_AA);
        assert.deepEqual(violations, [], `${query} (${colorScheme})`);
      }
      await checked.close();
    }
  });

  test('works on a phone-sized screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.goto(`${server.origin}/search/?q=ISIS`);
    await phone.waitForSelector('#search-app[data-state="complete"]');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await phone.close();
  });

  test('without JavaScript the page says so and links to topics and the timeline', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.origin}/search/?q=ISIS`);
    assert.match((await noJs.textContent('noscript')) ?? '', /JavaScript/);
    assert.ok(await noJs.isVisible('noscript a[href="/topik/"]'));
    assert.ok(await noJs.isVisible('noscript a[href="/linimasa/"]'));
    assert.equal(await noJs.isVisible('#search-app'), false);
    await context.close();
  });
});

describe('search in a subfolder build', { skip }, () => {
  test('index and article links honour the path prefix', async () => {
    const dir = await buildSite({ SITE_PATH_PREFIX: '/arsip/' });
    const server = await startStaticServer(join(dir, 'site'), { pathPrefix: '/arsip/' });
    const page = await (await launchBrowser()).newPage();
    const heads: string[] = [];
    page.on('request', (request) => void (request.url().endsWith('/head.json') && heads.push(new URL(request.url()).pathname)));
    try {
      await page.goto(`${server.origin}/arsip/search/?q=Rubio`);
      await page.waitForSelector('#search-app[data-state="complete"]');
      assert.deepEqual(heads, ['/arsip/search/head.json'], 'the preloaded head, under the prefix, fetched once');
      const href = await page.$eval('#search-results a', (a) => a.getAttribute('href'));
      assert.equal(href, `/arsip/artikel/${SLUG.damai}/`);
      const response = await page.goto(`${server.origin}${href}`);
      assert.equal(response?.status(), 200);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('search over hostile content', { skip }, () => {
  test('titles, names and labels with markup are shown as text, never run', async () => {
    const server = await startStaticServer(await sharedFixtureSite());
    const page = await (await launchBrowser()).newPage();
    try {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('judul pwned')}`);
      await page.waitForSelector('#search-app[data-state="complete"]');
      const title = await page.textContent('#search-results > li a');
      assert.equal(title, `Judul ${PAYLOAD}`);
      assert.equal(await page.$$eval('#search-results script, #search-results img', (nodes) => nodes.length), 0);
      const options = await page.$$eval('#filter-topic option, #filter-actor option, #filter-source option', (nodes) =>
        nodes.map((n) => n.textContent ?? ''),
      );
      assert.ok(options.includes(`Topik ${PAYLOAD}`) && options.includes(`Sumber ${PAYLOAD}`), 'labels as text');
      assert.deepEqual(dialogs, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

/**
 * 2,000 generated articles over a vocabulary of 3,000 made-up words (few common, many rare), so the index has many
 * term buckets; one article holds a sentence with words found nowhere else deep in its body. The page and its
 * scripts are the small fixture site's, the payload the large archive's.
 */
function largeArchive(): Archive {
  const syllables = ['ba', 'ko', 'ru', 'si', 'ta', 'nu', 'le', 'mo', 'pu', 'gi', 'ho', 'ri', 'sa', 'lu', 'te', 'wa'];
  const word = (n: number) => {
    let text = 'z';
    for (let rest = n; text.length === 1 || rest > 0; rest = Math.floor(rest / 16)) text += syllables[rest % 16];
    return text;
  };
  let state = 11;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const words = (count: number) => Array.from({ length: count }, () => word(Math.floor(3000 * random() ** 3))).join(' ');
  const sentence = () => {
    const text = words(6 + Math.floor(random() * 10));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const articles = Array.from({ length: 2000 }, (_, i) => {
    const day = new Date(Date.UTC(2012, 0, 1 + i * 2)).toISOString().slice(0, 10);
    return generated({
      slug: `${day}-artikel-${i}`,
      title: words(4 + Math.floor(random() * 4)),
      day,
      text: Array.from({ length: 3 + Math.floor(random() * 6) }, sentence).join(' '),
      topics: random() < 0.4 ? [searchTopics[Math.floor(random() * searchTopics.length)]!] : [],
      actors: random() < 0.4 ? [searchActors[Math.floor(random() * searchActors.length)]!] : [],
      source: searchSources[Math.floor(random() * searchSources.length)]!,
    });
  });
  const deep = articles[1234]!;
  deep.text = `${Array.from({ length: 12 }, sentence).join(' ')} Nelayan menemukan paus biru terdampar di pantai Pangandaran. ${sentence()}`;
  return { topics: searchTopics, actors: searchActors, sources: searchSources, articles: articles.reverse() };
}

describe('search over a large archive split into many parts', { skip }, () => {
  let server: StaticServer;
  let page: Page;
  let engine: SearchEngine;
  let head: HeadPayload;
  const fetched: string[] = [];
  const errors: string[] = [];

  before(async () => {
    const out = await sharedSiteSearching('large-archive-search', largeArchive);
    const payload = join(out, SEARCH_DIR);
    const load = async (path: string) => JSON.parse(await readFile(join(payload, path), 'utf8')) as unknown;
    engine = await SearchEngine.open(load);
    head = engine.head;
    server = await startStaticServer(out);
    page = await (await launchBrowser()).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  });

  after(async () => {
    await page?.close();
    await server?.close();
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  });

  /** The first page of the Node engine's results for the same request: the reference the page must show. */
  const expected = async (request: Partial<SearchRequest>) =>
    (await engine.search({ ...emptyRequest(), ...request }, PAGE_SIZE)).results.slice(0, PAGE_SIZE).map((r) => r.fragment!.url);
  const shownUrls = async () => {
    await page.waitForSelector('#search-app[data-state="complete"]');
    return page.$$eval('#search-results > li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  };

  test('a query fetches only the buckets of its terms, and the snippet quotes the matching sentence deep in the body', async () => {
    assert.ok(head.buckets >= 32, `${head.buckets} buckets`);
    await page.goto(`${server.origin}/search/`);
    await page.waitForFunction(() => document.querySelector('#filter-topic')!.querySelectorAll('option').length > 1);
    fetched.length = 0;
    await page.fill('#search-q', 'paus Pangandaran');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'paus Pangandaran');
    assert.deepEqual(await shownUrls(), await expected({ q: 'paus Pangandaran' }));
    assert.equal((await shownUrls()).length, 1);
    const buckets = new Set(fetched.filter((path) => path.startsWith('/search/t/')));
    const terms = ['paus', 'pangandaran'].map((term) => `/search/t/${bucketOf(term, head.buckets)}.json`);
    assert.deepEqual([...buckets].sort(), [...new Set(terms)].sort(), fetched.join(' '));
    assert.ok(!fetched.some((path) => /^\/search\/[vf]\//.test(path)), 'no vocabulary or facet files');
    const snippet = await page.$eval('.search-result__snippet', (p) => ({
      text: p.textContent ?? '',
      marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
    }));
    assert.match(snippet.text, /Nelayan menemukan paus biru terdampar di pantai Pangandaran\./);
    assert.deepEqual(snippet.marks, ['paus', 'Pangandaran']);
  });

  test('results, filters and history agree with the engine', async () => {
    const common = 'zba zko';
    fetched.length = 0;
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(common)}`);
    const all = await expected({ q: common });
    assert.ok(all.length === PAGE_SIZE, 'a full first page');
    assert.deepEqual(await shownUrls(), all);
    const fragments = new Set(fetched.filter((path) => path.startsWith('/search/d/')));
    assert.equal(fragments.size, PAGE_SIZE, `the fragments of the page shown, re-ranked within it: ${[...fragments].join(' ')}`);
    await page.click('#search-filters-toggle summary');
    await page.selectOption('#filter-topic', 'kontraterorisme');
    await page.waitForFunction(() => location.search.includes('topic=kontraterorisme'));
    const filtered = await expected({ q: common, topic: 'kontraterorisme' });
    assert.ok(filtered.length > 0 && filtered.join() !== all.join());
    assert.deepEqual(await shownUrls(), filtered);
    await page.fill('#filter-from', '2014');
    await page.dispatchEvent('#filter-from', 'change');
    await page.waitForFunction(() => location.search.includes('from=2014'));
    assert.deepEqual(await shownUrls(), await expected({ q: common, topic: 'kontraterorisme', from: 2014 }));
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('from='));
    assert.deepEqual(await shownUrls(), filtered);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('topic='));
    assert.deepEqual(await shownUrls(), all);
  });

  test('a filter-only search lists its articles newest first, and more on request', async () => {
    await page.goto(`${server.origin}/search/?source=antara`);
    const newest = await expected({ source: 'antara' });
    assert.deepEqual(await shownUrls(), newest);
    const days = newest.map((url) => url.split('/')[2]!.slice(0, 10));
    assert.deepEqual(days, [...days].sort().reverse());
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, PAGE_SIZE);
    assert.equal((await shownUrls()).length, 2 * PAGE_SIZE);
  });
});
