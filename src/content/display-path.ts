/** Paths as the build shows and records them. */
import { sep } from 'node:path';

/** Paths in messages are relative to the working directory when inside it, so editors can open them. */
export function displayPath(path: string): string {
  return relativePath(process.cwd(), path) ?? path;
}

/**
 * `path` relative to `folder` with `/` between its parts, if it is inside. Paths from the listing
 * are absolute and normalised (list-files.ts), so a prefix test does what `path.relative` did, for less
 * (docs/performance.md).
 */
export function relativePath(folder: string, path: string): string | undefined {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return path.startsWith(prefix) ? path.slice(prefix.length).split(sep).join('/') : undefined;
}
