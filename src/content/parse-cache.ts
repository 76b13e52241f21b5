import { createHash, hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomically } from '../fs/write-atomically.mjs';
import { FileKeys, type FileKeyRecord } from './file-keys.ts';
import type { ArticleFields } from './parse-article.ts';

/**
 * Path in the cache folder: beside the render cache, in a folder of its own. In V8's serialisation format, which
 * reads in 40 ms at 10,000 articles (5 MB) where JSON took 58 ms.
 */
export const PARSE_CACHE_FILE = join('parsed', 'articles.v8');
/** Libraries whose behaviour shapes what parsing accepts and produces. */
const PARSING_LIBRARIES = ['yaml', 'js-yaml', 'zod', 'gray-matter'];

export interface ParseCacheFile {
  version: string;
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
    private readonly file: string | undefined,
    private readonly version: string,
    private readonly stored: Map<string, ArticleFields>,
    files: FileKeyRecord,
  ) {
    this.fileKeys = new FileKeys(files);
  }

  /** The cache in `cacheDir`; empty when there is none, it is unreadable, or other code wrote it. */
  static async open(cacheDir: string | undefined): Promise<ParseCache> {
    if (!cacheDir) return new ParseCache(undefined, '', new Map(), new Map());
    const file = join(cacheDir, PARSE_CACHE_FILE);
    const version = await codeVersion();
    try {
      const cached = deserialize(await readFile(file)) as Partial<ParseCacheFile>;
      if (cached.version === version && cached.entries instanceof Map && cached.files instanceof Map) {
        return new ParseCache(file, version, cached.entries, cached.files);
      }
    } catch {
      // Missing or torn by hand: every file is parsed again.
    }
    return new ParseCache(file, version, new Map(), new Map());
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
    if (!this.file || (!this.changed && this.used.size === this.stored.size && !this.fileKeys.changedSinceRecorded)) return;
    const cached: ParseCacheFile = { version: this.version, entries: this.used, files: this.fileKeys.entries };
    await writeFileAtomically(this.file, serialize(cached));
  }
}

/** Cache key of an article file's bytes (one-shot `hash`: no Hash object per file). */
export function contentKey(bytes: Uint8Array): string {
  return hash('sha1', bytes);
}

let version: Promise<string> | undefined;

/**
 * Changes with any source file of the content loader or a parsing library's version, so fields cached by other code,
 * which may have validated less, are never trusted. Computed once per process.
 */
function codeVersion(): Promise<string> {
  version ??= (async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha1');
    for (const name of (await readdir(here)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(name).update('\0').update(await readFile(join(here, name))).update('\0');
    }
    const require = createRequire(import.meta.url);
    for (const library of PARSING_LIBRARIES) hash.update(`${library}@${(require(`${library}/package.json`) as { version: string }).version}\0`);
    return hash.digest('hex');
  })();
  return version;
}
