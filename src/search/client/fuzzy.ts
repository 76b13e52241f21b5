/**
 * Typo tolerance: index words within a small edit distance of a query word, with work bounded by the word's length
 * (only words of MIN_LENGTH to MAX_LENGTH letters are corrected) and the vocabulary's size, never more.
 */

const MIN_LENGTH = 4;
export const MAX_LENGTH = 20;
const MAX_CORRECTIONS = 3;

/** One edit for words of 4 to 7 letters, two from 8. */
const maxEdits = (word: string) => (word.length >= 8 ? 2 : 1);

export const correctable = (word: string) => word.length >= MIN_LENGTH && word.length <= MAX_LENGTH && /^[a-z]+$/.test(word);

/** Work done, in cells of the edit-distance table, for tests that bound it. */
export const fuzzyWork = { cells: 0 };

/**
 * The edit distance (Levenshtein, with adjacent transposition counted as one edit) of `a` and `b` if at most `limit`,
 * else `limit + 1`; only a band of the table is computed.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(limit + 1);
  let previous = Array.from({ length: width }, (_, j) => (j <= limit ? j : limit + 1));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(width).fill(limit + 1);
    if (i <= limit) current[0] = i;
    let best = current[0]!;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      fuzzyWork.cells++;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = Math.min(value, limit + 1);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest words of `vocabulary` (most frequent first) to `word`, at most MAX_CORRECTIONS, never `word` itself. */
export function corrections(word: string, vocabulary: readonly string[]): string[] {
  if (!correctable(word)) return [];
  const limit = maxEdits(word);
  const found: Array<[string, number]> = [];
  for (const candidate of vocabulary) {
    if (candidate === word) continue;
    const distance = boundedDistance(word, candidate, limit);
    if (distance <= limit) found.push([candidate, distance]);
  }
  // Fewest edits first; among equals the vocabulary's order (more frequent first) stands.
  return found
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_CORRECTIONS)
    .map(([candidate]) => candidate);
}
