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

function analysisVersion(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Paths relative to the project, so that a moved project keeps its cache.
  return (version ??= codeVersion(root, analysisFiles().map((file) => relative(root, file))));
}

/**
 * An article's terms as stored: each list as one string, the counts as one typed array (fast to deserialise). Tokens
 * and terms hold no line breaks (tokenizer.ts).
 */
interface StoredTerms {
  fields: Array<{ length: number; terms: string; counts: Uint32Array }>;
  roots: string;
  /** The analysis's tokens and their terms, one per line each. */
  analysed: string;
  analyses: string;
}

const lines = (list: readonly string[]) => list.join('\n');
const unlines = (text: string) => (text === '' ? [] : text.split('\n'));

const pack = ({ fields, roots, analysis }: ArticleTerms): StoredTerms => ({
  fields: fields.map(({ length, terms, counts }) => ({ length, terms: lines(terms), counts: Uint32Array.from(counts) })),
  roots: lines(roots),
  analysed: lines(analysis.map(([token]) => token)),
  analyses: lines(analysis.map(([, terms]) => terms)),
});

function unpack({ fields, roots, analysed, analyses }: StoredTerms): ArticleTerms {
  const tokens = unlines(analysed);
  // Not `unlines`: a lone stopword's analysis is '', which is one entry.
  const terms = tokens.length === 0 ? [] : analyses.split('\n');
  return {
    fields: fields.map((field) => ({ length: field.length, terms: unlines(field.terms), counts: Array.from(field.counts) })),
    roots: unlines(roots),
    analysis: tokens.map((token, i) => [token, terms[i]!]),
  };
}

export class TermsCache {
  readonly stats = { reused: 0, analysed: 0 };
  private readonly store: CacheStore;
  private previous: Map<string, StoredTerms> | undefined;
  private readonly current = new Map<string, StoredTerms>();

  constructor(dir: string) {
    this.store = new CacheStore(dir, { kind: 'search terms cache', version: analysisVersion() });
  }

  /** The article's analysis from the cache, else the one `analyse` makes, kept for next time. */
  through<T extends BodyFields>(article: T, analyse: (article: T) => ArticleTerms): ArticleTerms {
    const key = cacheKey(...BODY_FIELDS.map((field) => field.extract(article)));
    const cached = (this.previous ??= this.read()).get(key);
    if (cached) {
      this.current.set(key, cached);
      this.stats.reused++;
      return unpack(cached);
    }
    const terms = analyse(article);
    this.current.set(key, pack(terms));
    this.stats.analysed++;
    return terms;
  }

  /**
   * Writes the analyses this build used, and removes anything else in the folder (an older cache's files) but the
   * entries named in `others`, which other modules keep there.
   */
  save(others: readonly string[] = []): void {
    this.store.writeSync(ENTRY, serialize(this.current));
    this.store.prune((name) => name === ENTRY || others.includes(name));
  }

  private read(): Map<string, StoredTerms> {
    const stored = this.store.readSync(ENTRY, (payload) => {
      const value: unknown = deserialize(payload);
      if (!(value instanceof Map)) throw new Error('not a map');
      return value as Map<string, StoredTerms>;
    });
    return stored ?? new Map();
  }
}
