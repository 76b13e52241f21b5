/**
 * Articles' packed analyses (packed-terms.ts) read back with their strings, so that tests compare analyses made and
 * packed in different ways by what they say, not by how their strings happen to be numbered.
 */
import { articleTermsAnalyser } from '../../src/search/article-terms.ts';
import { loadFullDictionary, rootRecordingStemmer } from '../../src/search/dictionary.ts';
import { PackedTerms, termsRecord, type PackedView } from '../../src/search/packed-terms.ts';
import type { Article } from '../../src/content/model.ts';

export interface UnpackedTerms {
  fields: Array<{ length: number; terms: string[]; counts: number[] }>;
  roots: string[];
  /** Normalised token → its terms joined by spaces, tokens sorted. */
  analysis: Array<[token: string, terms: string]>;
  sequences: string[][];
}

export function unpackedTerms({ strings, data }: PackedView, offset: number): UnpackedTerms {
  const { fields, roots, analysis, sequences } = termsRecord(data, offset);
  const text = (list: Uint32Array) => Array.from(list, (n) => strings[n]!);
  const tokens = text(analysis);
  return {
    fields: fields.map(({ length, terms, counts }) => ({ length, terms: text(terms), counts: Array.from(counts) })),
    roots: text(roots),
    analysis: Array.from({ length: tokens.length / 2 }, (_, i) => [tokens[2 * i]!, tokens[2 * i + 1]!]),
    sequences: sequences.map(text),
  };
}

/** Analyses articles as a build does, each read back as it was packed. */
export function termsAnalyser(): (article: Pick<Article, 'summary' | 'text'>) => UnpackedTerms {
  const packed = new PackedTerms();
  const analyse = articleTermsAnalyser(rootRecordingStemmer(loadFullDictionary()), packed);
  return (article) => {
    const offset = analyse(article);
    return unpackedTerms(packed.view(), offset);
  };
}
