/** A payload as a site holds it, and what the output store does with an incremental build's payload. */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Archive } from '../../src/content/model.ts';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { SEARCH_DIR } from '../../src/search/write-index.ts';

/**
 * Every file under `dir` (relative path → content). Read synchronously: a payload is hundreds of small files, and a
 * promise-based read of each costs several times the read itself.
 */
export async function filesIn(dir: string): Promise<Map<string, string>> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const names = entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const));
}

/** What the output store does with an incremental build's folder: its files moved over the site's, the rest not kept removed. */
export async function putInPlace(staging: string, site: string, kept: readonly string[]): Promise<void> {
  const written = [...(await filesIn(staging)).keys()];
  for (const path of written) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    renameSync(join(staging, path), join(site, path));
  }
  const now = new Set([...written, ...kept]);
  for (const path of (await filesIn(site)).keys()) if (!now.has(path)) rmSync(join(site, path));
}

/** The payload a full build of `built` writes, as the site holds it. */
export const expected = (built: Archive) => new Map([...buildSearchFiles(built)].map(([name, json]) => [join(SEARCH_DIR, name), json]));

