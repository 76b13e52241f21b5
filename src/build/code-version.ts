/**
 * A hash of everything besides the content that shapes the output: our source code, the templates, the Eleventy
 * config, the locked dependency versions and Node's version. When it changes, an incremental build renders every
 * page again, so a changed template or helper never leaves a stale page behind.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const INPUTS = ['src', 'templates', '.eleventy.ts', 'package-lock.json'];

export async function codeVersion(root: string): Promise<string> {
  const digest = createHash('sha1').update(process.version);
  for (const input of INPUTS) {
    for (const file of await filesUnder(join(root, input))) {
      digest.update(`\0${file}\0`).update(await readFile(file));
    }
  }
  return digest.digest('hex');
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path]; // a file, not a folder
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
