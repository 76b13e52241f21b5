/**
 * How the search page starts (templates/search.11ty.ts, src/search/client/main.ts): the index's head is preloaded by
 * the page while its scripts load, and the fetch in search.js takes that response rather than fetching it again; the
 * worker gets the head, and the dictionary files the stemming of the query in the URL starts with, from the page,
 * not by fetching them once its own script has loaded and run. A search waits three rounds of fetches less.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { launchChromium, skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { sharedFixtureSite } from '../site/build-site.ts';
import { HEAD_FILE } from '../../src/search/payload.ts';

let server: StaticServer;
let browser: Browser;

before(async () => {
  if (skip) return;
  server = await startStaticServer(await sharedFixtureSite());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the head of the index is requested before either script of the page is served, once, and the search completes', { skip }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let headRequested!: () => void;
  const head = new Promise<void>((resolve) => (headRequested = resolve));
  const headRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== `/search/${HEAD_FILE}`) return;
    headRequests.push(request.url());
    headRequested();
  });
  // Each script is held back until the head is requested (or long enough to tell that it was not).
  const headFirst = new Map<string, boolean>();
  await page.route(/\/assets\/search(-worker)?\.js$/, async (route) => {
    headFirst.set(new URL(route.request().url()).pathname, await Promise.race([head.then(() => true), delay(3000).then(() => false)]));
    await route.continue();
  });
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent('kontraterorisme')}`);
  await page.waitForSelector('#search-app[data-state="complete"]');
  assert.deepEqual(Object.fromEntries(headFirst), { '/assets/search.js': true, '/assets/search-worker.js': true }, 'head.json requested before either script was served');
  assert.equal(headRequests.length, 1, `the preloaded head is the one search.js uses: ${headRequests.join(' ')}`);
  assert.ok((await page.locator('#search-results > li').count()) > 0, 'results shown');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the dictionary files the query starts with are fetched by the page before the worker script is served, once each', { skip }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const dictionary: string[] = [];
  let dictionaryRequested!: () => void;
  const requested = new Promise<void>((resolve) => (dictionaryRequested = resolve));
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/search/s/')) return;
    dictionary.push(path);
    dictionaryRequested();
  });
  let beforeWorker: boolean | undefined;
  await page.route('**/assets/search-worker.js', async (route) => {
    beforeWorker = await Promise.race([requested.then(() => true), delay(3000).then(() => false)]);
    await route.continue();
  });
  // Words with affixes, whose stemming asks about roots in several files.
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent('bagian membahas')}`);
  await page.waitForSelector('#search-app[data-state="complete"]');
  assert.equal(beforeWorker, true, 'a dictionary file was requested before the worker script was served');
  assert.ok(dictionary.length > 1, dictionary.join(' '));
  assert.equal(new Set(dictionary).size, dictionary.length, `each file once: ${dictionary.join(' ')}`);
  assert.ok((await page.locator('#search-results > li').count()) > 0, `results shown: ${await page.textContent('#search-status')}`);
  assert.deepEqual(errors, []);
  await page.close();
});
