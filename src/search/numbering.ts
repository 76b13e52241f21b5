/**
 * Strings numbered in the order they are first seen, and the numbers of one table's strings in another numbering.
 * The search index hands words from the analyser to the packed analyses, the postings and the word pairs as
 * numbers, each table looking a string up once rather than once per occurrence.
 */
import { growable, grown } from './grown.ts';

export class Numbering {
  /** The strings by number. */
  readonly strings: string[];
  private readonly numbers: Map<string, number>;

  /** Starting with `strings`, numbered as they are listed (a copy is taken). */
  constructor(strings: readonly string[] = []) {
    this.strings = [...strings];
    this.numbers = new Map(this.strings.map((text, n) => [text, n]));
  }

  number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.strings.push(text) - 1;
      this.numbers.set(text, n);
    }
    return n;
  }
}

/**
 * The number in `to` of each string of `from` (a table that only grows, such as another numbering's strings), looked
 * up the first time it is asked for.
 */
export class Renumbering {
  /** Per number of `from`: its number in `to` + 1, or 0 if not asked for yet. */
  private numbers = growable(Int32Array, 0);

  constructor(
    private readonly from: readonly string[],
    private readonly to: Numbering,
  ) {}

  of(n: number): number {
    if (n >= this.numbers.length) this.numbers = grown(this.numbers, Math.max(2 * this.numbers.length, this.from.length, n + 1));
    let to = this.numbers[n]!;
    if (to === 0) this.numbers[n] = to = this.to.number(this.from[n]!) + 1;
    return to - 1;
  }
}
