/**
 * The search payload written at build time and read by the browser, under
 * `<site>/search/`. `head.json` is enough for first results: an index of
 * titles, an index of the named entities (actors with aliases, topics,
 * sources), plus what it takes to show and filter a result. Bodies (and excerpts, for snippets) are in
 * `body-N.json` shards of consecutive articles, which the browser loads
 * afterwards and merges in.
 */
import type { CompactIndex } from './index-codec.ts';

export const PAYLOAD_VERSION = 4;
export const HEAD_FILE = 'head.json';
export const shardFile = (n: number) => `body-${n}.json`;

/**
 * One article as the browser needs to show and filter a result. Its position
 * in `docs` (base 36) is its Lunr ref: short refs keep the indexes several
 * times smaller than slugs would. `docs` are oldest first (date ties: id
 * descending), so newest first is highest position first. The excerpt lives
 * in the body shard.
 */
export interface DocEntry {
  title: string;
  /** Site-relative URL without the path prefix. */
  url: string;
  /** `YYYY-MM-DD` in the article's own zone. */
  day: string;
  /** Index into `facets.sources`. */
  source: number;
  /** Indexes into `facets.topics`. */
  topics: number[];
  /** Indexes into `facets.actors`. */
  actors: number[];
}

export interface FacetValue {
  id: string;
  label: string;
}

export interface HeadPayload {
  version: number;
  /** Roots the stemmer may find; the subset of the dictionary the build used. */
  dictionary: string[];
  docs: DocEntry[];
  facets: { topics: FacetValue[]; actors: FacetValue[]; sources: FacetValue[] };
  /** Lunr index of article titles (refs: positions in `docs`). */
  titles: CompactIndex;
  /**
   * Lunr index of the facets' entities, fields actors (name and aliases),
   * topics (both labels) and source (name and aliases); refs number
   * `facets.actors`, then `facets.topics`, then `facets.sources`.
   */
  entities: CompactIndex;
  /** Body shard files, in the order to load them. */
  shards: string[];
}

export interface ShardPayload {
  version: number;
  /** Position in `docs` of this shard's first article. */
  first: number;
  /** Excerpts (summary or opening) of this shard's articles, for snippets. */
  excerpts: string[];
  /** Lunr index of summaries and bodies. */
  index: CompactIndex;
}
