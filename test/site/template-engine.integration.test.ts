/**
 * The template settings from .eleventy.ts and the markup helper the templates print through: Eleventy's own front
 * matter cannot run code, `html` escapes every printed value, and printing an undefined value fails instead of
 * leaving a silent gap.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, trustedHtml } from '../../src/site/html.ts';
import { buildSite } from './build-site.ts';
import { fixtureArchive, PAYLOAD } from './fixture-archive.ts';

const ESCAPED = '&quot;&#39;&gt;&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;]]&gt;&lt;/script&gt;&lt;!--';

test('JavaScript front matter is refused and never executed, even in a template language added later', async () => {
  const marker = globalThis as { frontMatterRan?: boolean };
  const evil = '---js\n{ permalink: "/evil/", ran: (globalThis.frontMatterRan = true) }\n---\nhello';
  await assert.rejects(
    buildSite(fixtureArchive(), {}, (config) => {
      config.addTemplateFormats('njk');
      config.addTemplate('evil.njk', evil);
    }),
    /Having trouble reading front matter/,
  );
  assert.equal(marker.frontMatterRan, undefined);
});

test('html escapes every printed value: text, attributes, array items', () => {
  assert.equal(html`<p title="${PAYLOAD}">${PAYLOAD}</p>`.markup, `<p title="${ESCAPED}">${ESCAPED}</p>`);
  assert.equal(html`<ul>${[PAYLOAD, 2].map((item) => html`<li>${item}</li>`)}</ul>`.markup, `<ul><li>${ESCAPED}</li><li>2</li></ul>`);
});

test('markup is printed once, not escaped again; only trustedHtml lets a string through', () => {
  const inner = html`<b>${'a & b'}</b>`;
  assert.equal(html`<p>${inner}</p>`.markup, '<p><b>a &amp; b</b></p>');
  assert.equal(html`<div>${trustedHtml('<p>body</p>')}</div>`.markup, '<div><p>body</p></div>');
  assert.equal(String(html`<i>${'<'}</i>`), '<i>&lt;</i>');
});

test('printing an undefined or null value throws', () => {
  const missing = {} as { titel: string };
  assert.throws(() => html`<p>${missing.titel}</p>`, /attempted to output undefined value/);
  assert.throws(() => html`<p>${null as unknown as string}</p>`, /attempted to output null value/);
  assert.throws(() => html`<ul>${[undefined as unknown as string]}</ul>`, /attempted to output undefined value/);
});

test('pages are rendered in the layout, so Eleventy keeps no copy of each page until the build ends', async () => {
  let items: Array<{ url: string | false; templateContent: string }> = [];
  await buildSite(fixtureArchive(), {}, (config) =>
    config.addCollection('probe', (collections) => {
      items = collections.getAll();
      return [];
    }),
  );
  const pages = items.filter((item) => typeof item.url === 'string' && item.url.endsWith('/'));
  assert.ok(pages.some((item) => item.url === '/') && pages.some((item) => String(item.url).startsWith('/artikel/')));
  for (const item of pages) assert.equal(item.templateContent, '', `${item.url} is kept`);
});
