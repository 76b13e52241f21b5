import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentError } from './errors.ts';

/**
 * Every `.md` file under `dir`, sorted. Symbolic links are refused rather than followed, so no content can be read
 * from outside the content folder. Dot-files (editor backups) are ignored.
 */
export async function listMarkdownFiles(dir: string): Promise<{ files: string[]; errors: ContentError[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const errors: ContentError[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (relative(dir, path).split(sep).some((part) => part.startsWith('.'))) continue;
    if (!/\.md$/i.test(entry.name)) continue;
    if (entry.isSymbolicLink()) {
      errors.push({ file: path, line: 1, message: 'symbolic links are not followed', hint: 'copy the file into the content folder' });
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return { files: files.sort(), errors };
}
