/** Article images on the built site (issue 20): a responsive figure, resized copies, link previews, captions. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadArchive } from '../../src/content/load.ts';
import type { Archive } from '../../src/content/model.ts';
import { markPhotoCaptions } from '../../src/site/photo-caption.ts';
import { writeArticleImages } from '../../src/site/write-images.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { png } from '../helpers/image-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { buildSite, TEST_BASE_URL } from './build-site.ts';

let contentDir: string;
let archive: Archive;
let imageCacheDir: string;
let out: string;
const page = (slug: string) => readFile(join(out, 'artikel', slug, 'index.html'), 'utf8');
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { image?: Record<string, unknown> };

before(async () => {
  contentDir = await makeContent({
    'articles/2017-08-09-lokal.md': article({ image: '{ src: foto/lavrov.png, alt: "Lavrov & Retno <berjabat tangan>", credit: "ANTARA/Budi" }' }),
    'foto/lavrov.png': await png(2000, 1000),
    'articles/2017-08-10-tautan.md': article({ date: '2017-08-10', image: '{ src: "https://example.org/foto.jpg?a=1&b=2", alt: Foto }' }),
    'articles/2017-08-11-keterangan.md': article({ date: '2017-08-11' }, '*Foto: Menlu Rusia Sergey Lavrov (ANTARA)*\n\nIsi berita tentang Rusia.'),
  });
  const loaded = await loadArchive({ contentDir });
  assert.deepEqual(loaded.errors, []);
  archive = loaded.archive;
  imageCacheDir = join(await tempDir('image-cache-'), 'images');
  out = await buildSite(archive, {}, undefined, { contentDir, imageCacheDir });
});

test('a local image is a figure with alt, size, srcset of resized copies that exist with their declared widths, and a credit', async () => {
  const html = await page('2017-08-09-lokal');
  const figure = /<figure class="article__image">([\s\S]*?)<\/figure>/.exec(html)?.[1];
  assert.ok(figure, 'figure present');
  const img = /<img [^>]*>/.exec(figure)![0];
  assert.equal(attribute(img, 'alt'), 'Lavrov &amp; Retno &lt;berjabat tangan&gt;');
  assert.equal(attribute(img, 'width'), '1600');
  assert.equal(attribute(img, 'height'), '800');
  assert.equal(attribute(img, 'loading'), 'eager');
  assert.equal(attribute(img, 'decoding'), 'async');
  assert.match(figure, /<figcaption lang="id">ANTARA\/Budi<\/figcaption>/);
  const srcset = attribute(img, 'srcset')!.split(', ').map((entry) => entry.split(' '));
  assert.deepEqual(srcset.map(([, width]) => width), ['480w', '960w', '1600w']);
  for (const [url, width] of srcset) {
    assert.match(url!, /^\/gambar\/[0-9a-f]{20}-\d+\.webp$/);
    const metadata = await sharp(join(out, url!)).metadata();
    assert.equal(`${metadata.width}w`, width, url);
    assert.equal(metadata.format, 'webp');
  }
  assert.equal(attribute(img, 'src'), srcset.at(-1)![0]);
  const absolute = `${TEST_BASE_URL}${srcset.at(-1)![0]}`;
  assert.match(html, new RegExp(`<meta property="og:image" content="${absolute}">`));
  assert.deepEqual(jsonLd(html).image, { '@type': 'ImageObject', url: absolute, caption: 'Lavrov & Retno <berjabat tangan>', width: 1600, height: 800, creditText: 'ANTARA/Budi' });
});

test('a URL image is shown as it is, escaped, with no srcset, and used for og:image and JSON-LD', async () => {
  const html = await page('2017-08-10-tautan');
  const img = /<figure class="article__image">\s*(<img [^>]*>)/.exec(html)![1]!;
  assert.equal(attribute(img, 'src'), 'https://example.org/foto.jpg?a=1&amp;b=2');
  assert.equal(attribute(img, 'srcset'), undefined);
  assert.equal(attribute(img, 'width'), undefined);
  assert.doesNotMatch(html, /<figcaption/);
  assert.match(html, /<meta property="og:image" content="https:\/\/example.org\/foto.jpg\?a=1&amp;b=2">/);
  assert.equal(jsonLd(html).image?.url, 'https://example.org/foto.jpg?a=1&b=2');
});

test('an article without an image has no figure, no og:image and no JSON-LD image', async () => {
  const html = await page('2017-08-11-keterangan');
  assert.doesNotMatch(html, /<figure|og:image/);
  assert.equal(jsonLd(html).image, undefined);
});

test('a photo caption left without its photo is marked and styled as a caption, not body text', async () => {
  const html = await page('2017-08-11-keterangan');
  assert.match(html, /<p class="photo-caption"><em>Foto: Menlu Rusia Sergey Lavrov \(ANTARA\)<\/em><\/p>/);
  assert.match(html, /<p>Isi berita tentang Rusia.<\/p>/);
  const css = await readFile(join(out, 'assets', 'site.css'), 'utf8');
  assert.match(css, /\.prose \.photo-caption \{[^}]*font-size: 0\.875rem;[^}]*color: var\(--muted\);/);
  // Only a paragraph wholly in emphasis that starts "Foto:" is one.
  assert.equal(markPhotoCaptions('<p><em>Foto: A</em> dan teks</p>'), '<p><em>Foto: A</em> dan teks</p>');
  assert.equal(markPhotoCaptions('<p><em>Kata: A</em></p>'), '<p><em>Kata: A</em></p>');
  assert.equal(markPhotoCaptions('<p><em>Foto: A</em></p>\n<p><em>B</em></p>'), '<p class="photo-caption"><em>Foto: A</em></p>\n<p><em>B</em></p>');
});

test('a rebuild takes the resized copies from the cache instead of encoding them again, with the same bytes', async () => {
  const html = await page('2017-08-09-lokal');
  const urls = attribute(/<figure class="article__image">\s*(<img [^>]*>)/.exec(html)![1]!, 'srcset')!.split(', ').map((entry) => entry.split(' ')[0]!);
  const cached = async () => Promise.all(urls.map(async (url) => (await stat(join(imageCacheDir, url.split('/').pop()!))).mtimeMs));
  const before = await cached();
  const again = await buildSite(archive, {}, undefined, { contentDir, imageCacheDir });
  assert.deepEqual(await cached(), before, 'no copy was written again');
  for (const url of urls) assert.deepEqual(await readFile(join(again, url)), await readFile(join(out, url)), url);
});

test('under a path prefix the figure and its srcset point inside the prefix, og:image too', async () => {
  const prefixed = await buildSite(archive, { SITE_PATH_PREFIX: '/arsip/' }, undefined, { contentDir, imageCacheDir });
  const html = await readFile(join(prefixed, 'artikel', '2017-08-09-lokal', 'index.html'), 'utf8');
  const img = /<figure class="article__image">\s*(<img [^>]*>)/.exec(html)![1]!;
  assert.match(attribute(img, 'src')!, /^\/arsip\/gambar\//);
  for (const entry of attribute(img, 'srcset')!.split(', ')) assert.match(entry, /^\/arsip\/gambar\/[0-9a-f]{20}-\d+\.webp \d+w$/);
  assert.match(html, new RegExp(`<meta property="og:image" content="${TEST_BASE_URL}/arsip/gambar/`));
});

test('the seed articles whose text starts with a photo caption show it as one (the issue as reported)', async () => {
  const seeds = (await loadArchive({ contentDir: 'content' })).archive.articles.filter((a) => /<p><em>Foto:/.test(a.html));
  assert.ok(seeds.length >= 3, 'three seeds keep a "Foto:" caption');
  for (const seed of seeds) assert.match(markPhotoCaptions(seed.html), /<p class="photo-caption"><em>Foto: /, seed.slug);
});

test('a picture whose size reads but whose pixels do not fails the build naming the file', async () => {
  const whole = await png(600, 400);
  const dir = await makeContent({ 'articles/a.md': article({ image: '{ src: rusak.png, alt: Foto }' }), 'articles/rusak.png': whole.subarray(0, 60) });
  const loaded = await loadArchive({ contentDir: dir });
  assert.deepEqual(loaded.errors, []);
  await assert.rejects(writeArticleImages(loaded.archive, dir, await tempDir('image-out-')), /articles\/rusak\.png could not be resized: /);
});
