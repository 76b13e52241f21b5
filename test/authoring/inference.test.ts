import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRegistry } from '../../src/content/registry.ts';
import { actorFinder } from '../../src/authoring/infer-actors.ts';
import { topicFinder } from '../../src/authoring/infer-topics.ts';
import { sourceFinder } from '../../src/authoring/infer-source.ts';
import { inferTitle } from '../../src/authoring/infer-title.ts';
import { classifyLines, splitLines } from '../../src/authoring/raw-article.ts';
import { markdownBody, escapeMarkdown } from '../../src/authoring/markdown-body.ts';
import { createImporter } from '../../src/authoring/import-article.ts';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';

const { registry } = await loadRegistry(REAL_CONTENT);
const findActors = actorFinder(registry.actors, registry.sources);
const actorsIn = (text: string, year?: number) => findActors(text, year).inferred.value ?? [];
const publisherNames = registry.sources.flatMap((s) => [s.name, ...s.aliases]);

test('actors: aliases on word boundaries, acronyms exactly, canonical names out', () => {
  assert.deepEqual(actorsIn('Lavrov bertemu Menlu RI di Jakarta.', 2017), ['Sergey Lavrov', 'Retno Marsudi']);
  assert.deepEqual(actorsIn('Rusiana membahas hal itu atas nama rakyat; kami berdiskusi dengan us.'), [], 'no "Rusia" in Rusiana, no AS in atas, no US in us');
  assert.deepEqual(actorsIn('Kerja sama Rusia-ASEAN.'), ['Rusia', 'ASEAN'], 'a hyphen is a word boundary');
  assert.deepEqual(actorsIn('Sergéy Lávrov tiba.'), ['Sergey Lavrov'], 'accents are ignored');
});

test('actors: the longest name wins, so a title naming a person does not also count its country', () => {
  assert.deepEqual(actorsIn('Duta Besar Rusia untuk Indonesia berbicara.', 2016), ['Mikhail Galuzin']);
});

test('actors: a lower-case title is generic ("presiden Rusia"), not the person', () => {
  assert.deepEqual(actorsIn('telepon antara presiden Rusia dan AS'), ['Rusia', 'Amerika Serikat']);
  assert.deepEqual(actorsIn('Presiden Rusia berbicara', 2017), ['Vladimir Putin']);
});

test("actors: publishers' names are not actors, organisations named only as a place are left out", () => {
  assert.deepEqual(actorsIn('Jakarta, CNN Indonesia -- Galuzin berkata.'), ['Mikhail Galuzin']);
  const { inferred } = findActors('Jumpa pers di Kemenlu RI. Rusia hadir.');
  assert.deepEqual(inferred.value, ['Rusia']);
  assert.match(inferred.how, /only named as a place: Kementerian Luar Negeri RI/);
  assert.deepEqual(actorsIn('Kemenlu RI menyatakan, lalu jumpa pers di Kemenlu RI.'), ['Kementerian Luar Negeri RI']);
});

test('topics: keywords from the registry at the start of words, at least two hits', () => {
  const findTopics = topicFinder(registry.topics);
  assert.deepEqual(findTopics('Ancaman terorisme dan teroris ISIS.').value, ['kontraterorisme']);
  assert.equal(findTopics('Dalam pikiran mereka, Kemenlu sibuk.').value, undefined, 'no Iran in pikiran, no menlu in Kemenlu');
  const weak = findTopics('Satu kali ASEAN saja.');
  assert.equal(weak.value, undefined);
  assert.match(weak.how, /too few hits: forum-regional/);
});

test('title: first line, without the site name; a paragraph is not a headline', () => {
  assert.deepEqual(inferTitle('Kabar Internasional – Rusia Sepakat', publisherNames).title.value, 'Rusia Sepakat');
  assert.equal(inferTitle('Rusia Sepakat | ANTARA', publisherNames).title.value, 'Rusia Sepakat');
  const paragraph = inferTitle('Rusia dan Indonesia sepakat. Demikian informasi tersebut dirilis.', publisherNames);
  assert.equal(paragraph.title.value, undefined);
  assert.equal(paragraph.firstLineIsBody, true);
});

const RAW = `Judul Berita
Riva Dessthania Suastha | CNN Indonesia
Selasa, 31 Jan 2017 14:44 WIB
Galuzin menyebut sesuatu yang penting.
Galuzin di Jakarta. (ANTARA FOTO/Yudhi Mahatma)
Jakarta, CNN Indonesia -- Paragraf pertama *penting* <b>ini</b>.

ADVERTISEMENT
Baca juga: Berita lain yang menarik
Subjudul Yang Pendek
Paragraf kedua.
Paragraf kedua.
(aal)
TERPOPULER
Paragraf sesudah akhir artikel.`;

test('raw text: header, caption, chrome, repeats, heading and the end of the article', () => {
  const lines = classifyLines(splitLines(RAW).slice(1), 'Judul Berita');
  assert.deepEqual(
    lines.map((l) => [l.role, l.rule ?? l.credit ?? '']),
    [
      ['byline', ''],
      ['dateline', ''],
      ['standfirst', ''],
      ['caption', 'ANTARA FOTO/Yudhi Mahatma'],
      ['body', ''],
      ['chrome', 'advertisement'],
      ['chrome', 'related link'],
      ['heading', ''],
      ['body', ''],
      ['repeat', ''],
      ['chrome', 'reporter initials'],
      ['chrome', 'navigation'],
      ['chrome', 'after the end of the article'],
    ],
  );
  const body = markdownBody(lines);
  assert.equal(
    body,
    '*Foto: Galuzin di Jakarta. (ANTARA FOTO/Yudhi Mahatma)*\n\nJakarta, CNN Indonesia -- Paragraf pertama \\*penting\\* \\<b\\>ini\\</b\\>.\n\n## Subjudul Yang Pendek\n\nParagraf kedua.\n',
  );

  const source = sourceFinder(registry.sources)(lines);
  assert.equal(source.source.value, 'CNN Indonesia');
  assert.equal(source.author, 'Riva Dessthania Suastha');
  assert.match(source.source.how, /byline, dateline; also ANTARA \(photo credit\)/);
});

test('source: an unknown publisher is a TODO naming it, never a guess', () => {
  const lines = classifyLines(splitLines('Penulis Satu | Koran Baru\nIsi berita.'));
  const { source } = sourceFinder(registry.sources)(lines);
  assert.equal(source.value, undefined);
  assert.match(source.how, /not in content\/registry\/sources\.yaml: byline "Koran Baru"/);
});

test('markdown escaping keeps pasted text literal', () => {
  assert.equal(escapeMarkdown('# bukan judul'), '\\# bukan judul');
  assert.equal(escapeMarkdown('1. bukan daftar'), '1\\. bukan daftar');
  assert.equal(escapeMarkdown('- bukan daftar'), '\\- bukan daftar');
  assert.equal(escapeMarkdown('[tautan](javascript:alert(1))'), '\\[tautan\\](javascript:alert(1))');
});

test('import: a teaser for another article does not date this one', () => {
  const importArticle = createImporter(registry);
  const raw = 'Judul\nBaca juga: Kabar lain, Senin (10/9/2018)\nLavrov tiba di Jakarta, Rabu 9/8/2017, untuk membahas terorisme.\nParagraf akhir.';
  assert.equal(importArticle(raw).fields.date.value, '2017-08-09');
});
