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
import { growable, grown } from './grown.ts';
import { Numbering, Renumbering } from './numbering.ts';
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

/**
 * The pair postings of a whole archive, filled document by document in ascending order. Keys are numbered and a pair
 * is two numbers, found in a hash table of typed arrays, and each posting is a row of typed arrays naming its pair: a
 * map from pair strings to arrays made a new string per pair occurrence and an object per pair, most of the index's
 * time and, at 100,000 articles, most of its memory (docs/performance.md).
 */
export class PairPostings {
  /** The keys of pairs, numbered as they came. */
  private readonly numbering = new Numbering();
  private readonly keyOf: Renumbering;
  /** Open addressing: pair number + 1 per slot, 0 for none; at most half full. */
  private slots = new Int32Array(1 << 12);
  /** Per pair: its two key numbers, its number of postings and its last posting's value. */
  private first = growable(Int32Array, 1 << 10);
  private second = growable(Int32Array, 1 << 10);
  private counts = growable(Int32Array, 1 << 10);
  private lasts = growable(Int32Array, 1 << 10);
  private pairs = 0;
  /** Per posting: its pair and its value (`2 × doc + 1` in the title, else `2 × doc`). */
  private ofPair = growable(Int32Array, 1 << 12);
  private values = growable(Int32Array, 1 << 12);
  private postings = 0;

  /** `words` numbers the keys `add` is given. */
  constructor(words: Numbering) {
    this.keyOf = new Renumbering(words.strings, this.numbering);
  }

  /**
   * Records that `doc` (higher than any before) holds the pairs of these sequences of keys (their numbers in `words`):
   * the title's, and the other fields' (each on its own).
   */
  add(doc: number, title: Uint32Array, body: readonly Uint32Array[]): void {
    this.addSequence(title, 2 * doc + 1);
    for (const sequence of body) this.addSequence(sequence, 2 * doc);
  }

  /** The number of pair buckets: a power of two, changing (with every bucket) only when the archive doubles. */
  get buckets(): number {
    return bucketCount(this.postings, DOCS_PER_PAIR_BUCKET);
  }

  /** The number of postings (documents holding a pair, summed over pairs). */
  get size(): number {
    return this.postings;
  }

  /** Every pair with its values, ascending. */
  list(): Array<[pair: string, values: number[]]> {
    const { starts, values } = this.grouped();
    return Array.from({ length: this.pairs }, (_, pair) => [this.nameOf(pair), Array.from(values.subarray(starts[pair]!, starts[pair + 1]!))]);
  }

  /**
   * Every pair bucket's path and JSON, bucket by bucket: `JSON.stringify` of a `PairBucket` with its keys sorted,
   * written directly (no pair key is an array index, which an object would list first: a pair key holds a space).
   */
  *files(): Generator<[name: string, json: string]> {
    const count = this.buckets;
    const { starts, values } = this.grouped();
    const names: string[] = new Array(this.pairs);
    const inBucket: number[][] = Array.from({ length: count }, () => []);
    for (let pair = 0; pair < this.pairs; pair++) {
      const name = this.nameOf(pair);
      names[pair] = name;
      inBucket[bucketOf(name, count)]!.push(pair);
    }
    const order = this.nameOrder(names);
    for (const [n, pairs] of inBucket.entries()) {
      const members = pairs.sort(order).map((pair) => {
        const end = starts[pair + 1]!;
        let at = starts[pair]!;
        let deltas = String(values[at]);
        for (at++; at < end; at++) deltas += `,${values[at]! - values[at - 1]!}`;
        return `${JSON.stringify(names[pair])}:[${deltas}]`;
      });
      yield [pairFile(n), `{${members.join(',')}}`];
    }
  }

  private get keys(): readonly string[] {
    return this.numbering.strings;
  }

  private nameOf(pair: number): string {
    return pairKey(this.keys[this.first[pair]!]!, this.keys[this.second[pair]!]!);
  }

  /**
   * Orders pairs as their names sort, by the ranks of their keys: pairs with the same first key sort as their second
   * keys do, and pairs with different first keys as those do, unless one of them holds a character sorting before or
   * at the space between the two (a first key that begins the other then meets that character, not the end): those
   * are compared by their names. Such a key is rare (a ligature whose letters decompose into words with spaces), and
   * comparing every pair by its name for its sake was most of the pair buckets' time.
   */
  private nameOrder(names: readonly string[]): (a: number, b: number) => number {
    const { keys, first } = this;
    const ranks = new Float64Array(keys.length);
    Array.from(keys.keys())
      .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
      .forEach((key, rank) => (ranks[key] = rank));
    const odd = Uint8Array.from(keys, (key) => (BEFORE_SPACE.test(key) ? 1 : 0));
    const sortKeys = new Float64Array(this.pairs);
    for (let pair = 0; pair < this.pairs; pair++) sortKeys[pair] = ranks[first[pair]!]! * keys.length + ranks[this.second[pair]!]!;
    return (a, b) => ((odd[first[a]!]! | odd[first[b]!]!) !== 0 && first[a] !== first[b] ? (names[a]! < names[b]! ? -1 : 1) : sortKeys[a]! - sortKeys[b]!);
  }

  /** The postings grouped by pair, each pair's in the order added: pair `p`'s values are `starts[p]` to `starts[p + 1]`. */
  private grouped(): { starts: Int32Array; values: Int32Array } {
    const starts = new Int32Array(this.pairs + 1);
    for (let pair = 0; pair < this.pairs; pair++) starts[pair + 1] = starts[pair]! + this.counts[pair]!;
    const next = starts.slice(0, this.pairs);
    const values = new Int32Array(this.postings);
    for (let at = 0; at < this.postings; at++) values[next[this.ofPair[at]!]!++] = this.values[at]!;
    return { starts, values };
  }

  private addSequence(sequence: Uint32Array, value: number): void {
    let previous = -1;
    for (let i = 0; i < sequence.length; i++) {
      const n = this.keyOf.of(sequence[i]!);
      if (previous >= 0) this.push(this.pairOf(previous, n), value);
      previous = n;
    }
  }

  /** A pair in the title and in the body is recorded as in the title (the title is added first). */
  private push(pair: number, value: number): void {
    if (this.counts[pair]! > 0 && this.lasts[pair]! >> 1 === value >> 1) return;
    if (this.postings === this.values.length) {
      this.values = grown(this.values);
      this.ofPair = grown(this.ofPair);
    }
    this.ofPair[this.postings] = pair;
    this.values[this.postings++] = value;
    this.counts[pair]!++;
    this.lasts[pair] = value;
  }

  /** The number of the pair of keys `a` then `b`, numbered now if new. */
  private pairOf(a: number, b: number): number {
    const mask = this.slots.length - 1;
    let slot = hashPair(a, b) & mask;
    for (let found = this.slots[slot]!; found !== 0; found = this.slots[slot]!) {
      if (this.first[found - 1] === a && this.second[found - 1] === b) return found - 1;
      slot = (slot + 1) & mask;
    }
    const pair = this.pairs++;
    if (pair === this.first.length) {
      this.first = grown(this.first);
      this.second = grown(this.second);
      this.counts = grown(this.counts);
      this.lasts = grown(this.lasts);
    }
    this.first[pair] = a;
    this.second[pair] = b;
    this.slots[slot] = pair + 1;
    if (2 * this.pairs > this.slots.length) this.rehash();
    return pair;
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let pair = 0; pair < this.pairs; pair++) {
      let slot = hashPair(this.first[pair]!, this.second[pair]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = pair + 1;
    }
  }
}

/** A character that sorts before or at the space between a pair's keys. */
const BEFORE_SPACE = /[\0- ]/;

function hashPair(a: number, b: number): number {
  const hash = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return hash ^ (hash >>> 15);
}

/** The keys of a short text (a title) in order, its words analysed by `analyzeToken` as the body's are. */
export function textKeys(analyzeToken: AnalyzeToken): (text: string) => string[] {
  return (text) => tokenize(text).flatMap((token) => wordKeys(token, analyzeToken(token)));
}
