/**
 * Word pairs and facets in the browser (src/search/word-pairs.ts): the page fetches the pair buckets of the query's
 * adjacent words and no others, shows the document holding the words side by side first although Lunr alone ranks
 * more than a page of others above it, and the search form offers no facet value without articles.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { sharedSiteSearching } from '../site/build-site.ts';
import type { Archive, Article } from '../../src/content/model.ts';
import { bucketOf } from '../../src/search/buckets.ts';
import { PAGE_SIZE } from '../../src/search/client/view.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { HEAD_FILE, type HeadPayload } from '../../src/search/payload.ts';
import { pairFile } from '../../src/search/word-pairs.ts';
import { actors, article, sources, topics } from '../search/fixture.ts';

const plain = (slug: string, day: string, title: string, text: string): Article =>
  article({ slug, title, day, text, topics: slug === 'target' ? [topics[0]!] : [], actors: [], source: sources[0]! });

/** The target holds the query's words side by side; more than a page of others hold two of them in the title. */
function pairsArchive(): Archive {
  const articles = [plain('target', '2017-05-05', 'Kabar dari Vladivostok', 'Kedua negara menggelar latihan militer gabungan di laut Jepang.')];
  for (let i = 0; i < PAGE_SIZE + 10; i++) {
    const day = `2018-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    articles.push(plain(`title-${i}`, day, `Latihan militer di kawasan ${i}`, `Pasukan dari ${i} negara. Satuan gabungan turut serta.`));
  }
  const unused = { ...topics[1]!, id: 'tanpa-artikel', label: { id: 'Tanpa artikel', en: 'No articles' }, url: '/topik/tanpa-artikel/' };
  return { topics: [...topics, unused], actors, sources, articles: articles.sort((a, b) => b.date.timestamp - a.date.timestamp) };
}

describe('word pairs and facets in the browser', { skip }, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let head: HeadPayload;
  const fetched: string[] = [];
  const errors: string[] = [];

  before(async () => {
    const out = await sharedSiteSearching('pairs-search', pairsArchive);
    head = JSON.parse(buildSearchFiles(pairsArchive()).get(HEAD_FILE)!) as HeadPayload;
    server = await startStaticServer(out);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  });

  test('the words side by side rank first, and only the pair buckets of the query are fetched', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('latihan militer gabungan')}`);
    await page.waitForSelector('#search-app[data-state="complete"]');
    const links = await page.$$eval('#search-results > li a', (nodes) => nodes.map((a) => a.getAttribute('href') ?? ''));
    assert.equal(links[0], '/artikel/target/');
    const pairs = ['latih militer', 'militer gabung'].map((pair) => `/search/${pairFile(bucketOf(pair, head.pairBuckets))}`);
    assert.deepEqual([...new Set(fetched.filter((path) => path.startsWith('/search/p/')))].sort(), [...new Set(pairs)].sort());
  });

  test('the search form offers only facet values that have articles', async () => {
    const options = await page.$$eval('#filter-topic option', (nodes) => nodes.map((n) => n.getAttribute('value') ?? ''));
    assert.deepEqual(options.sort(), ['', 'kontraterorisme']);
  });
});
