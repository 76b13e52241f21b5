/**
 * A large archive's article pages are rendered in several Eleventy runs (src/eleventy/render-pages.ts): the pages,
 * written or returned, are those of one run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { renderPages, renderRuns, type RenderOptions } from '../../src/eleventy/render-pages.ts';
import { handPagesTo, PageWriter } from '../../src/output/page-writer.ts';
import { allPages } from '../../src/site/paged-collections.ts';
import { siteModelOf } from '../../src/site/site-model-of.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixtureArchive } from '../site/fixture-archive.ts';

const archive = fixtureArchive();

async function options(articlesPerRun?: number): Promise<RenderOptions> {
  const contentDir = await tempDir('render-runs-content-');
  const selection = allPages(siteModelOf(archive, await loadSettings(contentDir)));
  return {
    input: 'templates',
    output: await tempDir('render-runs-out-'),
    configPath: '.eleventy.ts',
    handover: { contentDir, archive: () => archive, selection, writesSearchIndex: false },
    handedOn: false,
    ...(articlesPerRun ? { articlesPerRun } : {}),
  };
}

/** Output path (under the output folder) → text, for the pages that are written. */
function byPath(output: string, pages: { outputPath: string | false; content: string }[]): Map<string, string> {
  return new Map(pages.flatMap(({ outputPath, content }) => (outputPath ? [[outputPath.slice(output.length), content] as const] : [])).sort(([a], [b]) => a.localeCompare(b)));
}

test('the runs hold every page once: all but the later articles in the first, articles only in the others', async () => {
  const { selection } = (await options()).handover;
  const runs = renderRuns(selection, 4);
  assert.equal(runs.length, Math.ceil(selection.articles.length / 4));
  assert.ok(runs.length >= 3, 'the fixture needs several runs of four');
  assert.deepEqual(runs.flatMap((run) => run.articles), selection.articles);
  assert.ok(runs.every((run) => run.articles.length <= 4));
  assert.deepEqual({ ...runs[0]!, articles: [] }, { ...selection, articles: [] });
  for (const run of runs.slice(1)) assert.deepEqual({ ...run, articles: [] }, { articles: [], listingPages: [], years: [], months: [], feeds: [] });
  assert.deepEqual(renderRuns(selection), [selection], 'an archive of a usual size is one run');
});

test('pages rendered in runs of four equal the pages of one run, returned or handed to a writer', async () => {
  const one = await options();
  const onePages = await renderPages(one);
  const whole = byPath(one.output, onePages);
  assert.ok(whole.size > archive.articles.length, 'article pages and the others');

  const runs = await options(4);
  const runsPages = await renderPages(runs);
  assert.equal(runsPages.length, onePages.length, 'no page rendered twice');
  assert.deepEqual(byPath(runs.output, runsPages), whole);

  const written = await options(4);
  const writer = new PageWriter(written.output);
  let afterHooks = 0;
  const pages = await renderPages({
    ...written,
    handedOn: true,
    configure: (config: EleventyConfig) => {
      handPagesTo(writer)(config);
      config.on('eleventy.after', () => void afterHooks++);
    },
  });
  await writer.close();
  assert.deepEqual(pages, [], 'handed on, not returned');
  assert.equal(afterHooks, Math.ceil(archive.articles.length / 4), 'one Eleventy run per four articles');
  const files = (await readdir(written.output, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const texts = new Map(await Promise.all(files.map(async (file) => [file.slice(written.output.length), await readFile(file, 'utf8')] as const)));
  // Besides the pages, the search client, which the first run writes.
  assert.deepEqual(new Map([...texts].filter(([path]) => !path.startsWith('/assets/search')).sort(([a], [b]) => a.localeCompare(b))), whole);
  assert.ok(texts.has('/assets/search.js'));
});
