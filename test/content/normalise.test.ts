import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArchive } from '../../src/content/load.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';

async function load(files: Record<string, string | Uint8Array>, includeDrafts = false) {
  const result = await loadArchive({ contentDir: await makeContent(files), includeDrafts });
  assert.deepEqual(result.errors, []);
  return result.archive;
}

test('aliases normalise to canonical actors, topics and sources, without duplicates', async () => {
  const { articles } = await load({
    'a.md': article({ actors: '[Menlu Rusia, Lavrov, AS, united states, "Kemenlu  RI"]', topics: '[Counter-terrorism, Forum regional]', source: 'Russia Beyond' }),
  });
  const a = articles[0]!;
  assert.deepEqual(a.actors.map((x) => x.name), ['Sergey Lavrov', 'Amerika Serikat', 'Kementerian Luar Negeri RI']);
  assert.deepEqual(a.topics.map((t) => t.id), ['kontraterorisme', 'forum-regional']);
  assert.equal(a.source.source.name, 'RBTH Indonesia');
});

test('dates are ISO strings in their own zone: WIB by default, no drift', async () => {
  const { articles } = await load({
    'a.md': article({ date: '2017-08-09' }),
    'b.md': article({ date: '2017-01-31 14:44' }),
    'c.md': article({ date: '2017-01-31T23:30:00Z' }),
    'd.md': article({ date: '2017-01-31T08:00 WITA' }),
  });
  const byFile = Object.fromEntries(articles.map((a) => [a.slug, a.date]));
  assert.equal(byFile.a!.iso, '2017-08-09');
  assert.equal(byFile.a!.day, '2017-08-09');
  assert.equal(byFile.a!.hasTime, false);
  assert.equal(byFile.b!.iso, '2017-01-31T14:44:00+07:00');
  assert.equal(byFile.c!.iso, '2017-01-31T23:30:00+00:00');
  assert.equal(byFile.c!.day, '2017-01-31', 'the day as written, not shifted into WIB');
  assert.equal(byFile.d!.iso, '2017-01-31T08:00:00+08:00');
  assert.equal(byFile.b!.timestamp, Date.parse('2017-01-31T07:44:00Z'));
});

test('YAML 1.2: 12:30 stays text and a quoted # is kept', async () => {
  const { articles } = await load({ 'a.md': article({ title: '12:30', summary: '"Rusia #1 mitra"' }) });
  assert.equal(articles[0]!.title, '12:30');
  assert.equal(articles[0]!.summary, 'Rusia #1 mitra');
});

test('a UTF-8 byte-order mark and CRLF line endings are accepted', async () => {
  const text = '\uFEFF' + article({ title: 'Judul CRLF' }).replace(/\n/g, '\r\n');
  const { articles } = await load({ 'a.md': text });
  assert.equal(articles[0]!.title, 'Judul CRLF');
  assert.doesNotMatch(articles[0]!.html, /\r/);
});

test('slugs come from file names as lower-case ASCII', async () => {
  const { articles } = await load({ 'Ünïcode Judul Berita!.md': article() });
  assert.equal(articles[0]!.slug, 'unicode-judul-berita');
  assert.equal(articles[0]!.url, '/artikel/unicode-judul-berita/');
});

test('article HTML is sanitised', async () => {
  const body = [
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(2)">',
    '[klik](javascript:alert(3))',
    '<a href="https://example.org" onclick="alert(4)">tautan</a>',
    '<iframe src="https://evil.example"></iframe>',
    '**tebal** dan _miring_',
  ].join('\n\n');
  const html = (await load({ 'a.md': article({}, body) })).articles[0]!.html;
  assert.doesNotMatch(html, /<script|onerror|onclick|javascript:|<iframe/i);
  assert.match(html, /<strong>tebal<\/strong>/);
});

test('excerpt skips photo captions; word count and reading time are derived', async () => {
  const words = Array.from({ length: 450 }, (_, i) => `kata${i}`).join(' ');
  const { articles } = await load({ 'a.md': article({}, `*Foto: keterangan foto.*\n\nParagraf pembuka berita.\n\n${words}`) });
  const a = articles[0]!;
  assert.equal(a.excerpt, 'Paragraf pembuka berita.');
  assert.equal(a.wordCount, 3 + 3 + 450);
  assert.equal(a.readingMinutes, 2);
});

test('drafts are left out unless asked for', async () => {
  const files = { 'a.md': article(), 'b.md': article({ draft: 'true' }) };
  assert.deepEqual((await load(files)).articles.map((a) => a.slug), ['a']);
  assert.deepEqual((await load(files, true)).articles.map((a) => a.slug).sort(), ['a', 'b']);
});

test('related articles share the most (and rarest) terms, ties going to the nearest in time', async () => {
  const { articles } = await load({
    'base.md': article({ date: '2017-01-01', actors: '[Lavrov, Galuzin, Indonesia]' }),
    'close.md': article({ date: '2016-01-01', actors: '[Lavrov, Galuzin]' }),
    'newer.md': article({ date: '2018-06-01', actors: '[Indonesia]' }),
    'older.md': article({ date: '2016-09-01', actors: '[Indonesia]' }),
    'none.md': article({ date: '2019-01-01', actors: '[Putin]', topics: '[timur-tengah]' }),
  });
  const base = articles.find((a) => a.slug === 'base')!;
  assert.deepEqual(base.related.map((r) => r.id), ['close', 'older', 'newer']);
});

test('related lists only the five best of many candidates, best first', async () => {
  // Newest first is the order candidates are met in: the weaker ones come first and must give way.
  const { articles } = await load({
    'base.md': article({ date: '2017-01-01', actors: '[Lavrov, Galuzin, Indonesia, Putin]' }),
    'one-far.md': article({ date: '2022-01-01', actors: '[Lavrov]' }),
    'none.md': article({ date: '2020-01-01', actors: '[]' }),
    'two.md': article({ date: '2019-06-01', actors: '[Lavrov, Galuzin]' }),
    'one-near.md': article({ date: '2018-01-01', actors: '[Lavrov]' }),
    'three-near.md': article({ date: '2016-01-01', actors: '[Lavrov, Galuzin, Indonesia]' }),
    'three-far.md': article({ date: '2013-01-01', actors: '[Lavrov, Galuzin, Indonesia]' }),
    'four.md': article({ date: '2012-01-01', actors: '[Lavrov, Galuzin, Indonesia, Putin]' }),
  });
  const base = articles.find((a) => a.slug === 'base')!;
  assert.deepEqual(base.related.map((r) => r.id), ['four', 'three-near', 'three-far', 'two', 'one-near']);
});

test('dot-files and everything in dot-folders are ignored, at any depth', async () => {
  const { articles } = await load({
    'a.md': article(),
    '.a.md.swp.md': 'not an article',
    '.git/b.md': 'not an article',
    'sub/.trash/c.md': 'not an article',
    'sub/d.md': article({ title: 'Judul D' }),
  });
  assert.deepEqual(articles.map((a) => a.slug).sort(), ['a', 'd']);
});

test('a long article (past the 64 KB read buffer) is read whole', async () => {
  const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraf ${i} tentang Rusia dan Indonesia.`).join('\n\n');
  const { articles } = await load({ 'a.md': article({}, `${paragraphs}\n\nAkhir berita.`), 'b.md': article({ title: 'Sesudahnya' }) });
  const long = articles.find((a) => a.slug === 'a')!;
  assert.ok(long.text.length > 64 * 1024);
  assert.match(long.text, /Paragraf 1999 tentang Rusia dan Indonesia\.\n\nAkhir berita\.$/);
  assert.equal(articles.find((a) => a.slug === 'b')!.title, 'Sesudahnya');
});
