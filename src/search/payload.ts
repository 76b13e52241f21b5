/**
 * The search payload written at build time under `<site>/search/` and read by the browser's search worker. It is
 * split so that a query fetches only what its words need (docs/search.md describes the format and its figures):
 *
 * - `head.json`: what every search needs, of a size independent of the number of articles but for a small constant
 *   per facet value and per year: the index's statistics, the facets, the first document of each year.
 * - `t/<n>.json`: the postings of the terms whose hash falls in bucket `n`: per term, per field, each document with the
 *   term's count there and the field's length, from which the browser computes Lunr's BM25 weights with the head's
 *   statistics (stored raw, so a new article changes only the buckets of its own terms, not every weight).
 * - `p/<n>.json`: the documents holding each pair of adjacent words whose hash falls in bucket `n` (word-pairs.ts), for
 *   ranking by word order and for phrases.
 * - `s/<ending>.json`: the stemmer's dictionary roots ending in those two letters: every candidate the stemmer tries
 *   for a word ends like the word or like the word without a suffix, so a query needs a few of these.
 * - `v/<initial>.json`: the index's words starting with that letter, most frequent first, for typo tolerance.
 * - `d/<block>/<n>.json`: document `n` as a result shows it (title, URL, date, facets, text and its analysis, for
 *   snippets, phrases and highlighting); fetched only for the results shown.
 * - `f/<kind>/<n>.json`: the documents of facet value `n` (`topic`, `actor`, `source`), for filters.
 *
 * Documents are numbered by date, oldest first (ties: id descending), so newest first is highest number first, a
 * year is a range of numbers, and an article newer than all others takes the next number.
 */

export const PAYLOAD_VERSION = 6;
export const HEAD_FILE = 'head.json';

export const termFile = (bucket: number) => `t/${bucket}.json`;
export const rootsFile = (ending: string) => `s/${ending}.json`;
export const vocabularyFile = (initial: string) => `v/${initial}.json`;
export const DOCS_PER_FOLDER = 1000;
export const docFile = (doc: number) => `d/${Math.floor(doc / DOCS_PER_FOLDER)}/${doc}.json`;
export const FACET_KINDS = ['topic', 'actor', 'source'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];
export const facetFile = (kind: FacetKind, n: number) => `f/${kind}/${n}.json`;

/** A facet value that has articles (values without any are not listed). */
export interface FacetValue {
  id: string;
  label: string;
  /** Its number in `f/<kind>/<n>.json` and in fragments: its place in the registry. */
  n: number;
}

export interface HeadPayload {
  version: number;
  /** Number of documents. */
  count: number;
  /** Field names and boosts, in the order postings list them. */
  fields: string[];
  boosts: number[];
  /** Per field, the sum of its length (in terms) over all documents: Lunr's average field length is this / count. */
  lengths: number[];
  /** Number of term buckets (`t/0.json` … `t/<buckets - 1>.json`); a power of two. */
  buckets: number;
  /** Number of pair buckets (`p/0.json` …; word-pairs.ts); a power of two. */
  pairBuckets: number;
  /** Endings that have an `s/` file. */
  endings: string[];
  /** Initials that have a `v/` file. */
  initials: string[];
  facets: Record<FacetKind, FacetValue[]>;
  /** `[year, first document of that year]`, ascending. */
  years: Array<[number, number]>;
}

/**
 * A term's postings: per field (head order), flat `[doc − previous doc, count, field length, …]`, docs ascending from
 * 0; trailing empty fields are left out.
 */
export type TermPostings = number[][];

/** A term bucket: term → postings, terms sorted. */
export type TermBucket = Record<string, TermPostings>;

export interface DocFragment {
  title: string;
  /** Site-relative URL without the path prefix. */
  url: string;
  /** `YYYY-MM-DD` in the article's own zone. */
  day: string;
  /** Index into `facets.source`, -1 for none. */
  source: number;
  summary?: string;
  /** The body as plain text. */
  text: string;
  /**
   * How the words of title, summary and text analyse, where that is not the word itself: normalised token → its
   * terms joined by spaces ('' for a stopword). Highlighting and phrases need no dictionary then.
   */
  analysis: Record<string, string>;
}

/** A facet value's documents, as deltas: `[first, second − first, …]`. */
export type FacetDocs = number[];
