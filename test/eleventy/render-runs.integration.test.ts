/**
 * A large archive's pages are rendered in several Eleventy runs of a bounded number of pages
 * (src/eleventy/render-pages.ts): the pages are those of one run, and nothing keeps the archive once they are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { EleventyConfig } from '@11ty/eleventy';
import { renderPages, renderRuns, type RenderOptions } from '../../src/eleventy/render-pages.ts';
import { handPagesTo, PageWriter } from '../../src/output/page-writer.ts';
import { allPages } from '../../src/site/paged-collections.ts';
import { siteModelOf } from '../../src/site/site-model-of.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixtureArchive } from '../site/fixture-archive.ts';

const archive = fixtureArchive();

async function options(pagesPerRun?: number, of = archive): Promise<Omit<RenderOptions, 'configure'>> {
  const contentDir = await tempDir('render-runs-content-');
  const selection = allPages(siteModelOf(of, await loadSettings(contentDir)));
  return {
    input: 'templates',
    output: await tempDir('render-runs-out-'),
    configPath: '.eleventy.ts',
    handover: { contentDir, archive: () => of, selection, writesSearchIndex: false },
    ...(pagesPerRun ? { pagesPerRun } : {}),
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

// First in this file: Eleventy keeps the layouts of the first run in a process, with that run's configuration, for
// every later run and instance (its LayoutCache), so only the first run's archive could be kept that way.
test('once its pages are rendered, nothing keeps the archive or its pages', async () => {
  const rendered = async () => {
    const ofTest = fixtureArchive();
    const renderOptions = await options(4, ofTest);
    const writer = new PageWriter(renderOptions.output);
    await renderPages({ ...renderOptions, configure: handPagesTo(writer) });
    await writer.close();
    return { archive: new WeakRef(ofTest), page: new WeakRef(renderOptions.handover.selection.articles[0]!) };
  };
  const { archive, page } = await rendered();
  await new Promise((next) => setImmediate(next)); // a WeakRef keeps its target until the task that made it ends
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  assert.equal(archive.deref(), undefined, 'the archive was collected');
  assert.equal(page.deref(), undefined, 'its pages were collected');
});

test('the runs hold every page once: the small collections and what fits in the first, listings or articles in each later one', async () => {
  const { selection } = (await options()).handover;
  const small = selection.years.length + selection.months.length + selection.feeds.length;
  const { listingPages, articles } = selection;
  assert.ok(listingPages.length > 4, 'the fixture has listing pages for several runs');
  // [pages per run, listing pages in the first run, articles in the first run]
  for (const [pagesPerRun, listings, inFirst] of [
    [4, Math.max(0, 4 - small), 0],
    [small + listingPages.length + 2, listingPages.length, 2],
  ] as const) {
    const runs = renderRuns(selection, pagesPerRun);
    const [first, ...later] = runs;
    assert.equal(first!.template, undefined, 'the first run renders every template');
    assert.deepEqual({ ...first!.selection, listingPages: [], articles: [] }, { ...selection, listingPages: [], articles: [] }, 'years, months and feeds in the first run');
    assert.equal(first!.selection.listingPages.length, listings, `listing pages in the first run of ${pagesPerRun}`);
    assert.equal(first!.selection.articles.length, inFirst, `articles in the first run of ${pagesPerRun}`);
    assert.deepEqual(runs.flatMap((run) => run.selection.listingPages), listingPages);
    assert.deepEqual(runs.flatMap((run) => run.selection.articles), articles);
    assert.ok(later.length > 0, 'the fixture needs more than one run');
    for (const { selection: run, template } of later) {
      const [collection, ...others] = Object.entries(run).filter(([, items]) => items.length > 0);
      assert.equal(others.length, 0, 'one collection per later run');
      assert.ok(collection![1].length <= pagesPerRun);
      assert.equal(template, { listingPages: 'term-listing.11ty.ts', articles: 'article.11ty.ts' }[collection![0]], `the template of ${collection![0]}`);
    }
  }
  assert.deepEqual(renderRuns(selection), [{ selection }], 'an archive of a usual size is one run');
});

test('pages rendered in runs of four equal the pages of one run, and a page writer writes each of them', async () => {
  const one = await rendered(await options());
  assert.ok(one.pages.size > archive.articles.length, 'article pages and the others');
  assert.equal(one.runs, 1);

  const runs = await rendered(await options(4));
  assert.equal(runs.runs, renderRuns((await options()).handover.selection, 4).length, 'one Eleventy run per run of four pages');
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
