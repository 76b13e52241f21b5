/** Authoring tools given text that used to be changed on the way (issue 21). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadRegistry } from '../../src/content/registry.ts';
import { renderWithRemark } from '../../src/content/render.ts';
import { createImporter } from '../../src/authoring/import-article.ts';
import { escapeMarkdown } from '../../src/authoring/markdown-body.ts';
import { reviewTable } from '../../src/authoring/review-table.ts';
import { problemsMiddleware } from '../../src/dev-server/error-overlay.ts';
import { escapeHtml } from '../../src/site/html.ts';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const { registry } = await loadRegistry(REAL_CONTENT);

test('import: a pasted ~~~ line and character references render exactly as written', () => {
  for (const line of ['~~~', '```', '&lt;b&gt;tebal&lt;/b&gt;', 'A &amp; B', 'harga ~5 juta', '&#60;script&#62;']) {
    assert.equal(renderWithRemark(escapeMarkdown(line)).text, line, line);
  }
  const imported = createImporter(registry)('Judul Berita\nParagraf pertama tentang Lavrov.\n~~~\nTeks &lt;b&gt; setelahnya.\nParagraf akhir.');
  const rendered = renderWithRemark(imported.body);
  assert.match(rendered.text, /^~~~$/m);
  assert.match(rendered.text, /Teks &lt;b&gt; setelahnya\./);
  assert.doesNotMatch(rendered.html, /<pre>|<code>/);
});

test('serve banner: problems containing $&, $\' and $` are shown as written', async () => {
  const outDir = await tempDir('arsip-serve-');
  await mkdir(join(outDir, 'a'), { recursive: true });
  await writeFile(join(outDir, 'a', 'index.html'), '<html><body><p>isi</p></body></html>');
  const problem = "a.md:2: unknown actor \"$&\" and \"$'\" and \"$`\"";
  const middleware = problemsMiddleware({ outDir, pathPrefix: '/', problems: () => [problem] });
  const html = await new Promise<string>((done) => {
    const req = { method: 'GET', url: '/a/', headers: { accept: 'text/html' } } as unknown as IncomingMessage;
    const res = { writeHead() {}, end: (body: string) => done(body) } as unknown as ServerResponse;
    middleware(req, res, () => done('next called'));
  });
  assert.ok(html.includes(escapeHtml(problem)), html);
  assert.equal(html.match(/<\/body>/g)?.length, 1);
  // The banner opens the body, above the page (test/dev-server/error-overlay.test.ts); the page is there once.
  assert.ok(html.indexOf('unknown actor') < html.indexOf('<p>isi</p>'));
  assert.equal(html.match(/<p>isi<\/p>/g)?.length, 1);
});

test('import: the review table prints pasted escape sequences as text', () => {
  const table = reviewTable(createImporter(registry)('Judul \u001b]0;pwned\u0007 Berita\nLavrov tiba di Jakarta.\nParagraf akhir.'));
  assert.ok(![...table].some((c) => c !== '\n' && c.charCodeAt(0) < 0x20), 'no control character but newlines');
  assert.match(table, /Judul \\u\{1b\}\]0;pwned\\u\{7\} Berita/);
});
