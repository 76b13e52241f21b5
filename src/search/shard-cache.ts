/**
 * Body shards cached by content, as `<sha256>.json` files in a folder of
 * their own: a shard is rebuilt only when something that goes into it
 * changed (its first position, its articles' body fields and excerpts, the
 * shard size, the payload version, or the analysis code, Lunr and the
 * dictionary: see `analysisFiles`). An entry holds the shard's roots on its
 * first line and the shard payload on the second. Beside them, `terms-2/`
 * keeps every article's body fields analysed (article-terms.ts), by a hash of
 * those fields, in a file named after the shard first built with them: a
 * shard whose articles merely moved (an article older than all others moves
 * every one) is rebuilt without analysing any of them again. Entries, terms
 * files and the index are checksummed entries of src/cache: a damaged one is
 * dropped (one warning) and rebuilt.
 */
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheKey, codeVersion } from '../cache/key.mjs';
import { CacheStore } from '../cache/store.mjs';
import type { ArticleTerms } from './article-terms.ts';
import type { BodyShard, ShardArticle } from './body-shard.ts';
import { BODY_FIELDS } from './fields.ts';
import { PAYLOAD_VERSION } from './payload.ts';

const ENTRY = /^[0-9a-f]{64}\.json$/;

const require = createRequire(import.meta.url);
/** `import … from '…'` (not `import type`, which leaves no code) and `require('…')`. */
const CODE_IMPORT = /^import (?!type )[^;]*?from '([^']+)'|require\('([^']+)'\)/gm;

/**
 * The code that turns text into a shard: build-index.ts (which hands the
 * shard builder its stemmer) and every module it imports, transitively, with
 * the packages they load (Lunr, the dictionary) as their resolved files.
 * Found by following the imports, so a new module cannot be left out.
 */
export function analysisFiles(): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, imported, required] of readFileSync(file, 'utf8').matchAll(CODE_IMPORT)) {
      const specifier = (imported ?? required)!;
      if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      else if (!specifier.startsWith('node:')) files.add(require.resolve(specifier));
    }
  };
  visit(fileURLToPath(new URL('./build-index.ts', import.meta.url)));
  return [...files].sort();
}

let fingerprint: string | undefined;

function analysisFingerprint(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Paths relative to the project, so that a moved project keeps its cache.
  return (fingerprint ??= codeVersion(root, analysisFiles().map((file) => relative(root, file))));
}

/** Of an article's body fields, as analysed by this code: the key of its `ArticleTerms`. */
export function termsKey(article: ShardArticle): string {
  return cacheKey(analysisFingerprint(), ...BODY_FIELDS.map((field) => field.extract(article)));
}

export function shardKey(articles: readonly ShardArticle[], first: number, shardSize: number, keys = articles.map(termsKey)): string {
  return cacheKey(JSON.stringify([PAYLOAD_VERSION, shardSize, first]), ...articles.flatMap((article, i) => [keys[i]!, article.excerpt]));
}

/** A shard and its articles analysed, as `through` gets them from its `build`. */
export interface BuiltShard {
  shard: BodyShard;
  terms: ArticleTerms[];
}

/**
 * Terms files and the index of which file holds which article's terms, by terms key, in a folder named after the
 * version of `StoredTerms` (which the analysis fingerprint does not cover); other versions' folders are deleted.
 */
const TERMS = 'terms-2';
const TERMS_INDEX = 'index.json';

/**
 * An article's terms as stored: each list as one string, the counts as one typed array, which V8's deserialiser
 * reads several times faster than as many small strings and numbers. No term or root holds a line break.
 */
interface StoredTerms {
  fields: Array<{ length: number; terms: string; counts: Uint32Array }>;
  roots: string;
}

const pack = ({ fields, roots }: ArticleTerms): StoredTerms => ({
  fields: fields.map(({ length, terms, counts }) => ({ length, terms: terms.join('\n'), counts: Uint32Array.from(counts) })),
  roots: roots.join('\n'),
});

const unpack = ({ fields, roots }: StoredTerms): ArticleTerms => ({
  fields: fields.map(({ length, terms, counts }) => ({ length, terms: terms === '' ? [] : terms.split('\n'), counts: Array.from(counts) })),
  roots: roots === '' ? [] : roots.split('\n'),
});

export class ShardCache {
  /** Shards reused and built; of the built shards' articles, how many were analysed already. */
  readonly stats = { reused: 0, built: 0, termsReused: 0 };
  private readonly used = new Set<string>();
  /** Terms key → name of the file holding its terms: the previous build's index, then this build's. */
  private previous: Record<string, string> | undefined;
  private readonly current: Record<string, string> = {};
  /** The terms files the last shard built was made from. */
  private loaded = new Map<string, Map<string, StoredTerms>>();

  private readonly entries: CacheStore;
  private readonly terms: CacheStore;

  constructor(dir: string) {
    // Versions are in the keys (entries) and in the folder's name (terms).
    this.entries = new CacheStore(dir, { kind: 'search shard cache', version: '1' });
    this.terms = new CacheStore(join(dir, TERMS), { kind: 'search terms cache', version: '1' });
  }

  /**
   * The cached shard of these articles, else the one `build` makes, stored for next time. `build` is given the
   * articles' analyses that are cached (undefined for the others).
   */
  through(articles: readonly ShardArticle[], first: number, shardSize: number, build: (known: Array<ArticleTerms | undefined>) => BuiltShard): BodyShard {
    const keys = articles.map(termsKey);
    const name = `${shardKey(articles, first, shardSize, keys)}.json`;
    this.used.add(name);
    const cached = this.entries.readSync(name, readEntry);
    if (cached) {
      // Its articles' terms stay where they are, unread.
      const index = this.previousIndex();
      for (const key of keys) if (index[key]) this.current[key] = index[key];
      this.stats.reused++;
      return cached;
    }
    const stored = this.storedTerms(keys);
    const { shard, terms } = build(stored.map((terms) => terms && unpack(terms)));
    this.stats.built++;
    this.stats.termsReused += stored.filter(Boolean).length;
    // Only the articles analysed now are stored, in a file named after the shard; the others stay where they are.
    const fresh = keys.flatMap((key, i) => (stored[i] ? [] : [[key, pack(terms[i]!)] as const]));
    if (fresh.length > 0) {
      const termsName = name.replace(/\.json$/, '.v8');
      // Whole or not at all, so a concurrent or interrupted build never reads half a file.
      if (this.terms.writeSync(termsName, serialize(new Map(fresh)))) for (const [key] of fresh) this.current[key] = termsName;
    }
    this.entries.writeSync(name, `${JSON.stringify(shard.roots)}\n${shard.json}`);
    return shard;
  }

  /** Removes the entries and terms files this build did not use, and writes which terms file holds which article. */
  prune(): void {
    this.entries.prune((name) => (ENTRY.test(name) ? this.used.has(name) : !name.startsWith('terms') || name === TERMS));
    const termsFiles = new Set(Object.values(this.current));
    this.terms.prune((name) => name === TERMS_INDEX || termsFiles.has(name));
    this.terms.writeSync(TERMS_INDEX, JSON.stringify(this.current));
  }

  /** The previous build's index of terms files, read when first needed. */
  private previousIndex(): Record<string, string> {
    return (this.previous ??= this.terms.readSync(TERMS_INDEX, (payload) => JSON.parse(payload.toString()) as Record<string, string>) ?? {});
  }

  /** The stored terms of the articles with these keys (undefined where there are none); their files are kept. */
  private storedTerms(keys: readonly string[]): Array<StoredTerms | undefined> {
    const index = this.previousIndex();
    const files = new Map<string, Map<string, StoredTerms>>();
    const stored = keys.map((key) => {
      const name = index[key];
      if (!name) return undefined;
      const inFile = files.get(name) ?? this.loaded.get(name) ?? this.terms.readSync(name, readTerms) ?? new Map<string, StoredTerms>();
      files.set(name, inFile);
      const terms = inFile.get(key);
      if (terms) this.current[key] = name;
      return terms;
    });
    // Kept for the next shard built, whose articles (positions being consecutive) are mostly in the same files.
    this.loaded = files;
    return stored;
  }
}

function readTerms(payload: Buffer): Map<string, StoredTerms> {
  const terms: unknown = deserialize(payload);
  if (!(terms instanceof Map)) throw new Error('not a map of terms');
  return terms as Map<string, StoredTerms>;
}

/** The roots on the first line, the shard payload after it; both checked whole by the entry's checksum. */
function readEntry(payload: Buffer): BodyShard {
  const text = payload.toString('utf8');
  const newline = text.indexOf('\n');
  if (newline < 0) throw new Error('no roots line');
  return { roots: JSON.parse(text.slice(0, newline)) as string[], json: text.slice(newline + 1) };
}
