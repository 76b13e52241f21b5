/** The archive hand-over: a preloaded archive is used as is; loading content with errors fails with every error formatted. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { getArchive, needsSearchIndex, searchIndexWrittenByCaller, setPreloadedArchive } from '../../src/site/archive-data.ts';
import { makeContent } from '../helpers/content-fixture.ts';
import { fixtureArchive } from './fixture-archive.ts';

test('a preloaded archive is returned for its content folder and drafts flag only', async () => {
  const archive = fixtureArchive();
  setPreloadedArchive('some/content', archive, false);
  assert.equal(await getArchive({ contentDir: 'some/content', includeDrafts: false }), archive);
  assert.equal(await getArchive({ contentDir: join(process.cwd(), 'some/content'), includeDrafts: false }), archive);
  assert.notEqual(await getArchive({ contentDir: 'content', includeDrafts: false }), archive);
});

test('content errors reach Eleventy as one error listing every problem as path:line: message', async () => {
  const dir = await makeContent({
    'articles-bad-date.md': '---\ntitle: Salah\ndate: 2017-02-30\nsource: ANTARA\nactors: [Rusia]\ntopics: [kontraterorisme]\n---\n\nIsi.\n',
    'articles-bad-actor.md': '---\ntitle: Salah juga\ndate: 2017-02-01\nsource: ANTARA\nactors: [Lavrow]\ntopics: [kontraterorisme]\n---\n\nIsi.\n',
  });
  await assert.rejects(getArchive({ contentDir: dir, includeDrafts: false }), (error: Error) => {
    assert.match(error.message, /^2 content error\(s\):/);
    assert.match(error.message, /articles-bad-date\.md:3: /);
    assert.match(error.message, /articles-bad-actor\.md:\d+: .*Lavrow/);
    return true;
  });
});

test("Eleventy writes an archive's search index unless the caller does (the build CLI, on a worker)", () => {
  const [archive, other] = [fixtureArchive(), fixtureArchive()];
  assert.equal(needsSearchIndex(archive), true);
  searchIndexWrittenByCaller(archive);
  assert.equal(needsSearchIndex(archive), false);
  assert.equal(needsSearchIndex(other), true, 'per archive, not per process');
});
