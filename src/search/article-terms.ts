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

export interface ArticleTerms {
  /** As BODY_FIELDS. */
  fields: FieldTerms[];
  /** The roots the article's words reach (the head's dictionary needs them; see dictionary.ts). */
  roots: string[];
  /**
   * Its words whose terms are not the word itself, as the document's fragment lists them (payload.ts): normalised
   * token → its terms joined by spaces ('' for a stopword), tokens sorted.
   */
  analysis: Array<[token: string, terms: string]>;
  /**
   * As BODY_FIELDS: the keys of the field's words in order (word-pairs.ts), whose adjacent keys are its pairs. The
   * sequence rather than the pairs: its keys are the terms' own strings, where a pair would be a new string.
   */
  sequences: string[][];
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
  term: string;
  count: number;
  /** The field (numbered across the build) it was last counted in. */
  field: number;
}

/**
 * What a token analyses to, as terms and as keys in a sequence of words (word-pairs.ts), the roots it reached, and the
 * last article that was given them.
 */
interface TokenEntry {
  terms: TermSlot[];
  keys: readonly string[];
  roots: string[];
  /** The token and its fragment analysis (`analysisOf`), when there is one. */
  analysis: [token: string, terms: string] | undefined;
  article: number;
}

/**
 * An analyser with `createAnalyzer`'s terms, for one build. Its caches are per word and per token, as there, but each
 * token is stemmed once through a token analyser of its own, whose roots are kept with it: a token analyser shared by
 * all tokens would not stem a token again (nor report its roots) for a later article.
 */
export function articleTermsAnalyser(stemInto: SectionStemmer): (article: ShardArticle) => ArticleTerms {
  const reached = new Set<string>();
  const stem = stemInto(reached);
  const byToken = new Map<string, TokenEntry>();
  const byWord = new Map<string, TokenEntry>();
  const slots = new Map<string, TermSlot>();
  const slotOf = (term: string): TermSlot => {
    let slot = slots.get(term);
    if (!slot) slots.set(term, (slot = { term, count: 0, field: -1 }));
    return slot;
  };
  const none: TokenEntry = { terms: [], keys: [], roots: [], analysis: undefined, article: -1 };
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
        entry = { terms: analysed.map(slotOf), keys: wordKeys(token, analysed), roots: [...reached], analysis: analysis === undefined ? undefined : [token, analysis], article: -1 };
        byToken.set(token, entry);
      }
      byWord.set(word, entry);
    }
    return entry;
  };

  return (item) => {
    article++;
    const roots = new Set<string>();
    const analysis: Array<[string, string]> = [];
    const sequences: string[][] = [];
    const fields = BODY_FIELDS.map((spec): FieldTerms => {
      field++;
      const sequence: string[] = [];
      sequences.push(sequence);
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
          if (entry.analysis) analysis.push(entry.analysis);
        }
      }
      return { length, terms: counted.map((slot) => slot.term), counts: counted.map((slot) => slot.count) };
    });
    return { fields, roots: [...roots], analysis: analysis.sort(tokenOrder), sequences };
  };
}
