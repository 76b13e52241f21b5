/**
 * The optional `image` of an article: `{ src, alt, credit? }`, where `src` is an image file in the content folder
 * (relative to the article's folder or to the content folder) or an absolute http(s) URL. The schema checks what the
 * text says; `resolveImage` checks the file itself, on every load, since a cached parse cannot know it still exists.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import { z } from 'zod';
import type { ArticleImage } from './model.ts';
import type { ContentError } from './errors.ts';
import { displayPath, relativePath } from './display-path.ts';
import { cacheKey } from '../cache/key.mjs';

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'] as const;

export const IMAGE_HINT = `write image: { src: foto/nama.jpg, alt: "what the picture shows", credit: "..." }; src is a ${IMAGE_EXTENSIONS.join('/')} file under content/ or an https:// URL`;

/** Why `src` cannot name an image, judging by its text alone; undefined when it can. */
function srcProblem(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    let url: URL;
    try {
      url = new URL(src);
    } catch {
      return 'is not a valid URL';
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : `must be an http:// or https:// URL, not ${url.protocol}`;
  }
  if (/^[/\\]/.test(src)) return 'must be a path relative to the article or to content/, not an absolute path';
  if (src.includes('\\')) return 'must use / between folders';
  if (src.split('/').some((part) => part === '..')) return 'must not climb out with ".."; put the picture under content/';
  const extension = /\.([^./]+)$/.exec(src)?.[1]?.toLowerCase();
  if (!extension || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return `must be an image file ending in .${IMAGE_EXTENSIONS.join(', .')}`;
  return undefined;
}

export const imageField = z.strictObject({
  src: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .superRefine((src, context) => {
      const problem = srcProblem(src);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  alt: z.string().trim().min(1, 'must describe the picture for readers who cannot see it'),
  credit: z.string().trim().min(1, 'must not be empty').optional(),
});

/** The image as the article file states it, with the line of `src` for errors found when the file is looked at. */
export interface StatedImage {
  src: string;
  alt: string;
  credit?: string;
  line: number;
}

/**
 * The image of an article at `articlePath` (absolute), its file looked up in `contentDir`: first beside the article,
 * then from the content folder. Refuses, as the article listing does, anything reached through a symbolic link.
 */
export function resolveImage(stated: StatedImage, articlePath: string, contentDir: string): { image?: ArticleImage; error?: ContentError } {
  const { src, alt, credit, line } = stated;
  const base = { src, alt, ...(credit ? { credit } : {}) };
  if (/^https?:/i.test(src)) return { image: base };
  const fail = (message: string) => ({ error: { file: displayPath(articlePath), line, message: `"image.src" ${message}`, hint: IMAGE_HINT } });
  const candidates = [resolve(dirname(articlePath), src), resolve(contentDir, src)];
  for (const path of candidates) {
    const inside = relativePath(contentDir, path);
    if (inside === undefined) continue;
    const found = lstatInside(contentDir, inside);
    if (found === 'missing') continue;
    if (found === 'link') return fail(`"${src}" is reached through a symbolic link, which is not followed`);
    if (found !== 'file') return fail(`"${src}" is not a file`);
    const bytes = readFileSync(path);
    let size: { width?: number; height?: number; orientation?: number };
    try {
      size = imageSize(bytes);
    } catch {
      return fail(`"${src}" is not a readable image`);
    }
    if (!size.width || !size.height) return fail(`"${src}" is not a readable image`);
    // EXIF orientations 5–8 turn the picture a quarter: it is shown (and resized) upright.
    const [width, height] = (size.orientation ?? 1) >= 5 ? [size.height, size.width] : [size.width, size.height];
    return { image: { ...base, src: inside, file: { key: cacheKey(bytes), width, height } } };
  }
  return fail(`"${src}" does not exist`);
}

/** What is at `inside` (a `/` path in `contentDir`), looking at every folder on the way for a symbolic link. */
function lstatInside(contentDir: string, inside: string): 'missing' | 'link' | 'file' | 'other' {
  let path = contentDir;
  for (const part of inside.split('/')) {
    path = `${path}${sep}${part}`;
    const status = lstatSync(path, { throwIfNoEntry: false });
    if (!status) return 'missing';
    if (status.isSymbolicLink()) return 'link';
  }
  return lstatSync(path)!.isFile() ? 'file' : 'other';
}
