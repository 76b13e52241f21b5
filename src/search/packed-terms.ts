/**
 * Articles' analyses (article-terms.ts) packed as numbers: every distinct string (term, root, token, token's analysis,
 * key) once in a table, the rest in one growing array of 32-bit numbers. Held this way, the analyses of thousands of
 * articles take a fraction of the memory of their arrays of strings: the terms cache stores them so, and the index
 * thread keeps the bodies it analyses while the archive loads so.
 *
 * An article, at its offset in `data`: the number of fields; per field its length, its number of distinct terms, the
 * terms and their counts; the number of roots and the roots; the number of analysed tokens and, per token, it and
 * its analysis; the number of key sequences and, per sequence, its length and its keys.
 */
import type { ArticleTerms } from './article-terms.ts';

export interface PackedView {
  strings: string[];
  data: Uint32Array;
}

/**
 * Articles packed one after another: their strings numbered into `strings`, the rest appended to `data`; starting
 * from another pack, whose articles then keep their offsets.
 */
export class PackedTerms {
  readonly strings: string[];
  private readonly numbers: Map<string, number>;
  private data: Uint32Array<ArrayBuffer>;
  size: number;

  constructor(from?: PackedView) {
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

  /** The packed articles so far. */
  view(): PackedView {
    return { strings: this.strings, data: this.data.subarray(0, this.size) };
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
export function recordSize(data: Uint32Array, offset: number): number {
  let at = offset;
  for (let fields = data[at++]!; fields > 0; fields--) at += 2 + 2 * data[at + 1]!;
  at += 1 + data[at]!;
  at += 1 + 2 * data[at]!;
  for (let sequences = data[at++]!; sequences > 0; sequences--) at += 1 + data[at]!;
  return at - offset;
}

/**
 * The article at `offset`; `tuples` (per token's string number) are shared by the articles unpacked with them, and
 * must be used only with views whose strings number alike (a pack and the packs made from it).
 */
export function unpackTerms({ strings, data }: PackedView, offset: number, tuples: Array<[string, string] | undefined>): ArticleTerms {
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

