/**
 * Word order in the index: the pairs of adjacent words each article holds, so the first ranking (over every match,
 * not only the few results whose fragments are fetched) can prefer documents that hold the query's words next to
 * each other, and a quoted phrase can be looked for only in documents holding all its pairs.
 *
 * A text is read as a sequence of keys, one per term of each word in order: a word's terms as the body analyses
 * them (stemmed), or, for a word with none (a stopword), the word itself. Stopwords stay in the sequence, as the
 * reader typed them (`menurut fakhri`), but as themselves, not stemmed: their roots are not in the browser's
 * dictionary files. Pairs are taken within the title, and within the summary and the body (each on its own); a
 * pair across a sentence break counts like any other, as it does for a phrase in most engines. A document's pairs
 * are a set: how often it holds a pair does not matter, only that it does.
 *
 * Pairs live in their own bucket family, `p/<n>.json` (payload.ts), hashed like terms: pair key → the documents
 * holding it, each as `2 × doc + 1` where the title holds it and `2 × doc` where only the summary or body does, as
 * deltas. A pair in the title counts for more, as the title's words do in Lunr's field boosts. Kept apart from the
 * term buckets so Lunr's statistics and the term buckets do not change.
 */
import type { AnalyzeToken } from './analyzer.ts';
import { bucketCount, bucketOf } from './buckets.ts';
import { tokenize } from './tokenizer.ts';

/** The key of two adjacent keys (a term never holds a space). */
export const pairKey = (first: string, second: string) => `${first} ${second}`;

/** A word's keys in the sequence of its text: its terms, or the word itself where it has none. */
export const wordKeys = (token: string, terms: readonly string[]): readonly string[] => (terms.length > 0 ? terms : [token]);

/**
 * About this many documents per pair bucket. A pair posting is one number, against a term posting's three per
 * field, but most pairs are held by one document, so the key dominates the bytes.
 */
export const DOCS_PER_PAIR_BUCKET = 4096;

export const pairFile = (bucket: number) => `p/${bucket}.json`;

/** A pair bucket: pair key → its documents (`2 × doc + 1` in the title, else `2 × doc`) as deltas, keys sorted. */
export type PairBucket = Record<string, number[]>;

/**
 * Adds to `into` the pairs of a sequence of words, given word by word through the returned function; `undefined`
 * breaks the sequence (as between two fields, or at an `OR` in a query).
 */
export function pairCollector(into: Set<string>): (keys: readonly string[] | undefined) => void {
  let previous: string | undefined;
  return (keys) => {
    if (!keys) {
      previous = undefined;
      return;
    }
    for (const key of keys) {
      if (previous !== undefined) into.add(pairKey(previous, key));
      previous = key;
    }
  };
}

/** The distinct pairs of a sequence of words' keys (`undefined` breaks it), in order of first occurrence. */
export function pairsOf(words: ReadonlyArray<readonly string[] | undefined>): string[] {
  const pairs = new Set<string>();
  const add = pairCollector(pairs);
  for (const keys of words) add(keys);
  return [...pairs];
}

/** The pair postings of a whole archive, filled document by document in ascending order. */
export class PairPostings {
  private readonly docs = new Map<string, number[]>();
  private postings = 0;

  /** Records that `doc` (higher than any before) holds these pairs in its title, and these elsewhere. */
  add(doc: number, title: Iterable<string>, body: Iterable<string>): void {
    for (const pair of title) this.push(pair, 2 * doc + 1);
    for (const pair of body) this.push(pair, 2 * doc);
  }

  /** A pair in the title and in the body is recorded as in the title. */
  private push(pair: string, value: number): void {
    let list = this.docs.get(pair);
    if (!list) this.docs.set(pair, (list = []));
    if (list.length > 0 && list.at(-1)! >> 1 === value >> 1) return;
    list.push(value);
    this.postings++;
  }

  /** The number of pair buckets: a power of two, changing (with every bucket) only when the archive doubles. */
  get buckets(): number {
    return bucketCount(this.postings, DOCS_PER_PAIR_BUCKET);
  }

  /**
   * File path → JSON of every pair bucket: `JSON.stringify` of a `PairBucket` with its keys sorted, written directly,
   * as objects of hundreds of thousands of keys in all were most of the index's cost (no pair key is an array index,
   * which an object would list first: a pair key holds a space).
   */
  files(): Map<string, string> {
    const count = this.buckets;
    const keys: string[][] = Array.from({ length: count }, () => []);
    for (const pair of this.docs.keys()) keys[bucketOf(pair, count)]!.push(pair);
    return new Map(
      keys.map((pairs, n) => {
        const members = pairs.sort().map((pair) => {
          const docs = this.docs.get(pair)!;
          let deltas = String(docs[0]);
          for (let i = 1; i < docs.length; i++) deltas += `,${docs[i]! - docs[i - 1]!}`;
          return `${JSON.stringify(pair)}:[${deltas}]`;
        });
        return [pairFile(n), `{${members.join(',')}}`];
      }),
    );
  }
}

/** The distinct pairs of a short text (a title), its words analysed by `analyzeToken` as the body's are. */
export function textPairs(analyzeToken: AnalyzeToken): (text: string) => string[] {
  return (text) => pairsOf(tokenize(text).map((token) => wordKeys(token, analyzeToken(token))));
}
