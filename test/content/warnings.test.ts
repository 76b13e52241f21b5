import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArchive } from '../../src/content/load.ts';
import { formatContentError, formatContentWarning } from '../../src/content/errors.ts';
import { archiveToday } from '../../src/content/warnings.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { WARNED } from './warned-content.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('loadArchive warns of stray files, non-slug names, dates unlike the file name and dates after today', async () => {
  const dir = await makeContent(WARNED);
  const { errors, warnings, archive } = await loadArchive({ contentDir: dir });
  assert.deepEqual(errors.map(formatContentError), []);
  assert.equal(archive.articles.length, 4, 'warnings never keep an article out');
  const lines = warnings.map(formatContentWarning);
  const expected = [
    /2019-08-25-tanggal-lain\.md:3: warning: "date" is 2018-01-01 but the file name says 2019-08-25 \(/,
    /2999-01-01-masa-depan\.md:3: warning: "date" 2999-01-01 is after today \(\d{4}-\d{2}-\d{2} in WIB\) \(/,
    /Uji Nama File\.md:1: warning: the file name is not a URL slug; the article is published at \/artikel\/uji-nama-file\/ \(rename it to uji-nama-file\.md/,
    /catatan\.txt:1: warning: is not an article and is not published \(/,
  ];
  assert.equal(lines.length, expected.length, lines.join('\n'));
  for (const pattern of expected) assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in:\n${lines.join('\n')}`);
});

test('warnings are worked out again for articles whose fields come from the parse cache', async () => {
  const dir = await makeContent(WARNED);
  const cacheDir = await tempDir('arsip-cache-');
  const first = (await loadArchive({ contentDir: dir, cacheDir })).warnings.map(formatContentWarning);
  const cached = (await loadArchive({ contentDir: dir, cacheDir })).warnings.map(formatContentWarning);
  assert.equal(first.length, 4);
  assert.deepEqual(cached, first);
});

test('Markdown under another extension is an error that says to rename it', async () => {
  const dir = await makeContent({ 'articles/2017-08-09-a.markdown': article(), 'articles/b.mkd': article(), 'c.mdown': article() });
  const { errors, warnings } = await loadArchive({ contentDir: dir });
  assert.deepEqual(warnings, []);
  const lines = errors.map(formatContentError);
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.ok(lines.some((line) => /2017-08-09-a\.markdown:1: is not read: only \.md files are articles \(rename it to 2017-08-09-a\.md\)/.test(line)), lines.join('\n'));
  assert.ok(lines.some((line) => /b\.mkd:1: .*rename it to b\.md/.test(line)));
  assert.ok(lines.some((line) => /c\.mdown:1: .*rename it to c\.md/.test(line)));
});

test('the top folder and registry/ may hold other files without a warning', async () => {
  const dir = await makeContent({ 'articles/2017-08-09-a.md': article(), 'LICENSE.txt': 'CC BY', 'registry/NOTES.txt': 'catatan' });
  const { errors, warnings } = await loadArchive({ contentDir: dir });
  assert.deepEqual([...errors, ...warnings].map(formatContentError), []);
});

test('today is the calendar day in Jakarta (UTC+7)', () => {
  assert.equal(archiveToday(new Date('2026-12-07T16:59:59Z')), '2026-12-07');
  assert.equal(archiveToday(new Date('2026-12-07T17:00:00Z')), '2026-12-08');
});

test('a warning in terminal-hostile text is escaped like an error', () => {
  const line = formatContentWarning({ file: 'a\u001b[2J.md', line: 1, message: 'is not an article' });
  assert.equal(line, 'a\\u{1b}[2J.md:1: warning: is not an article');
});
