/**
 * The stemming benchmark: /work/shared/data/id-stem-pairs-ud-csui.tsv
 * (columns word, stem, source, note). "Affixed news words" are the rows from
 * the UD-CSUI treebank (source `ud-csui`) whose word differs from its stem:
 * 1,197 rows. A stem is right when it equals the stem column or one of the
 * alternatives the note lists (`lemmas=a|b`).
 */
import { readFile } from 'node:fs/promises';
import type { Stem } from '../../src/search/stemmer.ts';

export const STEM_PAIRS = process.env.STEM_PAIRS ?? new URL('../../../shared/data/id-stem-pairs-ud-csui.tsv', import.meta.url).pathname;
export const AFFIXED_SUBSET = 1197;

export interface StemPair {
  word: string;
  accepted: string[];
}

export async function loadStemPairs(file = STEM_PAIRS): Promise<StemPair[]> {
  const rows = (await readFile(file, 'utf8')).trim().split('\n').slice(1).map((line) => line.split('\t'));
  return rows
    .filter(([word, stem, source]) => source === 'ud-csui' && word !== stem)
    .map(([word, stem, , note]) => {
      const alternatives = /(?:^|;)lemmas=([^;]*)/.exec(note ?? '')?.[1]?.split('|') ?? [];
      return { word: word!, accepted: [stem!, ...alternatives] };
    });
}

export function stemAccuracy(pairs: StemPair[], stem: Stem): { accuracy: number; wrong: Array<[string, string]> } {
  const wrong: Array<[string, string]> = [];
  for (const pair of pairs) {
    const result = stem(pair.word);
    if (!pair.accepted.includes(result)) wrong.push([pair.word, result]);
  }
  return { accuracy: 1 - wrong.length / pairs.length, wrong };
}
