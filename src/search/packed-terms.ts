/**
 * Articles' analyses (article-terms.ts) packed as numbers: every distinct string (term, root, token, token's analysis,
 * key) once in a numbering, the rest in one growing array of 32-bit numbers. Held this way, the analyses of thousands
 * of articles take a fraction of the memory of their arrays of strings: the terms cache stores them so, the index
 * thread keeps the bodies it analyses while the archive loads so, and the index reads them so.
 *
 * An article, at its offset in `data`: the number of fields; per field its length, its number of distinct terms, the
 * terms and their counts; the number of roots and the roots; the number of analysed tokens and, per token, it and
 * its analysis; the number of key sequences and, per sequence, its length and its keys.
 */
import { growable, grown } from './grown.ts';
import { Numbering, Renumbering } from './numbering.ts';

export interface PackedView {
  strings: readonly string[];
  data: Uint32Array;
}

/** One packed article, read in place: subarrays of its pack's data, its strings as their numbers there. */
export interface TermsRecord {
  /** As BODY_FIELDS (fields.ts): the field's length (repeats included), its distinct terms and their counts. */
  fields: Array<{ length: number; terms: Uint32Array; counts: Uint32Array }>;
  roots: Uint32Array;
  /** Per word whose terms are not the word itself, tokens sorted: its token, then its terms joined by spaces. */
  analysis: Uint32Array;
  /** As BODY_FIELDS: the keys of the field's words in order (word-pairs.ts). */
  sequences: Uint32Array[];
}

/**
 * Articles packed one after another: the analyser (article-terms.ts) writes each with `push`, its strings numbered by
 * `numbering`; starting from another pack, whose articles then keep their offsets and numbers.
 */
export class PackedTerms {
  readonly numbering: Numbering;
  private data: Uint32Array<ArrayBuffer>;
  size: number;
  /** The numbers here of the strings of packs copied from. */
  private readonly renumberings = new Map<readonly string[], Renumbering>();

  constructor(from?: PackedView) {
    this.numbering = new Numbering(from?.strings);
    this.data = growable(Uint32Array, Math.max(1 << 16, 2 * (from?.data.length ?? 0)));
    if (from) this.data.set(from.data);
    this.size = from?.data.length ?? 0;
  }

  get strings(): readonly string[] {
    return this.numbering.strings;
  }

  /** Appends the article at `offset` of another pack, its strings numbered here; returns its offset here. */
  copy(from: PackedView, offset: number): number {
    let renumbering = this.renumberings.get(from.strings);
    if (!renumbering) this.renumberings.set(from.strings, (renumbering = new Renumbering(from.strings, this.numbering)));
    const numbered = (list: Uint32Array) => {
      for (const n of list) this.push(renumbering.of(n));
    };
    const start = this.size;
    const { fields, roots, analysis, sequences } = termsRecord(from.data, offset);
    this.push(fields.length);
    for (const { length, terms, counts } of fields) {
      this.push(length);
      this.push(terms.length);
      numbered(terms);
      for (const count of counts) this.push(count);
    }
    this.push(roots.length);
    numbered(roots);
    this.push(analysis.length / 2);
    numbered(analysis);
    this.push(sequences.length);
    for (const sequence of sequences) {
      this.push(sequence.length);
      numbered(sequence);
    }
    return start;
  }

  /** The packed articles so far (the data is replaced as it grows: take a view after packing). */
  view(): PackedView {
    return { strings: this.strings, data: this.data.subarray(0, this.size) };
  }

  push(value: number): void {
    if (this.size === this.data.length) this.data = grown(this.data);
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

/** The article at `offset`, read in place. */
export function termsRecord(data: Uint32Array, offset: number): TermsRecord {
  let at = offset;
  const list = (count: number) => data.subarray(at, (at += count));
  const fields = Array.from({ length: data[at++]! }, () => {
    const length = data[at++]!;
    const count = data[at++]!;
    return { length, terms: list(count), counts: list(count) };
  });
  const roots = list(data[at++]!);
  const analysis = list(2 * data[at++]!);
  const sequences = Array.from({ length: data[at++]! }, () => list(data[at++]!));
  return { fields, roots, analysis, sequences };
}
