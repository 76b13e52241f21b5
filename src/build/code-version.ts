/**
 * A hash of everything besides the content that shapes the output: our source code, the templates, the Eleventy
 * config, the locked dependency versions and Node's version. When it changes, an incremental build renders every
 * page again, so a changed template or helper never leaves a stale page behind.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files-under.mjs';

const FOLDERS = ['src', 'templates'];
const FILES = ['.eleventy.ts', 'package-lock.json'];

// Read synchronously: a hundred awaited reads left the main thread idle for 50 ms while the worker threads kept the
// thread pool busy.
export function codeVersion(root: string): string {
  const digest = createHash('sha1').update(process.version);
  const inputs = [...FOLDERS.flatMap((folder) => filesUnder(join(root, folder)).sort().map((file) => join(folder, file))), ...FILES];
  for (const file of inputs) digest.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  return digest.digest('hex');
}
