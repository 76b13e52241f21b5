/** A draft's page (only serve and build --drafts render one) says it is a draft; a published article's never does. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UI_STRINGS } from '../../src/site/i18n.ts';
import { buildSite } from './build-site.ts';
import { fixtureArchive } from './fixture-archive.ts';
import { htmlProblems } from './site-checks.ts';

test('a draft article page carries the draft label, a published one none', async () => {
  const archive = fixtureArchive();
  const [draft, published] = archive.articles;
  draft!.draft = true;
  const out = await buildSite(archive);
  const page = (url: string) => readFile(join(out, url, 'index.html'), 'utf8');
  const draftPage = await page(draft!.url);
  assert.match(draftPage, /<p class="draft-label">Draf: belum terbit<\/p>/);
  assert.ok(!(await page(published!.url)).includes('draft-label'), 'no label on a published article');
  assert.ok(!(await page('/')).includes('draft-label'), 'lists are not labelled');
  const draftFile = join(draft!.url.slice(1), 'index.html');
  assert.deepEqual(await htmlProblems(out, (file) => file === draftFile), []);
});

test('the label is translated, and styled', async () => {
  assert.equal(UI_STRINGS.en.draftLabel, 'Draft: not published');
  assert.equal(UI_STRINGS.id.draftLabel, 'Draf: belum terbit');
  const css = await readFile(new URL('../../public/assets/site.css', import.meta.url), 'utf8');
  assert.match(css, /\.draft-label \{[^}]*border[^}]*\}/);
});
