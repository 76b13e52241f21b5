/**
 * `npm run serve` in headless Chromium on a temporary copy of the content: a draft is visible; adding an article
 * makes its page (and search entry) appear and the open page reload; breaking the file shows the error in the
 * browser and the terminal while the server lives on; fixing it recovers; deleting it removes the page.
 * Prints the measured latencies (they are not asserted: timings never decide pass/fail).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';
import { launchChromium, skipWithoutChromium as skip } from '../helpers/chromium.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { freePort, waitFor } from '../helpers/wait.ts';
import { SearchEngine } from '../../src/search/client/engine.ts';
import { emptyRequest } from '../../src/search/client/request.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const article = (fields: { title: string; date: string; draft?: boolean }, body: string) =>
  `---\ntitle: ${fields.title}\ndate: ${fields.date}\nsource: ANTARA\nactors: [Lavrov]\ntopics: [kontraterorisme]\n${fields.draft ? 'draft: true\n' : ''}---\n\n${body}\n`;

test('serve: live reload on add, error shown on a broken file, recovery on fix, removal on delete', { skip, timeout: 120_000 }, async () => {
  const work = await tempDir('arsip-serve-');
  const content = join(work, 'content');
  await cp(REAL_CONTENT, content, { recursive: true });
  await writeFile(join(content, 'articles', '2018-03-01-draf-rahasia-uji.md'), article({ title: 'Draf Rahasia Uji', date: '2018-03-01', draft: true }, 'Isi draf.'));
  const port = await freePort();
  const origin = `http://localhost:${port}`;

  let output = '';
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', '--content', content, '--out', join(work, 'out'), '--port', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  let browser: Browser | undefined;
  try {
    await waitFor('the server to start', async () => output.includes('serving http'), 60_000);
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    assert.ok(await page.getByText('Draf Rahasia Uji').first().isVisible(), 'drafts are visible in serve');

    // Add: the page appears, the search index lists it, and the open home page reloads by itself.
    const file = join(content, 'articles', '2018-03-02-artikel-baru-serve.md');
    const slugUrl = `${origin}/artikel/2018-03-02-artikel-baru-serve/`;
    const written = performance.now();
    await writeFile(file, article({ title: 'Artikel Baru Serve', date: '2018-03-02' }, 'Isi artikel baru tentang Lavrov.'));
    const pageMs = await waitFor('the new page', async () => (await fetch(slugUrl)).status === 200);
    await page.getByText('Artikel Baru Serve').first().waitFor({ timeout: 15_000 });
    const browserMs = performance.now() - written;
    const found = async () => {
      const engine = await SearchEngine.open(async (path) => (await fetch(`${origin}/search/${path}`)).json() as Promise<unknown>);
      const { results } = await engine.search({ ...emptyRequest(), q: 'Artikel Baru Serve' }, 1);
      return results[0]?.fragment?.url === '/artikel/2018-03-02-artikel-baru-serve/';
    };
    assert.ok(await found(), 'search index updated');

    // Break: the browser shows the error (file and line), the terminal too, and the server keeps serving.
    await page.goto(slugUrl);
    const broken = performance.now();
    await writeFile(file, article({ title: 'Artikel Baru Serve', date: '2018-02-31' }, 'Isi artikel baru tentang Lavrov.'));
    const overlay = page.locator('#arsip-serve-errors');
    await overlay.waitFor({ timeout: 15_000 });
    const errorMs = performance.now() - broken;
    assert.match(await overlay.innerText(), /2018-03-02-artikel-baru-serve\.md:3: "date": 2018-02-31 does not exist/);
    // The banner pushes the page down: the site header is below it, not under it.
    const [banner, header] = await Promise.all([overlay.boundingBox(), page.locator('.site-header').boundingBox()]);
    assert.ok(banner && header && header.y >= banner.y + banner.height - 1, `header ${JSON.stringify(header)} below banner ${JSON.stringify(banner)}`);
    assert.match(output, /2018-03-02-artikel-baru-serve\.md:3: "date": 2018-02-31 does not exist/, 'error in the terminal');
    assert.equal(server.exitCode, null, 'server still running');
    assert.equal((await fetch(`${origin}/`)).status, 200);

    // Fix: the banner goes away without a manual reload and the page shows the article again.
    await writeFile(file, article({ title: 'Artikel Baru Serve', date: '2018-03-02' }, 'Isi artikel diperbaiki.'));
    await overlay.waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByText('Isi artikel diperbaiki.').waitFor({ timeout: 15_000 });

    // Delete: the page is gone and the home page no longer lists the article.
    await rm(file);
    const deleteMs = await waitFor('the page to be removed', async () => (await fetch(slugUrl)).status === 404);
    const home = await (await fetch(`${origin}/`)).text();
    assert.ok(!home.includes('Artikel Baru Serve'), 'home page updated after delete');

    console.log(
      `serve latency (seed archive): new page served ${Math.round(pageMs)} ms, shown in the open browser ${Math.round(browserMs)} ms, ` +
        `error banner ${Math.round(errorMs)} ms, page removed ${Math.round(deleteMs)} ms after the file change`,
    );
  } finally {
    await browser?.close();
    // The server must be gone before the exit cleanup removes the folder it writes to.
    if (server.pid && server.exitCode === null && server.signalCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await once(server, 'exit');
    }
  }
});
