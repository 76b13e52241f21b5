/**
 * A large archive's article pages are rendered in several Eleventy runs (src/eleventy/render-pages.ts): the pages
 * are those of one run.
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

async function options(articlesPerRun?: number): Promise<Omit<RenderOptions, 'configure'>> {
  const contentDir = await tempDir('render-runs-content-');
  const selection = allPages(siteModelOf(archive, await loadSettings(contentDir)));
  return {
    input: 'templates',
    output: await tempDir('render-runs-out-'),
    configPath: '.eleventy.ts',
    handover: { contentDir, archive: () => archive, selection, writesSearchIndex: false },
    ...(articlesPerRun ? { articlesPerRun } : {}),
  };
}

/** Renders with `options` and returns every page the transforms were handed: path under the output folder → text. */
async function rendered(options: Omit<RenderOptions, 'configure'>): Promise<{ pages: Map<string, string>; count: number; runs: number }> {
  const pages = new Map<string, string>();
  let count = 0;
  let runs = 0;
  await renderPages({
    ...options,
    configure: (config: EleventyConfig) => {
      config.addTransform('collect', function (content: string) {
        if (this.page.outputPath) {
          count++;
          pages.set(this.page.outputPath.slice(options.output.length), content);
        }
        return content;
      });
      config.on('eleventy.after', () => void runs++);
    },
  });
  return { pages: new Map([...pages].sort(([a], [b]) => a.localeCompare(b))), count, runs };
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

test('pages rendered in runs of four equal the pages of one run, and a page writer writes each of them', async () => {
  const one = await rendered(await options());
  assert.ok(one.pages.size > archive.articles.length, 'article pages and the others');
  assert.equal(one.runs, 1);

  const runs = await rendered(await options(4));
  assert.equal(runs.runs, Math.ceil(archive.articles.length / 4), 'one Eleventy run per four articles');
  assert.equal(runs.count, one.count, 'no page rendered twice');
  assert.deepEqual(runs.pages, one.pages);

  const written = await options(4);
  const writer = new PageWriter(written.output);
  await renderPages({ ...written, configure: handPagesTo(writer) });
  await writer.close();
  const files = (await readdir(written.output, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const texts = new Map(await Promise.all(files.map(async (file) => [file.slice(written.output.length), await readFile(file, 'utf8')] as const)));
  // Besides the pages, the search client, which the first run writes.
  assert.deepEqual(new Map([...texts].filter(([path]) => !path.startsWith('/assets/search')).sort(([a], [b]) => a.localeCompare(b))), one.pages);
  assert.ok(texts.has('/assets/search.js'));
});
