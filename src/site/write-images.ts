/**
 * Writes the resized copies of every local article image into the output's `/gambar/` (names from
 * src/site/article-image.ts). With a cache folder, each copy is encoded once and copied from there on later builds;
 * copies reach the cache by rename from a temporary folder, so a killed build never leaves half a file there.
 */
import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Archive } from '../content/model.ts';
import { displayPath } from '../content/display-path.ts';
import { makeCacheFolder } from '../cache/folder.mjs';
import { IMAGE_ENCODING, IMAGE_FOLDER, imageCopies, type ImageCopy } from './article-image.ts';

export async function writeArticleImages(archive: Archive, contentDir: string, outputDir: string, cacheDir?: string): Promise<void> {
  const images = new Map<string, { path: string; copies: ImageCopy[] }>();
  for (const { image } of archive.articles) {
    if (!image?.file) continue;
    const copies = imageCopies(image.file);
    images.set(copies[0]!.name, { path: join(contentDir, image.src), copies });
  }
  if (images.size === 0) return;
  const target = join(outputDir, IMAGE_FOLDER);
  await mkdir(target, { recursive: true });
  if (cacheDir) makeCacheFolder(cacheDir);
  // One at a time: sharp already uses every core for one image.
  for (const { path, copies } of images.values()) {
    if (!cacheDir) {
      await encode(path, copies, target);
      continue;
    }
    const cached = await Promise.all(copies.map((copy) => stat(join(cacheDir, copy.name)).then(() => true, () => false)));
    if (cached.includes(false)) {
      const fresh = await mkdtemp(join(cacheDir, 'tmp-'));
      try {
        await encode(path, copies, fresh);
        for (const copy of copies) await rename(join(fresh, copy.name), join(cacheDir, copy.name));
      } finally {
        await rm(fresh, { recursive: true, force: true });
      }
    }
    await Promise.all(copies.map((copy) => copyFile(join(cacheDir, copy.name), join(target, copy.name))));
  }
}

async function encode(path: string, copies: ImageCopy[], folder: string): Promise<void> {
  const byWidth = new Map(copies.map((copy) => [copy.width, copy.name]));
  // A damaged file can have a readable size (src/content/image.ts) and unreadable pixels: say which file it is.
  const failed = (error: unknown) => {
    throw new Error(`${displayPath(path)} could not be resized: ${(error as Error).message}`, { cause: error });
  };
  // Imported here, not at the top: it loads sharp, which a build with no image to encode never needs.
  const { default: resize } = await import('@11ty/eleventy-img');
  await resize(path, {
    widths: copies.map((copy) => copy.width),
    formats: [IMAGE_ENCODING.format],
    outputDir: folder,
    filenameFormat: (_id, _src, width) => byWidth.get(width) ?? `unexpected-${width}.${IMAGE_ENCODING.format}`,
    // Always the one format named in the copies' names, animation kept; photos taken sideways shown upright.
    formatFiltering: [],
    sharpOptions: { animated: IMAGE_ENCODING.animated },
    sharpWebpOptions: { quality: IMAGE_ENCODING.quality },
    fixOrientation: true,
    useCache: false,
  }).catch(failed);
}
