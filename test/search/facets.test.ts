/**
 * The facets the head offers (and the search form's selects list): only entities that have articles, each with the
 * number its document list and the fragments use.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Archive } from '../../src/content/model.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { emptyRequest } from '../../src/search/client/request.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { docFile, HEAD_FILE, type DocFragment, type HeadPayload } from '../../src/search/payload.ts';
import { actors, archive, loaderOf, sources, topics } from './fixture.ts';

// An entity of each kind with no article, listed before the ones that have some.
const unused: Archive = {
  ...archive,
  topics: [{ ...topics[0]!, id: 'sanksi', label: { id: 'Sanksi', en: 'Sanctions' }, url: '/topik/sanksi/' }, ...archive.topics],
  actors: [{ ...actors[0]!, id: 'nobody', name: 'Nobody', aliases: [], url: '/aktor/nobody/' }, ...archive.actors],
  sources: [{ ...sources[0]!, id: 'kosong', name: 'Kosong', url: '/sumber/kosong/' }, ...archive.sources],
};

test('facets list only entities that have at least one article', () => {
  const head = JSON.parse(buildSearchFiles(unused).get(HEAD_FILE)!) as HeadPayload;
  assert.deepEqual(head.facets.topic.map((v) => v.id), ['kontraterorisme', 'kerja-sama-militer']);
  assert.deepEqual(head.facets.actor.map((v) => v.id), ['sergey-lavrov', 'mikhail-galuzin', 'donald-trump']);
  assert.deepEqual(head.facets.source.map((v) => v.id), ['antara', 'rbth']);
});

test('a facet keeps its number, so filters and result sources still work beside unused entities', async () => {
  const files = buildSearchFiles(unused);
  const engine = await SearchEngine.open(loaderOf(files));
  const slugs = async (filters: object) =>
    (await engine.search({ ...emptyRequest(), ...filters }, 10)).results.map((r) => r.fragment!.url.split('/')[2]).sort();
  assert.deepEqual(await slugs({ topic: 'kontraterorisme' }), ['2017-01-31-trump-isis', '2017-08-09-bungkam-isis']);
  assert.deepEqual(await slugs({ actor: 'donald-trump' }), ['2017-01-31-trump-isis']);
  assert.deepEqual(await slugs({ source: 'rbth' }), ['2016-01-29-militer', '2025-07-10-rubio-lavrov']);
  assert.deepEqual(await slugs({ topic: 'sanksi' }), [], 'an unused entity filters to nothing');
  const fragment = JSON.parse(files.get(docFile(0))!) as DocFragment;
  const { facets } = JSON.parse(files.get(HEAD_FILE)!) as HeadPayload;
  assert.equal(facets.source.find((v) => v.n === fragment.source)?.id, 'rbth', "a fragment's source number names its source");
});
