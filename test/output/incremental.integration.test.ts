/**
 * Incremental builds: after each kind of change, the site an incremental build leaves in place is byte-identical
 * to a clean build of the same content, unchanged pages are taken over (same file, not rendered again), and the
 * previous output's files are never written to.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { link, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { npmScriptArgs } from '../helpers/npm-script.ts';
import { siteTree } from '../helpers/site-tree.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

async function build(content: string, out: string, cache: string): Promise<string> {
  const { stdout } = await run(process.execPath, npmScriptArgs('build', ['--content', content, '--out', out, '--cache', cache]), { cwd: ROOT });
  return stdout.trim().split('\n').at(-1)!;
}

/** The incremental output equals a clean build (fresh cache, fresh output) of the same content. */
async function assertSameAsCleanBuild(content: string, out: string, work: string): Promise<void> {
  const clean = join(work, `clean-${Date.now()}`);
  await build(content, clean, join(clean + '-cache'));
  const [incremental, expected] = await Promise.all([siteTree(out), siteTree(clean)]);
  assert.deepEqual([...incremental.keys()].sort(), [...expected.keys()].sort(), 'same files');
  for (const [path, text] of expected) assert.equal(incremental.get(path), text, `${path} differs from a clean build`);
}

const page = (out: string, slug: string) => join(out, 'artikel', slug, 'index.html');

// Forty-five articles on one topic: its listing has two pages, and articles have neighbours and related articles.
const files = Object.fromEntries(
  Array.from({ length: 45 }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    return [`articles/berita-${i}.md`, article({ title: `"Berita uji nomor ${i}"`, date: `2018-${month}-${day}` }, `Isi berita nomor ${i} tentang kerja sama Rusia dan Indonesia.`)];
  }),
);

interface TemporarySite {
  work: string;
  content: string;
  out: string;
  cache: string;
}

/** Runs `run` with a content folder of `files` and a work folder for outputs and caches. */
async function inTemporarySite(run: (site: TemporarySite) => Promise<void>): Promise<void> {
  const work = await tempDir('arsip-incremental-');
  await run({ work, content: await makeContent(files), out: join(work, 'site'), cache: join(work, 'cache') });
}

test('incremental builds equal clean builds after adding, editing and deleting articles and changing the registry or settings', { timeout: 240_000 }, async () => {
  await inTemporarySite(async ({ work, content, out, cache }) => {
    assert.match(await build(content, out, cache), /45\/45 files loaded, \d+ pages written in/);
    const untouched = page(out, 'berita-3');
    const inodes = async () => new Map(await Promise.all(Object.keys(files).map(async (file) => [file, (await stat(page(out, file.slice(9, -3)))).ino] as const)));
    const before = await inodes();
    const olderListing = join(out, 'topik/kontraterorisme/halaman/2/index.html');
    const olderListingBefore = await stat(olderListing);
    const otherActorFeed = join(out, 'aktor/sergey-lavrov/feed.xml');
    const otherActorFeedBefore = await stat(otherActorFeed);

    // A new newest article: its own page, its neighbours, the listings, feeds and year change; old articles do not.
    await writeFile(join(content, 'articles/berita-baru.md'), article({ title: '"Berita paling baru"', date: '2019-05-01', actors: '[Indonesia]' }, 'Isi berita baru.'));
    const pinned = join(work, 'pinned-neighbour.html');
    await link(page(out, 'berita-44'), pinned); // the old output's neighbour page, whose content is about to change
    const pinnedText = await readFile(pinned, 'utf8');
    assert.match(await build(content, out, cache), /\d+ pages written, \d+ pages unchanged in/);
    const after = await inodes();
    const taken = [...before].filter(([file, ino]) => after.get(file) === ino).map(([file]) => file);
    assert.ok(taken.length >= 35, `most article pages are the same files, not rendered again (${taken.length} of 45)`);
    assert.equal((await stat(olderListing)).ino, olderListingBefore.ino, "a new article changes a term's first listing page only");
    assert.equal((await stat(otherActorFeed)).ino, otherActorFeedBefore.ino, "the feed of an actor the new article does not name is kept");
    assert.ok(!taken.includes('articles/berita-44.md'), 'the neighbour of the new article is rendered again');
    assert.equal(await readFile(pinned, 'utf8'), pinnedText, "the previous output's files were not written to");
    assert.match(await readFile(page(out, 'berita-44'), 'utf8'), /Berita paling baru/, 'the neighbour links the new article');
    await assertSameAsCleanBuild(content, out, work);

    await writeFile(join(content, 'articles/berita-5.md'), article({ title: '"Judul yang diperbaiki"', date: '2018-01-06' }, 'Isi berita nomor 5.'));
    await build(content, out, cache);
    await assertSameAsCleanBuild(content, out, work);

    await unlink(join(content, 'articles/berita-7.md'));
    await build(content, out, cache);
    await assert.rejects(stat(page(out, 'berita-7')), 'a deleted article leaves no page behind');
    await assertSameAsCleanBuild(content, out, work);

    // A registry change reaches pages whose files did not change.
    const actors = join(content, 'registry/actors.yaml');
    await writeFile(actors, (await readFile(actors, 'utf8')).replace(/name: Sergey Lavrov/, 'name: Sergei Lavrov'));
    await build(content, out, cache);
    assert.match(await readFile(untouched, 'utf8'), /Sergei Lavrov/);
    await assertSameAsCleanBuild(content, out, work);

    // Site settings are on every page, even where the page's own data does not mention them. The path prefix is
    // added by an Eleventy transform, which a clean build's page writer must come after.
    await writeFile(join(content, 'site.yaml'), 'title: Arsip Uji\npathPrefix: /arsip/\n');
    await build(content, out, cache);
    assert.match(await readFile(untouched, 'utf8'), /<title>[^<]*Arsip Uji<\/title>/);
    assert.match(await readFile(untouched, 'utf8'), /href="\/arsip\/topik\/"/);
    await assertSameAsCleanBuild(content, out, work);
  });
});

test('a page missing from the previous output is rendered again, and a replaced output folder means a full build', { timeout: 120_000 }, async () => {
  await inTemporarySite(async ({ work, content, out, cache }) => {
    await build(content, out, cache);
    await rm(page(out, 'berita-3'));
    assert.match(await build(content, out, cache), /\d+ pages written, \d+ pages unchanged in/, 'still an incremental build');
    assert.match(await readFile(page(out, 'berita-3'), 'utf8'), /Berita uji nomor 3/);

    await rm(out, { recursive: true });
    await build(content, join(work, 'elsewhere'), cache);
    const summary = await build(content, out, cache);
    assert.doesNotMatch(summary, /unchanged/, `nothing to take over from a folder that is gone: ${summary}`);
    await assertSameAsCleanBuild(content, out, work);
  });
});
