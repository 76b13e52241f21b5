/**
 * A draft never reaches a production build: not its page, nor term pages, feeds, sitemap or the search index.
 * The same content built with `--drafts` does contain it, which proves the search below can see a leak.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REAL_CONTENT } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const MARKER = 'Zqxdrafmarka';

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hits: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    if (path.includes(needle.toLowerCase()) || (await readFile(path, 'utf8')).toLowerCase().includes(needle.toLowerCase())) hits.push(path.slice(dir.length));
  }
  return hits;
}

test('drafts are left out of every file of a production build', { timeout: 120_000 }, async () => {
  const work = await tempDir('arsip-drafts-');
  const content = join(work, 'content');
  await cp(REAL_CONTENT, content, { recursive: true });
  await writeFile(
    join(content, 'articles', `2024-05-05-draf-${MARKER.toLowerCase()}.md`),
    `---\ntitle: Draf ${MARKER}\ndate: 2024-05-05\nsource: ANTARA\nactors: [Lavrov, Marco Rubio]\ntopics: [kontraterorisme, timur-tengah]\nsummary: Ringkasan ${MARKER}\ndraft: true\n---\n\nIsi ${MARKER} tentang teroris.\n`,
  );
  const build = (out: string, drafts: boolean) =>
    promisify(execFile)(process.execPath, npmScriptArgs('build', ['--content', content, '--out', out, '--quiet', ...(drafts ? ['--drafts'] : [])]), { cwd: ROOT });

  const production = join(work, 'site');
  await build(production, false);
  assert.deepEqual(await filesContaining(production, MARKER), [], 'no page, feed, sitemap entry or search entry mentions the draft');

  const preview = join(work, 'preview');
  await build(preview, true);
  const seen = await filesContaining(preview, MARKER);
  assert.ok(seen.some((p) => p.includes('artikel')), `the draft's own page exists with --drafts (${seen.join(', ')})`);
  assert.ok(seen.some((p) => p.includes('search')), 'and it is in the search index');
});
