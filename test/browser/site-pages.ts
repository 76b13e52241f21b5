/**
 * The shared fixture site (test/site/build-site.ts) served over HTTP and one Chromium, for the browser test files
 * that look at its pages.
 */
import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { sharedFixtureSite } from '../site/build-site.ts';

export const PAGES: Record<string, string> = {
  home: '/',
  article: '/artikel/2017-02-01-pagi-di-jakarta/',
  topic: '/topik/kontraterorisme/',
  timeline: '/linimasa/',
  year: '/linimasa/2017/',
  month: '/linimasa/2017/02/',
  search: '/search/?q=rusia',
  about: '/tentang/',
};

export interface SitePages {
  browser(): Browser;
  server(): StaticServer;
  /** A new page (in a context of its own) at `path`, once it has settled (`settled`); a dialog fails the test. */
  open(path: string, options?: { width?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
}

/** Serves the fixture site and starts Chromium before the file's tests (unless Chromium is missing), stops both after. */
export function useSitePages(): SitePages {
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    if (skip) return;
    server = await startStaticServer(await sharedFixtureSite());
    browser = await launchChromium();
    await mkdir('test-output', { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser,
    server: () => server,
    async open(path, options = {}) {
      const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected dialog on ${path}: ${dialog.message()}`);
      });
      await page.goto(server.origin + path);
      await settled(page);
      return page;
    },
  };
}

/**
 * Waits until the page shows what it will show: loaded (scripts, styles and images), and on the search page with a
 * query, the results complete. Waiting for these rather than for half a second without requests (Playwright's
 * `networkidle`) is both sooner and surer.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => {
    const app = document.querySelector<HTMLElement>('#search-app');
    return !app || !location.search || app.dataset.state === 'complete';
  });
}
