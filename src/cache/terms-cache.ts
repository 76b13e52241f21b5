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
/** `import … from '…'` (not `import type`, which leaves no code) and `require('…')`. */
const CODE_IMPORT = /^import (?!type )[^;]*?from '([^']+)'|require\('([^']+)'\)/gm;

/**
 * The code that turns a body into its terms: article-terms.ts and dictionary.ts (whose stemmer it is handed), and
 * every module they import, transitively, with the packages they load (the dictionary) as their resolved files.
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
  for (const entry of ['../search/article-terms.ts', '../search/dictionary.ts']) visit(fileURLToPath(new URL(entry, import.meta.url)));
  return [...files].sort();
}

let version: string | undefined;

function analysisVersion(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Paths relative to the project, so that a moved project keeps its cache.
  return (version ??= codeVersion(root, analysisFiles().map((file) => relative(root, file))));
}

/** An article's terms as stored: each list as one string, the counts as one typed array (fast to deserialise). */
interface StoredTerms {
  fields: Array<{ length: number; terms: string; counts: Uint32Array }>;
  roots: string;
  pairs: string;
}

const pack = ({ fields, roots, pairs }: ArticleTerms): StoredTerms => ({
  fields: fields.map(({ length, terms, counts }) => ({ length, terms: terms.join('\n'), counts: Uint32Array.from(counts) })),
  roots: roots.join('\n'),
  pairs: pairs.join('\n'),
});

const unpack = ({ fields, roots, pairs }: StoredTerms): ArticleTerms => ({
  fields: fields.map(({ length, terms, counts }) => ({ length, terms: terms === '' ? [] : terms.split('\n'), counts: Array.from(counts) })),
  roots: roots === '' ? [] : roots.split('\n'),
  pairs: pairs === '' ? [] : pairs.split('\n'),
});

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

  /** Writes the analyses this build used, and removes anything else in the folder (an older cache's files). */
  save(): void {
    this.store.writeSync(ENTRY, serialize(this.current));
    this.store.prune((name) => name === ENTRY);
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
