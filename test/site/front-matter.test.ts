/** Eleventy's own front-matter must not run code: a `---js` template fails the build instead of executing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite } from './build-site.ts';
import { fixtureArchive } from './fixture-archive.ts';

test('JavaScript front matter is refused and never executed', async () => {
  const marker = globalThis as { frontMatterRan?: boolean };
  const evil = '---js\n{ permalink: "/evil/", ran: (globalThis.frontMatterRan = true) }\n---\nhello';
  await assert.rejects(buildSite(fixtureArchive(), {}, (config) => config.addTemplate('evil.njk', evil)));
  assert.equal(marker.frontMatterRan, undefined);
});
