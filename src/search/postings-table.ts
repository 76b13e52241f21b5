/**
 * The postings of every term while the index is built: each term numbered once, each posting (field and count, doc)
 * a row of one growing typed array, chained per term; the field's length, the same for every term of a document's
 * field, is kept once per document and field. Millions of postings then make a few large buffers instead of an array
 * per term and field, which kept the collector busy, and a term's postings come out in the order they went in: by
 * document, then by field.
 */
import { ARTICLE_FIELDS } from './fields.ts';
import { growable, grown } from './grown.ts';
import { Numbering, Renumbering } from './numbering.ts';

/** Columns of a posting row: `count × FIELDS + field`, the document, and the term's next row or -1. */
const COUNTED_FIELD = 0;
const DOC = 1;
const NEXT = 2;
const ROW = 3;
const FIELDS = ARTICLE_FIELDS.length;

export class PostingsTable {
  /** The terms that have postings, numbered as they came. */
  private readonly numbering = new Numbering();
  private readonly termOf: Renumbering;
  private rows = growable(Int32Array, ROW * 1024);
  /** Per term: its first and last rows, and how many it has. */
  private first = growable(Int32Array, 1024);
  private last = growable(Int32Array, 1024);
  private counts = growable(Int32Array, 1024);
  /** Per document and field (`doc × FIELDS + field`): the field's length. */
  private lengths = growable(Int32Array, 1024);
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
    if (this.lengths.length <= doc * FIELDS + field) this.lengths = grown(this.lengths, Math.max(2 * this.lengths.length, (doc + 1) * FIELDS));
    this.lengths[doc * FIELDS + field] = length;
    const row = this.size++ * ROW;
    const rows = this.rows;
    rows[row + COUNTED_FIELD] = count * FIELDS + field;
    rows[row + DOC] = doc;
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
      const field = rows[row + COUNTED_FIELD]! % FIELDS;
      while (fields.length <= field) {
        fields.push([]);
        previous.push(0);
      }
      const doc = rows[row + DOC]!;
      fields[field]!.push(doc - previous[field]!, Math.floor(rows[row + COUNTED_FIELD]! / FIELDS), this.lengths[doc * FIELDS + field]!);
      previous[field] = doc;
    }
    return fields;
  }
}
