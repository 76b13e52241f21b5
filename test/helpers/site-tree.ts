import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file of a built site, by path relative to `dir`, with its text: for comparing two builds file by file. */
export async function siteTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}
