/** Messages an editor reads in the first week: the right cause, where, and only plausible suggestions (issue 20). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArchive } from '../../src/content/load.ts';
import type { ContentError } from '../../src/content/errors.ts';
import { closestNames } from '../../src/content/suggest.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';

async function errorsFor(text: string): Promise<ContentError[]> {
  return (await loadArchive({ contentDir: await makeContent({ 'a.md': text }) })).errors;
}

test('a value of the wrong type names the field, the type expected and the value found', async () => {
  assert.deepEqual((await errorsFor(article({ draft: 'ya' }))).map((e) => [e.line, e.message]), [[7, '"draft" must be true or false, not "ya"']]);
  assert.deepEqual((await errorsFor(article({ topics: '{ id: kontraterorisme }' }))).map((e) => e.message), [
    '"topics" must be a list ([a, b] or one "- item" per line), not a set of fields',
  ]);
  assert.deepEqual((await errorsFor(article({ title: '[Satu, Dua]' }))).map((e) => e.message), ['"title" must be text, not a list']);
  assert.deepEqual((await errorsFor(article({ title: '' }))).map((e) => e.message), ['missing required field "title"']);
});

test('a single name where a list is expected is a list of one', async () => {
  const dir = await makeContent({ 'a.md': article({ topics: 'diplomasi-bilateral', actors: 'Lavrov' }) });
  const { errors, archive } = await loadArchive({ contentDir: dir });
  assert.deepEqual(errors, []);
  assert.deepEqual(archive.articles[0]!.topics.map((t) => t.id), ['diplomasi-bilateral']);
  assert.deepEqual(archive.articles[0]!.actors.map((a) => a.name), ['Sergey Lavrov']);
  const unknown = await errorsFor(article({ topics: 'diplomasi-bilaterall' }));
  assert.deepEqual(unknown.map((e) => [e.line, e.message]), [[6, 'unknown topic "diplomasi-bilaterall"']]);
});

test('a tab used for indentation gets a hint saying YAML indents with spaces, and where the tab is', async () => {
  const errors = await errorsFor('---\ntitle: Judul\ndate: 2017-08-09\nsource:\n  name: ANTARA\n\t  author: Budi\ntopics: [kontraterorisme]\n---\nIsi.\n');
  assert.ok(errors.length > 0);
  assert.equal(errors[0]!.line, 6);
  assert.equal(errors[0]!.hint, 'YAML indents with spaces, not tabs: replace the tab at line 6, column 1 with spaces');
});

test('suggestions are ranked and cut to the plausible ones', async () => {
  const [error] = await errorsFor(article({ actors: '[Galusin]' }));
  assert.equal(error!.hint, 'did you mean "Galuzin"? Or add it to content/registry/actors.yaml');
  assert.deepEqual(closestNames('Retno Marsudy', ['Retno', 'Retno Marsudi', 'RI']), ['Retno Marsudi']);
  assert.deepEqual(closestNames('CNN', ['CNN Indonesia', 'ANTARA']), ['CNN Indonesia']);
  assert.deepEqual(closestNames('Lavrow', ['Lavrov', 'Lavrova Street Office', 'US']), ['Lavrov']);
  assert.deepEqual(closestNames('Zzyzx', ['Lavrov', 'US']), []);
});
