/** The problem banner of `npm run serve`: a message is shown as written, whatever characters it holds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problemsMiddleware } from '../../src/dev-server/error-overlay.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** The body the middleware answers for `url`. */
function respond(middleware: ReturnType<typeof problemsMiddleware>, url: string): Promise<string> {
  return new Promise((done, fail) => {
    const req = { method: 'GET', url, headers: { accept: 'text/html' } } as unknown as IncomingMessage;
    const res = { writeHead: () => res, end: (body: string) => done(body) } as unknown as ServerResponse;
    middleware(req, res, () => fail(new Error('passed on')));
  });
}

test("a problem holding String.replace patterns ($&, $', $`, $$) appears in the banner as written", async () => {
  const outDir = await tempDir('arsip-overlay-');
  await writeFile(join(outDir, 'index.html'), '<!doctype html><html><body><p>halaman</p></body></html>');
  const problem = "articles/a.md:2: title: harga $& naik $' lalu $` dan $$ serta $1";
  const body = await respond(problemsMiddleware({ outDir, pathPrefix: '/', problems: () => [problem] }), '/');
  assert.ok(body.includes('harga $&amp; naik $&#39; lalu $` dan $$ serta $1'), body);
  assert.equal(body.match(/<p>halaman<\/p>/g)?.length, 1, 'the page once, not repeated by a replacement pattern');
  assert.ok(body.trimEnd().endsWith('</body></html>'));
});

test('the banner is the first thing in <body>, in the page flow: it pushes the site header down instead of covering it', async () => {
  const outDir = await tempDir('arsip-overlay-');
  await writeFile(join(outDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body class="halaman">\n<header class="site-header">Arsip</header><p>isi</p></body></html>');
  const body = await respond(problemsMiddleware({ outDir, pathPrefix: '/', problems: () => ['articles/a.md:3: "date": salah'] }), '/');
  assert.match(body, /<body class="halaman"><div id="arsip-serve-errors"[^>]*>.*<\/div>\n<header class="site-header">/s);
  assert.doesNotMatch(body, /position:\s*(fixed|absolute|sticky)/, 'not laid over the page');
  assert.equal(body.match(/arsip-serve-errors/g)?.length, 1);
});
