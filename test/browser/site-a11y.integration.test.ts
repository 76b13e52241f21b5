/**
 * The built fixture site in headless Chromium, page by page: axe-core finds no WCAG 2.2 AA violations (light and
 * dark), and pages fit 360 px and 1280 px (screenshots in test-output/). Apart from test/browser/site.integration.test.ts
 * so that the two files run side by side.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { PAGES, useSitePages } from './site-pages.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { open } = useSitePages();

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
  passes: { id: string }[];
}

/** Violations as "rule: targets" lines, and the ids of the rules that passed. */
async function axeResults(page: Page): Promise<{ violations: string[]; passes: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } };
    // Every violating node is reported; passing rules are listed with one node each, which is all the test reads.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
      passes: result.passes.map((p) => p.id),
    };
  }, WCAG_22_AA);
}

test('axe-core: no WCAG 2.2 AA violations in light and dark mode', { skip }, async () => {
  for (const [name, path] of Object.entries(PAGES)) {
    // One page per path, switched from light to dark: the colour scheme is a media feature, as a fresh page's would be.
    const page = await open(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme === 'dark');
      const { violations, passes } = await axeResults(page);
      assert.deepEqual(violations, [], `${name} (${colorScheme})`);
      assert.ok(passes.includes('color-contrast') && passes.includes('link-name'), `${name}: axe really checked the page`);
    }
    await page.close();
  }
});

test('pages fit 360 px and 1280 px without sideways scrolling (screenshots in test-output/)', { skip }, async () => {
  for (const [name, path] of Object.entries(PAGES)) {
    // One page per path, resized: widths are media features and layout, as on a fresh page of that width.
    const page = await open(path, { width: 360 });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `${name} at ${width}px scrolls sideways (${scrollWidth}px)`);
      const searchBox = await page.locator('#header-search-q').boundingBox();
      assert.ok(searchBox && searchBox.x >= 0 && searchBox.x + searchBox.width <= width, `${name} at ${width}px: header search visible`);
      await page.screenshot({ path: `test-output/site-${name}-${width}.png`, fullPage: true });
    }
    await page.close();
  }
  const dark = await open(PAGES.article!, { width: 360, colorScheme: 'dark' });
  await dark.screenshot({ path: 'test-output/site-article-360-dark.png', fullPage: true });
  await dark.close();
});
