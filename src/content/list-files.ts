import { readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { displayPath } from './display-path.ts';
import { IMAGE_EXTENSIONS } from './image.ts';
import type { ContentError, ContentWarning } from './errors.ts';

/** Extensions other tools give Markdown: such a file is surely meant as an article, but only `.md` is read. */
const MARKDOWN_LIKE = new Set(['.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mdtxt', '.mdtext', '.mdx', '.rmd']);
/** Pictures an article's `image` may name (src/content/image.ts): kept beside the articles without a word. */
const ASSETS = new Set(IMAGE_EXTENSIONS.map((extension) => `.${extension}`));

/**
 * Every `.md` file under `dir`, sorted. Symbolic links are refused rather than followed, so no content can be read
 * from outside the content folder. Dot-files and everything in dot-folders (editor backups, `.git`) are ignored.
 * No other file is skipped silently: Markdown under another extension is an error, anything else in the article
 * folders (every folder but the top one and `registry/`, which hold data files) a warning; assets excepted.
 * Synchronous: Node's recursive `readdir` is several times slower through promises.
 */
export function listMarkdownFiles(dir: string): { files: string[]; errors: ContentError[]; warnings: ContentWarning[] } {
  const files: string[] = [];
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  // Asked once per folder rather than once per file.
  const folders = new Map<string, { hidden: boolean; articles: boolean }>();
  const folderOf = (folder: string) => {
    let kind = folders.get(folder);
    if (kind === undefined) {
      const parts = relative(dir, folder).split(sep);
      kind = { hidden: parts.some((part) => part.startsWith('.')), articles: parts[0] !== '' && parts[0] !== 'registry' };
      folders.set(folder, kind);
    }
    return kind;
  };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name.startsWith('.') || folderOf(entry.parentPath).hidden) continue;
    const path = join(entry.parentPath, entry.name);
    if (!/\.md$/i.test(entry.name)) {
      if (!entry.isDirectory()) strayFile(path, folderOf(entry.parentPath).articles, errors, warnings);
      continue;
    }
    if (entry.isSymbolicLink()) {
      errors.push({ file: path, line: 1, message: 'symbolic links are not followed', hint: 'copy the file into the content folder' });
    } else if (entry.isFile()) {
      files.push(path);
    } else if (!entry.isDirectory()) {
      // A FIFO or device would block the read forever.
      errors.push({ file: path, line: 1, message: 'is not a regular file', hint: 'replace it with a plain text file' });
    }
  }
  return { files: files.sort(), errors, warnings };
}

function strayFile(path: string, inArticles: boolean, errors: ContentError[], warnings: ContentWarning[]): void {
  const extension = extname(path).toLowerCase();
  if (ASSETS.has(extension)) return;
  const file = displayPath(path);
  if (MARKDOWN_LIKE.has(extension)) {
    errors.push({ file, line: 1, message: 'is not read: only .md files are articles', hint: `rename it to ${basename(path, extname(path))}.md` });
  } else if (inArticles) {
    warnings.push({ file, line: 1, message: 'is not an article and is not published', hint: 'only .md files are read; move it out of the content folder, or rename it to .md if it is an article' });
  }
}
