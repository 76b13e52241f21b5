/** The real seed content, loaded by src/content and built: pages, dates as the articles state them, valid output. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArchive } from '../../src/content/load.ts';
import type { Archive } from '../../src/content/model.ts';
import { buildSite } from './build-site.ts';
import { checkLinks, htmlProblems, listFiles } from './site-checks.ts';

let out: string;
let archive: Archive;
const page = (url: string) => readFile(join(out, url, 'index.html'), 'utf8');

before(async () => {
  const { archive: loaded, errors } = await loadArchive({ contentDir: 'content' });
  assert.deepEqual(errors, []);
  archive = loaded;
  out = await buildSite(archive);
});

test('every seed article and every term an article names has its page; the other registry terms have none', async () => {
  const files = new Set(await listFiles(out));
  assert.ok(archive.articles.length >= 5);
  const named = new Set(archive.articles.flatMap((a) => [...a.topics, ...a.actors, a.source.source].map((term) => term.url)));
  const unnamed = [...archive.topics, ...archive.actors, ...archive.sources].filter((term) => !named.has(term.url));
  assert.ok(unnamed.length > 0, 'the registry has terms no seed article names (e.g. Kementerian Luar Negeri RI)');
  for (const url of [...archive.articles.map((a) => a.url), ...named]) assert.ok(files.has(`${url.slice(1)}index.html`), url);
  for (const { url } of unnamed) {
    assert.ok(!files.has(`${url.slice(1)}index.html`) && !files.has(`${url.slice(1)}feed.xml`), `${url}: no page, no feed`);
    assert.ok(!(await page(url.split('/')[1]!)).includes(`href="${url}"`), `${url}: not listed`);
  }
});

test('dates show the day the article states, in Indonesian', async () => {
  // Date-only and WIB-time values: neither may slip to the previous day.
  const cases: Record<string, string> = {
    '2016-01-29-rusia-indonesia-tingkatkan-kerja-sama-kontraterorisme': '29 Januari 2016',
    '2017-01-31-rusia-klaim-trump-sepakat-perangi-isis-bersama': '31 Januari 2017',
    '2017-08-09-rusia-indonesia-sepakat-kerja-sama-perangi-isis': '9 Agustus 2017',
    '2025-07-10-rusia-as-berkomitmen-temukan-solusi-damai': '10 Juli 2025',
  };
  for (const [slug, shown] of Object.entries(cases)) {
    const article = archive.articles.find((a) => a.slug === slug);
    assert.ok(article, slug);
    assert.match(await page(article.url), new RegExp(`<dt>Terbit</dt><dd><time datetime="[^"]+">${shown}</time>`), slug);
  }
});

test('seed build: valid HTML and no broken links', async () => {
  assert.deepEqual(await htmlProblems(out), []);
  assert.deepEqual((await checkLinks(out)).broken, []);
});
