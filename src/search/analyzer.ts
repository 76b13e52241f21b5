/**
 * The Indonesian analysis pipeline shared by the index builder and the
 * browser: tokenise → drop stopwords → stem. A hyphenated token the stemmer
 * cannot reduce as a reduplication (`Rusia-Indonesia`) is analysed part by part.
 * Names keep their stopwords (`stopwords: NO_STOPWORDS`): the news agency
 * ANTARA must stay findable although `antara` ("between") is one.
 */
import { STOPWORDS } from './stopwords.ts';
import { normaliseToken, rawWords } from './tokenizer.ts';
import type { Stem } from './stemmer.ts';

export type Analyze = (text: string) => string[];

/** Terms for one token (a token may yield none, or several when hyphenated). */
export type AnalyzeToken = (token: string) => string[];

export const NO_STOPWORDS: ReadonlySet<string> = new Set();

export function createTokenAnalyzer(stem: Stem, stopwords: ReadonlySet<string> = STOPWORDS): AnalyzeToken {
  const cache = new Map<string, string[]>();
  const analyzeToken = (token: string): string[] => {
    let terms = cache.get(token);
    if (terms) return terms;
    if (stopwords.has(token)) terms = [];
    else {
      const stemmed = stem(token);
      terms = stemmed.includes('-') ? token.split(/[-']/).flatMap(analyzeToken) : [stemmed];
    }
    cache.set(token, terms);
    return terms;
  };
  return analyzeToken;
}

export function createAnalyzer(stem: Stem, stopwords: ReadonlySet<string> = STOPWORDS): Analyze {
  const analyzeToken = createTokenAnalyzer(stem, stopwords);
  // Keyed by the word as written: normalising (NFKD, folding) every occurrence cost more than stemming.
  const byWord = new Map<string, string[]>();
  const analyzeWord = (word: string): string[] => {
    let terms = byWord.get(word);
    if (!terms) {
      const token = normaliseToken(word);
      byWord.set(word, (terms = token ? analyzeToken(token) : []));
    }
    return terms;
  };
  return (text) => rawWords(text).flatMap(analyzeWord);
}
