/**
 * What an article page shows of its image: a local file as a few resized copies under `/gambar/` (written by
 * src/site/write-images.ts, named here so pages and files agree), a URL as it is.
 */
import type { ArticleImage } from '../content/model.ts';
import { cacheKey } from '../cache/key.mjs';
import { absoluteUrl, safeHttpUrl } from './safe-url.ts';
import type { SiteSettings } from './settings.ts';

/** Widths of the resized copies, no wider than the original; the widest is the `src` and link previews' image. */
const IMAGE_WIDTHS = [480, 960, 1600] as const;
export const IMAGE_FOLDER = 'gambar';
/** How copies are encoded: part of every copy's name, so a change of encoding never reuses an old copy. */
export const IMAGE_ENCODING = { library: '@11ty/eleventy-img@6', format: 'webp', quality: 80, animated: true } as const;
/** The article column's width (`--measure` in public/assets/site.css); below that, the screen's width. */
const SIZES = '(min-width: 44rem) 42rem, 100vw';

export interface ImageCopy {
  width: number;
  height: number;
  /** Its file name in `IMAGE_FOLDER`. */
  name: string;
  /** Site-relative URL. */
  url: string;
}

export interface PageImage {
  src: string;
  alt: string;
  credit?: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  /** For `og:image` and JSON-LD. */
  absoluteUrl: string;
}

/** The resized copies of a local image, narrowest first. */
export function imageCopies(file: NonNullable<ArticleImage['file']>): ImageCopy[] {
  const widest = Math.min(file.width, IMAGE_WIDTHS.at(-1)!);
  const widths = [...new Set([...IMAGE_WIDTHS.filter((width) => width < widest), widest])];
  const stem = cacheKey(file.key, JSON.stringify(IMAGE_ENCODING)).slice(0, 20);
  return widths.map((width) => {
    const name = `${stem}-${width}.${IMAGE_ENCODING.format}`;
    return { width, height: Math.round((file.height * width) / file.width), name, url: `/${IMAGE_FOLDER}/${name}` };
  });
}

export function pageImage(image: ArticleImage, settings: SiteSettings): PageImage | undefined {
  const text = { alt: image.alt, ...(image.credit ? { credit: image.credit } : {}) };
  if (!image.file) {
    const url = safeHttpUrl(image.src);
    return url ? { src: url, ...text, absoluteUrl: url } : undefined;
  }
  const copies = imageCopies(image.file);
  const widest = copies.at(-1)!;
  return {
    src: widest.url,
    ...text,
    srcset: copies.map((copy) => `${copy.url} ${copy.width}w`).join(', '),
    sizes: SIZES,
    width: widest.width,
    height: widest.height,
    absoluteUrl: absoluteUrl(settings, widest.url),
  };
}
