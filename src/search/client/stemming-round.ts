/**
 * One round of stemming query words against the dictionary files at hand (payload.ts `s/`, filed by the roots'
 * endings). The engine stems, fetches the files whose answers were missing, and stems again; the search page runs
 * the first round on the query in its URL while the worker's script loads, so those files are fetched by then.
 */
import { createTokenAnalyzer, NO_STOPWORDS } from '../analyzer.ts';
import { endingOf } from '../buckets.ts';
import { createStemmer } from '../stemmer.ts';
import { STOPWORDS } from '../stopwords.ts';

export interface StemmingRound {
  /** Each word's terms, final only if nothing was missing. */
  terms: string[][];
  /** Endings of the dictionary files the stemmer asked about that exist but are not at hand. */
  missing: Set<string>;
}

/** `roots`: the dictionary files at hand, by ending; `endings`: those that exist (the head's list). */
export function stemmingRound(
  words: readonly string[],
  roots: ReadonlyMap<string, ReadonlySet<string>>,
  endings: ReadonlySet<string>,
  keepStopwords = false,
): StemmingRound {
  const missing = new Set<string>();
  const stem = createStemmer({
    has: (word) => {
      const ending = endingOf(word);
      const held = roots.get(ending);
      if (!held && endings.has(ending)) missing.add(ending);
      return held?.has(word) ?? false;
    },
  });
  const analyzeToken = createTokenAnalyzer(stem, keepStopwords ? NO_STOPWORDS : STOPWORDS);
  return { terms: words.map((word) => analyzeToken(word)), missing };
}
