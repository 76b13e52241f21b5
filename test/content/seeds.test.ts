import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArchive } from '../../src/content/load.ts';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';

test('the five seed articles load without errors, newest first, with canonical names', async () => {
  const { archive, errors } = await loadArchive({ contentDir: REAL_CONTENT });
  assert.deepEqual(errors, []);
  assert.equal(archive.articles.length, 5);
  assert.deepEqual(
    archive.articles.map((a) => a.date.day),
    ['2025-07-10', '2017-08-09', '2017-08-09', '2017-01-31', '2016-01-29'],
  );
  const cnn = archive.articles.find((a) => a.source.source.name === 'CNN Indonesia')!;
  assert.equal(cnn.date.iso, '2017-01-31T14:44:00+07:00');
  assert.equal(cnn.source.author, 'Riva Dessthania Suastha');
  assert.ok(cnn.actors.some((a) => a.name === 'Donald Trump'));
  for (const article of archive.articles) {
    assert.match(article.slug, /^[a-z0-9-]+$/);
    assert.equal(article.url, `/artikel/${article.slug}/`);
    assert.equal(article.language, 'id');
    assert.ok(article.wordCount > 200, `${article.slug} has its body`);
    assert.ok(article.related.length > 0);
    assert.doesNotMatch(article.html, /Baca juga|Terima kuki|ADVERTISEMENT|COPYRIGHT|Berlanggananlah/i, 'site chrome removed');
  }
});

test('previous and next link neighbours in time', async () => {
  const { archive } = await loadArchive({ contentDir: REAL_CONTENT });
  const [newest, second] = archive.articles;
  assert.equal(newest!.next, undefined);
  assert.equal(newest!.previous?.id, second!.id);
  assert.equal(second!.next?.id, newest!.id);
  assert.equal(archive.articles.at(-1)!.previous, undefined);
});
