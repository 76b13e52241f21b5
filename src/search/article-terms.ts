/**
 * The body fields of articles analysed one article at a time, each with the dictionary roots its own words reached,
 * so that an article's analysis can be made early (early-analyses.ts) and kept apart from the others'.
 */
import { createTokenAnalyzer } from './analyzer.ts';
import type { Article } from '../content/model.ts';
import type { SectionStemmer } from './dictionary.ts';
import { BODY_FIELDS } from './fields.ts';
import { normaliseToken, rawWords } from './tokenizer.ts';
import { wordKeys } from './word-pairs.ts';
import type { PackedTerms } from './packed-terms.ts';

type ShardArticle = Pick<Article, 'summary' | 'text'>;

/** One field of one doc, analysed: how many terms it has (repeats included), and each distinct term's count. */
export interface FieldTerms {
  length: number;
  terms: string[];
  counts: number[];
}

export function countTerms(terms: readonly string[]): FieldTerms {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { length: terms.length, terms: [...counts.keys()], counts: [...counts.values()] };
}

/** How a token's terms appear in a fragment's analysis: undefined when they are the token itself. */
export function analysisOf(token: string, terms: readonly string[]): string | undefined {
  return token === '' || (terms.length === 1 && terms[0] === token) ? undefined : terms.join(' ');
}

/** Orders analysis entries by token, as sorting an object's keys would. */
export const tokenOrder = (a: readonly [string, string], b: readonly [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * One distinct term, with its count in the field being analysed. Counting on the term's own object, found through
 * the word, spares a second map lookup per word (three million at 10,000 articles) to count terms by their text.
 */
interface TermSlot {
  /** The term's number in the pack's numbering. */
  n: number;
  count: number;
  /** The field (numbered across the build) it was last counted in. */
  field: number;
}

/**
 * What a token analyses to, as terms and as keys in a sequence of words (word-pairs.ts), the roots it reached, its
 * fragment analysis, all numbered in the pack's numbering once per token, and the last article that was given them.
 */
interface TokenEntry {
  terms: TermSlot[];
  keys: number[];
  roots: number[];
  /** The token and its fragment analysis (`analysisOf`), when there is one, with their numbers. */
  analysis: { tuple: [token: string, terms: string]; numbers: [token: number, terms: number] } | undefined;
  article: number;
}

/**
 * An analyser with `createAnalyzer`'s terms, for one build, that packs each article's analysis into `into`
 * (packed-terms.ts) and returns its offset there. Its caches are per word and per token, as there, but each token is
 * stemmed once through a token analyser of its own, whose roots are kept with it: a token analyser shared by all
 * tokens would not stem a token again (nor report its roots) for a later article.
 */
export function articleTermsAnalyser(stemInto: SectionStemmer, into: PackedTerms): (article: ShardArticle) => number {
  const reached = new Set<string>();
  const stem = stemInto(reached);
  const number = (text: string) => into.numbering.number(text);
  const byToken = new Map<string, TokenEntry>();
  const byWord = new Map<string, TokenEntry>();
  const slots = new Map<string, TermSlot>();
  const slotOf = (term: string): TermSlot => {
    let slot = slots.get(term);
    if (!slot) slots.set(term, (slot = { n: number(term), count: 0, field: -1 }));
    return slot;
  };
  const none: TokenEntry = { terms: [], keys: [], roots: [], analysis: undefined, article: -1 };
  const sequences: number[][] = BODY_FIELDS.map(() => []);
  let article = 0;
  let field = 0;

  const entryOf = (word: string): TokenEntry => {
    let entry = byWord.get(word);
    if (!entry) {
      const token = normaliseToken(word);
      entry = token ? byToken.get(token) : none;
      if (!entry) {
        reached.clear();
        const analysed = createTokenAnalyzer(stem)(token);
        const analysis = analysisOf(token, analysed);
        entry = {
          terms: analysed.map(slotOf),
          keys: wordKeys(token, analysed).map(number),
          roots: [...reached].map(number),
          analysis: analysis === undefined ? undefined : { tuple: [token, analysis], numbers: [number(token), number(analysis)] },
          article: -1,
        };
        byToken.set(token, entry);
      }
      byWord.set(word, entry);
    }
    return entry;
  };

  return (item) => {
    article++;
    const offset = into.size;
    const roots = new Set<number>();
    const analysed: Array<NonNullable<TokenEntry['analysis']>> = [];
    into.push(BODY_FIELDS.length);
    BODY_FIELDS.forEach((spec, f) => {
      field++;
      const sequence = sequences[f]!;
      sequence.length = 0;
      // Distinct terms in order of first occurrence, as counting them in a Map would list them.
      const counted: TermSlot[] = [];
      let length = 0;
      for (const word of rawWords(spec.extract(item))) {
        const entry = entryOf(word);
        for (const key of entry.keys) sequence.push(key);
        for (const slot of entry.terms) {
          if (slot.field !== field) {
            slot.field = field;
            slot.count = 0;
            counted.push(slot);
          }
          slot.count++;
        }
        length += entry.terms.length;
        if (entry.article !== article) {
          entry.article = article;
          for (const root of entry.roots) roots.add(root);
          if (entry.analysis) analysed.push(entry.analysis);
        }
      }
      into.push(length);
      into.push(counted.length);
      for (const slot of counted) into.push(slot.n);
      for (const slot of counted) into.push(slot.count);
    });
    into.push(roots.size);
    for (const root of roots) into.push(root);
    into.push(analysed.length);
    for (const { numbers } of analysed.sort((a, b) => tokenOrder(a.tuple, b.tuple))) {
      into.push(numbers[0]);
      into.push(numbers[1]);
    }
    into.push(sequences.length);
    for (const sequence of sequences) {
      into.push(sequence.length);
      for (const key of sequence) into.push(key);
    }
    return offset;
  };
}
