/** Where a new article goes: `content/articles/<yyyy-mm-dd>-<slug>.md`, never over an existing file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { slugify } from '../content/slug.ts';

export const ARTICLES_DIR = 'articles';
const MAX_SLUG_LENGTH = 80;

/** `2017-08-09-rusia-indonesia-sepakat-kerja-sama-perangi-isis.md`; `day` is missing while the date is a TODO. */
export function articleFileName(day: string | undefined, title: string): string {
  let slug = slugify(title) || 'artikel';
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '');
  return `${day ?? 'tanpa-tanggal'}-${slug}.md`;
}

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; not overwritten`);
    this.name = 'FileExistsError';
  }
}

/** Creates `path` with `text`; refuses (FileExistsError) when the file exists, even if created a moment ago. */
export async function writeNewFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  }
}

export function articlePath(contentDir: string, fileName: string): string {
  return join(contentDir, ARTICLES_DIR, fileName);
}
