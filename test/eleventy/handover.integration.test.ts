/** The hand-over from the caller of Eleventy to .eleventy.ts: what is handed over is what the site is built from. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { allPages } from '../../src/site/paged-collections.ts';
import { siteModelOf } from '../../src/site/site-model-of.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { buildSite, sharedFixtureSite } from '../site/build-site.ts';
import { fixtureArchive } from '../site/fixture-archive.ts';

test('Eleventy run without a hand-over stops with a line saying how to run it', async () => {
  const eleventy = new Eleventy('templates', await tempDir('handover-none-'), { configPath: '.eleventy.ts', quietMode: true });
  await assert.rejects(eleventy.write(), (error: Error & { originalError?: Error }) => {
    assert.match(`${error.message} ${error.originalError?.message ?? ''}`, /run by `npm run build` or `npm run serve`/);
    return true;
  });
});

test('the handed-over archive, page selection and search-index duty decide what Eleventy writes', async () => {
  const archive = fixtureArchive();
  const [article, other] = archive.articles;
  const full = allPages(siteModelOf(archive, await loadSettings(await tempDir('handover-settings-'))));
  const selection = { ...full, articles: full.articles.filter((page) => page.article === article) };
  const out = await buildSite(archive, {}, undefined, { selection, writesSearchIndex: false });
  assert.ok(existsSync(join(out, 'artikel', article!.slug, 'index.html')), 'the selected article is written');
  assert.ok(!existsSync(join(out, 'artikel', other!.slug, 'index.html')), 'an article outside the selection is not');
  assert.ok(!existsSync(join(out, 'search', 'head.json')), 'the caller writes the search index');
  const everything = await sharedFixtureSite();
  assert.ok(existsSync(join(everything, 'artikel', other!.slug, 'index.html')));
  assert.ok(readFileSync(join(everything, 'search', 'head.json'), 'utf8').length > 0, '.eleventy.ts writes the search index');
});
