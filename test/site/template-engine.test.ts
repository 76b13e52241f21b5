/**
 * The template engine's safety settings from .eleventy.ts: Eleventy's own
 * front matter cannot run code, Nunjucks escapes by default, and printing an
 * undefined value fails the build instead of leaving a silent gap.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { fixtureArchive, PAYLOAD } from './fixture-archive.ts';

test('JavaScript front matter is refused and never executed', async () => {
  const marker = globalThis as { frontMatterRan?: boolean };
  const evil = '---js\n{ permalink: "/evil/", ran: (globalThis.frontMatterRan = true) }\n---\nhello';
  await assert.rejects(buildSite(fixtureArchive(), {}, (config) => config.addTemplate('evil.njk', evil)));
  assert.equal(marker.frontMatterRan, undefined);
});

test('Nunjucks autoescapes every printed value, also in new templates', async () => {
  const out = await buildSite(fixtureArchive(), {}, (config) =>
    config.addTemplate('probe.njk', '<p>{{ value }}</p>', { permalink: '/probe.html', value: PAYLOAD }),
  );
  const html = await readFile(join(out, 'probe.html'), 'utf8');
  assert.equal(html, `<p>&quot;&#39;&gt;&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;]]&gt;&lt;/script&gt;&lt;!--</p>`);
});

test('printing an undefined value fails the build', async () => {
  await assert.rejects(
    buildSite(fixtureArchive(), {}, (config) => config.addTemplate('typo.njk', '<p>{{ site.settings.titel }}</p>', { permalink: '/typo.html' })),
  );
});
