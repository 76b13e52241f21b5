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
import type { ArticleTerms } from '../search/article-terms.ts';
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
 * The cache as stored: every distinct string (term, root, token, token's analysis) once, and the articles as numbers,
 * all in one array. Reading it back makes each string once, and so a term is the same string in every article that
 * has it, whose hash the index's maps compute once; it was an array of strings per article, split from one text.
 *
 * An article, at its offset in `data`: the number of fields; per field its length, its number of distinct terms, the
 * terms and their counts; the number of roots and the roots; the number of analysed tokens and, per token, it and
 * its analysis; the number of key sequences and, per sequence, its length and its keys.
 */
interface StoredCache {
  strings: string[];
  keys: string[];
  offsets: Uint32Array;
  data: Uint32Array;
}

/**
 * Numbers an article's strings into `strings`, appending it to `data`; starting from a stored cache, whose articles
 * then keep their offsets.
 */
class Packer {
  readonly strings: string[];
  private readonly numbers: Map<string, number>;
  private data: Uint32Array<ArrayBuffer>;
  size: number;

  constructor(from?: StoredCache) {
    this.strings = from ? [...from.strings] : [];
    this.numbers = new Map(this.strings.map((text, n) => [text, n]));
    this.data = new Uint32Array(Math.max(1 << 16, 2 * (from?.data.length ?? 0)));
    if (from) this.data.set(from.data);
    this.size = from?.data.length ?? 0;
  }

  pack({ fields, roots, analysis, sequences }: ArticleTerms): number {
    const offset = this.size;
    this.push(fields.length);
    for (const { length, terms, counts } of fields) {
      this.push(length);
      this.push(terms.length);
      for (const term of terms) this.push(this.number(term));
      for (const count of counts) this.push(count);
    }
    this.push(roots.length);
    for (const root of roots) this.push(this.number(root));
    this.push(analysis.length);
    for (const [token, terms] of analysis) {
      this.push(this.number(token));
      this.push(this.number(terms));
    }
    this.push(sequences.length);
    for (const sequence of sequences) {
      this.push(sequence.length);
      for (const key of sequence) this.push(this.number(key));
    }
    return offset;
  }

  packed(): Uint32Array {
    return this.data.slice(0, this.size);
  }

  private number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.strings.push(text) - 1;
      this.numbers.set(text, n);
    }
    return n;
  }

  private push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }
}

/** How many numbers the article at `offset` takes. */
function recordSize(data: Uint32Array, offset: number): number {
  let at = offset;
  for (let fields = data[at++]!; fields > 0; fields--) at += 2 + 2 * data[at + 1]!;
  at += 1 + data[at]!;
  at += 1 + 2 * data[at]!;
  for (let sequences = data[at++]!; sequences > 0; sequences--) at += 1 + data[at]!;
  return at - offset;
}

/** The article at `offset` of a stored cache. */
function unpack({ strings, data }: StoredCache, offset: number, tuples: Array<[string, string] | undefined>): ArticleTerms {
  let at = offset;
  const next = () => data[at++]!;
  const stringsOf = (count: number) => {
    const list: string[] = new Array(count);
    for (let i = 0; i < count; i++) list[i] = strings[data[at++]!]!;
    return list;
  };
  const fields = Array.from({ length: next() }, () => {
    const length = next();
    const terms = stringsOf(next());
    return { length, terms, counts: Array.from({ length: terms.length }, next) };
  });
  const roots = stringsOf(next());
  const analysis = Array.from({ length: next() }, () => {
    const token = next();
    const terms = next();
    return (tuples[token] ??= [strings[token]!, strings[terms]!]);
  });
  return { fields, roots, analysis, sequences: Array.from({ length: next() }, () => stringsOf(next())) };
}

export class TermsCache {
  readonly stats = { reused: 0, analysed: 0 };
  private readonly store: CacheStore;
  private previous: { stored: StoredCache; offsets: Map<string, number> } | undefined;
  /** One tuple per token of the stored strings, shared by the articles that have it. */
  private readonly tuples: Array<[string, string] | undefined> = [];
  /** This build's articles, with their offsets in the stored cache for those found there. */
  private readonly current = new Map<string, { terms: ArticleTerms | undefined; offset: number | undefined }>();

  constructor(dir: string) {
    this.store = new CacheStore(dir, { kind: 'search terms cache', version: analysisVersion() });
  }

  /** The article's analysis from the cache, else the one `analyse` makes, kept for next time. */
  through<T extends BodyFields>(article: T, analyse: (article: T) => ArticleTerms): ArticleTerms {
    const key = cacheKey(...BODY_FIELDS.map((field) => field.extract(article)));
    const previous = (this.previous ??= this.read());
    const offset = previous.offsets.get(key);
    const terms = offset === undefined ? analyse(article) : unpack(previous.stored, offset, this.tuples);
    this.current.set(key, { terms, offset });
    this.stats[offset === undefined ? 'analysed' : 'reused']++;
    return terms;
  }

  /**
   * Keeps every stored analysis for the next build, unread: a build that appends articles to the last build's uses
   * no other article's analysis, and the next build may need them all.
   */
  keepStored(): void {
    const previous = (this.previous ??= this.read());
    for (const [key, offset] of previous.offsets) this.current.set(key, { terms: undefined, offset });
  }

  /**
   * Writes the analyses this build used or kept, and removes anything else in the folder (an older cache's files) but the
   * entries named in `others`, which other modules keep there.
   */
  save(others: readonly string[] = []): void {
    // New articles are appended to the stored ones, which keep their numbers, unless at least half of what is stored
    // is no longer used (articles removed or changed): then it is all packed afresh.
    const stored = this.previous?.stored;
    let used = 0;
    for (const { offset } of this.current.values()) if (offset !== undefined) used += recordSize(stored!.data, offset);
    const appending = stored !== undefined && used * 2 >= stored.data.length;
    const packer = new Packer(appending ? stored : undefined);
    const keys = [...this.current.keys()];
    const offsets = Uint32Array.from(this.current.values(), ({ terms, offset }) =>
      appending && offset !== undefined ? offset : packer.pack(terms ?? unpack(stored!, offset!, this.tuples)),
    );
    this.store.writeSync(ENTRY, serialize({ strings: packer.strings, keys, offsets, data: packer.packed() } satisfies StoredCache));
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
