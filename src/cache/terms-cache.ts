/**
 * Every article's body fields analysed (article-terms.ts), kept between builds by a key of those fields, so a build
 * analyses only the articles whose summary or text changed: the analysis is most of the index's work, and a warm
 * build hands the index worker no early analyses (early-analyses.ts: its bodies come from the render cache). One
 * checksummed src/cache entry holds them all, versioned by the analysis code and the dictionary; each build rewrites
 * it with the articles it used, so removed articles leave it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheKey, codeVersion } from './key.mjs';
import { CacheStore } from './store.mjs';
import { PackedTerms, recordSize, type PackedView } from '../search/packed-terms.ts';
import { BODY_FIELDS } from '../search/fields.ts';

type BodyFields = Parameters<(typeof BODY_FIELDS)[number]['extract']>[0];

const ENTRY = 'terms.v8';
const require = createRequire(import.meta.url);
/** Static imports (not type-only ones, which leave no code) and calls of require with a literal path. */
const CODE_IMPORT = /^import (?!type )[^;]*?from '([^']+)'|require\('([^']+)'\)/gm;

/**
 * The code that turns a body into its terms and stores them: article-terms.ts, dictionary.ts (whose stemmer it is
 * handed) and this module, and every module they import, transitively, with the packages they load (the dictionary)
 * as their resolved files. Found by following the imports, so a new module cannot be left out.
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
  // This module too: it holds the stored form.
  for (const entry of ['../search/article-terms.ts', '../search/dictionary.ts', './terms-cache.ts']) visit(fileURLToPath(new URL(entry, import.meta.url)));
  return [...files].sort();
}

let version: string | undefined;

export function analysisVersion(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Paths relative to the project, so that a moved project keeps its cache.
  return (version ??= codeVersion(root, analysisFiles().map((file) => relative(root, file))));
}

/**
 * The cache as stored: the articles packed as numbers (packed-terms.ts), with each article's key and offset.
 * Reading it back makes each string once, and so a term is the same string in every article that has it, whose hash
 * the index's maps compute once.
 */
interface StoredCache extends PackedView {
  keys: string[];
  offsets: Uint32Array;
}

export class TermsCache {
  readonly stats = { reused: 0, analysed: 0 };
  private readonly store: CacheStore;
  private previous: { stored: StoredCache; offsets: Map<string, number> } | undefined;
  private packer: PackedTerms | undefined;
  /** This build's articles: their offsets in the packer (the stored ones keep theirs). */
  private readonly current = new Map<string, number>();

  /**
   * `start`: a pack to add this build's analyses to when none are stored (the early analyses', whose articles then
   * need no copying: early-analyses.ts).
   */
  constructor(
    dir: string,
    private readonly start?: PackedTerms,
  ) {
    this.store = new CacheStore(dir, { kind: 'search terms cache', version: analysisVersion() });
  }

  /**
   * The stored articles and, appended, those analysed by this build (`through`): the stored ones keep their offsets
   * and their strings their numbers.
   */
  get pack(): PackedTerms {
    const { stored } = (this.previous ??= this.read());
    return (this.packer ??= stored.keys.length === 0 && this.start ? this.start : new PackedTerms(stored));
  }

  /**
   * The offset in `pack` of the article's analysis: from the cache, else the one `analyse` packs there (returning its
   * offset), kept for next time.
   */
  through<T extends BodyFields>(article: T, analyse: (article: T) => number): number {
    const key = cacheKey(...BODY_FIELDS.map((field) => field.extract(article)));
    const previous = (this.previous ??= this.read());
    const stored = previous.offsets.get(key);
    if (stored !== undefined) {
      this.current.set(key, stored);
      this.stats.reused++;
      return stored;
    }
    // An article whose body another one of this build has: packed then.
    const packed = this.current.get(key);
    if (packed !== undefined) return packed;
    const offset = analyse(article);
    this.current.set(key, offset);
    this.stats.analysed++;
    return offset;
  }

  /**
   * Keeps every stored analysis for the next build, unread: a build that appends articles to the last build's uses
   * no other article's analysis, and the next build may need them all.
   */
  keepStored(): void {
    const previous = (this.previous ??= this.read());
    for (const [key, offset] of previous.offsets) this.current.set(key, offset);
  }

  /**
   * Writes the analyses this build used or kept, and removes anything else in the folder (an older cache's files) but
   * the entries named in `others`, which other modules keep there.
   */
  save(others: readonly string[] = []): void {
    // New articles were appended to the stored ones, which keep their numbers, unless at least half of what is packed
    // is no longer used (articles removed or changed): then it is all packed afresh.
    const packer = this.pack;
    const packed = packer.view();
    let used = 0;
    for (const offset of this.current.values()) used += recordSize(packed.data, offset);
    const fresh = used * 2 >= packer.size ? undefined : new PackedTerms();
    const offsets = Uint32Array.from(this.current.values(), (offset) => (fresh ? fresh.copy(packed, offset) : offset));
    const kept = fresh ?? packer;
    // Serialised from a view: a view's own bytes are written, not its whole buffer, so no copy of the pack is made.
    this.store.writeSync(ENTRY, serialize({ strings: kept.strings, keys: [...this.current.keys()], offsets, data: kept.view().data } satisfies StoredCache));
    this.store.prune((name) => name === ENTRY || others.includes(name));
  }

  private read(): { stored: StoredCache; offsets: Map<string, number> } {
    const stored = this.store.readSync(ENTRY, (payload) => {
      const value = deserialize(payload) as Partial<StoredCache> | null;
      if (!Array.isArray(value?.strings) || !Array.isArray(value.keys) || !(value.offsets instanceof Uint32Array) || !(value.data instanceof Uint32Array)) {
        throw new Error('not a stored terms cache');
      }
      return value as StoredCache;
    }) ?? { strings: [], keys: [], offsets: new Uint32Array(), data: new Uint32Array() };
    return { stored, offsets: new Map(stored.keys.map((key, i) => [key, stored.offsets[i]!])) };
  }
}
