/**
 * Which folders a command may delete or replace: only those it made itself, recognised by a marker file with a fixed
 * text written when the folder was created. A missing or empty folder may be taken over (and marked). Anything else
 * (a file, a symbolic link, a folder with other contents, the project, the content folder or a folder holding them)
 * is refused before anything is touched, with one line that names the path and says why.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A marker: the file a command writes into a folder it made, and the exact text it holds. */
export interface Marker {
  name: string;
  text: string;
}

/** What the command refuses to touch, and why: thrown before any change, reported as one line with exit code 2. */
export class RefusedFolder extends Error {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(`${path}: ${why}`);
  }
}

export interface Protected {
  /** Folders that the path must not be, nor contain (the project root, the content folder, the working folder). */
  notContaining: string[];
  /** Folders that the path must not be, nor lie inside (sources, templates, content: what the build reads). */
  notInside: string[];
}

/** `path` with every symbolic link in its existing part resolved, so `link/..` cannot hide where it points. */
export function realLocation(path: string): string {
  const absolute = resolve(path);
  const rest: string[] = [];
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  // A symbolic link as the last part is judged as a link (lstat), not as what it points to.
  if (rest.length === 0 && lstatSync(existing).isSymbolicLink()) return join(realpathSync(dirname(existing)), basename(existing));
  return join(realpathSync(existing), ...rest);
}

/** Whether `inner` is `outer` or lies inside it (both real locations). */
export const isWithin = (inner: string, outer: string) => {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
};

/** The project's own folders (its sources, assets and history), which no output or cache may lie inside. */
export const projectFolders = (root: string): string[] => ['src', 'templates', 'public', '.git'].map((dir) => join(root, dir));

/** Throws `RefusedFolder` when `path` is, contains or lies inside one of the protected folders. */
export function refuseProtected(path: string, places: Protected): void {
  const real = realLocation(path);
  for (const place of places.notContaining) {
    if (!existsSync(place)) continue;
    const realPlace = realpathSync(place);
    if (isWithin(realPlace, real)) throw new RefusedFolder(path, real === realPlace ? `is ${realPlace} itself` : `contains ${realPlace}`);
  }
  for (const place of places.notInside) {
    if (!existsSync(place)) continue;
    const realPlace = realpathSync(place);
    if (isWithin(real, realPlace)) throw new RefusedFolder(path, `lies inside ${realPlace}, which the build reads`);
  }
}

function isMarked(folder: string, marker: Marker): boolean {
  try {
    const file = join(folder, marker.name);
    return lstatSync(file).isFile() && readFileSync(file, 'utf8') === marker.text;
  } catch {
    return false;
  }
}

/** What `path` is now: missing, an empty folder, or a folder carrying `marker`; anything else is refused. */
export function ownedState(path: string, marker: Marker, made: string): 'missing' | 'empty' | 'marked' {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new RefusedFolder(path, `cannot be inspected (${(error as NodeJS.ErrnoException).code}), so it is left alone`);
  }
  if (info.isSymbolicLink()) throw new RefusedFolder(path, `is a symbolic link that ${made} did not make; remove it yourself or choose another folder`);
  if (!info.isDirectory()) throw new RefusedFolder(path, `is a file, not a folder ${made} made; choose another folder`);
  if (isMarked(path, marker)) return 'marked';
  if (readdirSync(path).length === 0) return 'empty';
  throw new RefusedFolder(path, `is a folder that ${made} did not make (no ${marker.name} in it); delete it yourself or choose another folder`);
}

/** Marks `folder` (which exists) as made by the command. */
export function mark(folder: string, marker: Marker): void {
  writeFileSync(join(folder, marker.name), marker.text);
}
