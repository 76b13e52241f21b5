/**
 * How the search page starts (src/search/client/main.ts): the index's head is fetched by the page beside the
 * worker's script, not by the worker once its script has loaded and run, so a search waits one round trip less.
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

test('the head of the index is requested while the worker script is still loading, and the search completes', { skip }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let headRequested!: () => void;
  const head = new Promise<void>((resolve) => (headRequested = resolve));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/search/${HEAD_FILE}`) headRequested();
  });
  // The worker script is held back until the head is requested (or long enough to tell that it was not).
  let headBeforeWorker: boolean | undefined;
  await page.route('**/assets/search-worker.js', async (route) => {
    headBeforeWorker = await Promise.race([head.then(() => true), delay(3000).then(() => false)]);
    await route.continue();
  });
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent('kontraterorisme')}`);
  await page.waitForSelector('#search-app[data-state="complete"]');
  assert.equal(headBeforeWorker, true, 'head.json requested before the worker script was served');
  assert.ok((await page.locator('#search-results > li').count()) > 0, 'results shown');
  assert.deepEqual(errors, []);
  await page.close();
});
