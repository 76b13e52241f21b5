/**
 * Where a term, a dictionary root or a vocabulary word lives in the payload (payload.ts). Shared by the build and
 * the browser, which must agree on every file name.
 */

/** FNV-1a over UTF-16 code units: small, and the same in every JavaScript engine. */
export function hashTerm(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const bucketOf = (term: string, buckets: number) => hashTerm(term) & (buckets - 1);

/**
 * About this many postings per term bucket: some 30 KB of JSON, 10–15 KB gzip. The count is a power of two, so it
 * changes (and with it every bucket) only when the archive doubles in size.
 */
export const POSTINGS_PER_BUCKET = 4096;

export function bucketCount(postings: number, perBucket = POSTINGS_PER_BUCKET): number {
  let buckets = 1;
  while (buckets * perBucket < postings) buckets *= 2;
  return buckets;
}

/** The dictionary file of a root: its last two letters, or `_` for anything else. */
export function endingOf(word: string): string {
  const ending = word.slice(-2);
  return /^[a-z]{2}$/.test(ending) ? ending : '_';
}

/** The vocabulary file of a word: its first letter, or `_`. */
export function initialOf(word: string): string {
  const initial = word[0] ?? '';
  return /^[a-z]$/.test(initial) ? initial : '_';
}
