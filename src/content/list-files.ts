import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentError } from './errors.ts';

/**
 * Every `.md` file under `dir`, sorted. Symbolic links are refused rather than followed, so no content can be read
 * from outside the content folder. Dot-files and everything in dot-folders (editor backups, `.git`) are ignored.
 * Synchronous: Node's recursive `readdir` is several times slower through promises.
 */
export function listMarkdownFiles(dir: string): { files: string[]; errors: ContentError[] } {
  const files: string[] = [];
  const errors: ContentError[] = [];
  // Asked once per folder rather than once per file.
  const hiddenFolders = new Map<string, boolean>();
  const inHiddenFolder = (folder: string) => {
    let hidden = hiddenFolders.get(folder);
    if (hidden === undefined) hiddenFolders.set(folder, (hidden = relative(dir, folder).split(sep).some((part) => part.startsWith('.'))));
    return hidden;
  };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!/\.md$/i.test(entry.name) || entry.name.startsWith('.') || inHiddenFolder(entry.parentPath)) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) {
      errors.push({ file: path, line: 1, message: 'symbolic links are not followed', hint: 'copy the file into the content folder' });
    } else if (entry.isFile()) {
      files.push(path);
    } else if (!entry.isDirectory()) {
      // A FIFO or device would block the read forever.
      errors.push({ file: path, line: 1, message: 'is not a regular file', hint: 'replace it with a plain text file' });
    }
  }
  return { files: files.sort(), errors };
}
