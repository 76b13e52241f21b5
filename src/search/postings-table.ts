/**
 * The postings of every term while the index is built: each term numbered once, each posting (field, doc, count,
 * field length) a row of one growing typed array, chained per term. Millions of postings then make a few large
 * buffers instead of an array per term and field, which kept the collector busy, and a term's postings come out
 * in the order they went in: by document, then by field.
 */
import { Numbering, Renumbering } from './numbering.ts';

/** Columns of a posting row; `NEXT` is the term's next row, or -1. */
const FIELD = 0;
const DOC = 1;
const COUNT = 2;
const LENGTH = 3;
const NEXT = 4;
const ROW = 5;

export class PostingsTable {
  /** The terms that have postings, numbered as they came. */
  private readonly numbering = new Numbering();
  private readonly termOf: Renumbering;
  private rows = new Int32Array(ROW * 1024);
  /** Per term: its first and last rows, and how many it has. */
  private first = new Int32Array(1024);
  private last = new Int32Array(1024);
  private counts = new Int32Array(1024);
  /** Rows in use. */
  size = 0;

  /** `words` numbers the terms `add` is given. */
  constructor(words: Numbering) {
    this.termOf = new Renumbering(words.strings, this.numbering);
  }

  /** Terms by number. */
  get terms(): readonly string[] {
    return this.numbering.strings;
  }

  /**
   * Adds a posting of term `word` (its number in `words`); documents must come in ascending order, and a document's
   * fields in ascending order.
   */
  add(word: number, field: number, doc: number, count: number, length: number): void {
    const n = this.termOf.of(word);
    while (n >= this.counts.length) {
      this.first = grown(this.first);
      this.last = grown(this.last);
      this.counts = grown(this.counts);
    }
    if (this.rows.length < (this.size + 1) * ROW) this.rows = grown(this.rows);
    const row = this.size++ * ROW;
    const rows = this.rows;
    rows[row + FIELD] = field;
    rows[row + DOC] = doc;
    rows[row + COUNT] = count;
    rows[row + LENGTH] = length;
    rows[row + NEXT] = -1;
    if (this.counts[n] === 0) this.first[n] = row;
    else rows[this.last[n]! + NEXT] = row;
    this.last[n] = row;
    this.counts[n]!++;
  }

  /** How many postings term number `n` has (in all fields). */
  postingsOf(n: number): number {
    return this.counts[n]!;
  }

  /** Term numbers, their terms sorted. */
  sorted(): number[] {
    const terms = this.terms;
    return Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  }

  /**
   * Term number `n`'s postings as the payload stores them (payload.ts `TermPostings`): per field, flat
   * `[doc − previous doc, count, field length, …]`, without trailing empty fields.
   */
  encode(n: number): number[][] {
    const rows = this.rows;
    const fields: number[][] = [];
    const previous: number[] = [];
    for (let row = this.counts[n]! > 0 ? this.first[n]! : -1; row >= 0; row = rows[row + NEXT]!) {
      const field = rows[row + FIELD]!;
      while (fields.length <= field) {
        fields.push([]);
        previous.push(0);
      }
      const doc = rows[row + DOC]!;
      fields[field]!.push(doc - previous[field]!, rows[row + COUNT]!, rows[row + LENGTH]!);
      previous[field] = doc;
    }
    return fields;
  }
}

/** The array twice as long, with its contents. */
export function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
