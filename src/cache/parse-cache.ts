import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheKey, codeVersion } from './key.mjs';
import { CacheStore } from './store.mjs';
import { FileKeys, type FileKeyRecord } from '../content/file-keys.ts';
import type { ArticleFields } from '../content/parse-article.ts';

/**
 * Path in the cache folder: beside the render cache, in a folder of its own; a checksummed entry of src/cache. In
 * V8's serialisation format, which reads faster than JSON.
 */
export const PARSE_CACHE_FILE = join('parsed', 'fields.v8');
/** Libraries whose behaviour shapes what parsing accepts and produces. */
const PARSING_LIBRARIES = ['yaml', 'js-yaml', 'zod', 'gray-matter'];

export interface ParseCacheFile {
  entries: Map<string, ArticleFields>;
  /** Which files have which key while their status is unchanged (file-keys.ts). */
  files: FileKeyRecord;
}

/**
 * The fields of valid article files, kept between runs and keyed by a hash of each file's text, so an unchanged file
 * skips YAML parsing and validation. A file with errors is never stored, so its errors are found again on every run.
 * The registry is not part of the key: cached fields are linked to the current registry on every load, and a name it
 * no longer knows sends the file through full parsing again.
 */
export class ParseCache {
  private readonly used = new Map<string, ArticleFields>();
  private changed = false;
  readonly fileKeys: FileKeys;

  private constructor(
    private readonly store: CacheStore | undefined,
    private readonly stored: Map<string, ArticleFields>,
    files: FileKeyRecord,
  ) {
    this.fileKeys = new FileKeys(files);
  }

  /** The cache in `cacheDir`; empty when there is none, or it is damaged (dropped, with a warning) or other code's. */
  static async open(cacheDir: string | undefined): Promise<ParseCache> {
    if (!cacheDir) return new ParseCache(undefined, new Map(), new Map());
    const file = join(cacheDir, PARSE_CACHE_FILE);
    const store = new CacheStore(dirname(file), { kind: 'parse cache', version: parserVersion() });
    const cached = await store.read(basename(file), readParseCache);
    return new ParseCache(store, cached?.entries ?? new Map(), cached?.files ?? new Map());
  }

  get(key: string): ArticleFields | undefined {
    const fields = this.stored.get(key);
    if (fields) this.used.set(key, fields);
    return fields;
  }

  /** Records what parsing found for `key`: the fields of a valid file, or none for a file with errors (dropped). */
  set(key: string, fields: ArticleFields | undefined): void {
    if (fields) this.used.set(key, fields);
    else if (!this.used.delete(key)) return; // Never cached: nothing to write.
    this.changed = true;
  }

  /** Writes the entries used by this run (dropping the rest) when they differ from the file, replacing it atomically. */
  async flush(): Promise<void> {
    if (!this.store || (!this.changed && this.used.size === this.stored.size && !this.fileKeys.changedSinceRecorded)) return;
    const cached: ParseCacheFile = { entries: this.used, files: this.fileKeys.entries };
    await this.store.write(basename(PARSE_CACHE_FILE), serialize(cached));
  }
}

/** Cache key of an article file's bytes. */
export function contentKey(bytes: Uint8Array): string {
  return cacheKey(bytes);
}

function readParseCache(payload: Buffer): ParseCacheFile {
  const cached = deserialize(payload) as Partial<ParseCacheFile>;
  if (!(cached.entries instanceof Map && cached.files instanceof Map)) throw new Error('not a parse cache');
  return cached as ParseCacheFile;
}

let version: string | undefined;

/**
 * Changes with any source file of the content loader or a parsing library's version, so fields cached by other code,
 * which may have validated less, are never trusted. Computed once per process.
 */
export function parserVersion(): string {
  if (version === undefined) {
    const require = createRequire(import.meta.url);
    const libraries = PARSING_LIBRARIES.map((library) => `${library}@${(require(`${library}/package.json`) as { version: string }).version}`);
    version = codeVersion(fileURLToPath(new URL('../', import.meta.url)), parserSources(), libraries);
  }
  return version;
}

/** The files, relative to src/, whose code decides cached fields: the content loader, and this file (their format). */
export function parserSources(): string[] {
  const loader = readdirSync(fileURLToPath(new URL('../content/', import.meta.url))).filter((name) => name.endsWith('.ts')).sort();
  return [...loader.map((name) => `content/${name}`), 'cache/parse-cache.ts'];
}
