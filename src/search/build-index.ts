/**
 * Turns the typed archive into the search payload (see payload.ts): the head
 * index with the document store and facets, and the body shards.
 */
import { createAnalyzer, NO_STOPWORDS } from './analyzer.ts';
import { articleTermsAnalyser, type ArticleTerms } from './article-terms.ts';
import { buildBodyShard, type BodyShard } from './body-shard.ts';
import { loadFullDictionary, rootRecordingStemmer } from './dictionary.ts';
import { ENTITY_FIELDS, TITLE_FIELDS, type Entity } from './fields.ts';
import { buildCompactIndex } from './compact-index.ts';
import { HEAD_FILE, PAYLOAD_VERSION, shardFile, type DocEntry, type HeadPayload } from './payload.ts';
import type { SearchArchive, SearchArticle } from './search-archive.ts';
import type { EarlyAnalyses } from './early-analyses.ts';
import type { ShardCache } from './shard-cache.ts';

export interface BuildOptions {
  /** Articles per body shard. */
  shardSize?: number;
  /** Reuses body shards whose content did not change. */
  shardCache?: ShardCache;
  /** Bodies analysed while the archive was loading. */
  early?: EarlyAnalyses;
}

export const DEFAULT_SHARD_SIZE = 1000;

/** File name → content: a HeadPayload or ShardPayload as JSON. */
export type SearchFiles = Map<string, string>;

export function buildSearchFiles(archive: SearchArchive, options: BuildOptions = {}): SearchFiles {
  const stemInto = rootRecordingStemmer(loadFullDictionary());
  // Roots the stemmer reached anywhere: every section adds its own.
  const roots = new Set<string>();
  const articles = oldestFirst(archive.articles);
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;

  const files: SearchFiles = new Map();
  const { early } = options;
  const analyse = early ? (article: SearchArticle) => early.of(article) : articleTermsAnalyser(stemInto);
  const shards = bodySlices(articles, shardSize).map(({ first, slice }, n) => {
    const shard = bodyShard(slice, first, shardSize, analyse, options.shardCache);
    shard.roots.forEach((root) => roots.add(root));
    files.set(shardFile(n), shard.json);
    return shardFile(n);
  });
  const titles = buildCompactIndex(TITLE_FIELDS, articles, 0, createAnalyzer(stemInto(roots)));
  const entities = buildCompactIndex(
    ENTITY_FIELDS,
    [
      ...archive.actors.map((actor): Entity => ({ actor })),
      ...archive.topics.map((topic): Entity => ({ topic })),
      ...archive.sources.map((source): Entity => ({ source })),
    ],
    0,
    createAnalyzer(stemInto(roots), NO_STOPWORDS),
  );
  const head: HeadPayload = {
    version: PAYLOAD_VERSION,
    dictionary: [...roots].sort(),
    docs: articles.map(docEntryMaker(archive)),
    facets: {
      topics: archive.topics.map((t) => ({ id: t.id, label: t.label.id })),
      actors: archive.actors.map((a) => ({ id: a.id, label: a.name })),
      sources: archive.sources.map((s) => ({ id: s.id, label: s.name })),
    },
    titles,
    entities,
    shards,
  };
  files.set(HEAD_FILE, JSON.stringify(head));
  return files;
}

/**
 * Consecutive runs of `shardSize` articles, except the newest ones short of a whole run: those are in runs of a
 * quarter of that. A new article (appended: positions are oldest first) then rebuilds a quarter shard at most, where
 * the last shard could hold 999 articles (a rebuild's index worker: 0.4 s of analysis); the quarters become one
 * whole shard once it is full.
 */
function bodySlices<T>(articles: T[], shardSize: number): Array<{ first: number; slice: T[] }> {
  const whole = articles.length - (articles.length % shardSize);
  const quarter = Math.floor(shardSize / 4) || shardSize;
  const slices: Array<{ first: number; slice: T[] }> = [];
  for (let first = 0; first < articles.length; ) {
    const size = first < whole ? shardSize : quarter;
    slices.push({ first, slice: articles.slice(first, first + size) });
    first += size;
  }
  return slices;
}

function bodyShard(
  slice: SearchArticle[],
  first: number,
  shardSize: number,
  analyse: (article: SearchArticle) => ArticleTerms,
  cache?: ShardCache,
): BodyShard {
  const build = (known: ReadonlyArray<ArticleTerms | undefined> = []) => {
    const terms = slice.map((article, i) => known[i] ?? analyse(article));
    return { shard: buildBodyShard(slice, terms, first), terms };
  };
  return cache ? cache.through(slice, first, shardSize, build) : build().shard;
}

/**
 * The order of `docs`, whose positions are the Lunr refs: oldest first, so an article newer than all others is
 * appended and changes only the last body shard and the head. Date ties go by id, descending: the exact reverse of
 * the archive's newest-first order, so the client's "newest first" is simply "higher position first".
 */
export function oldestFirst<T extends Pick<SearchArticle, 'id' | 'date'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.date.timestamp - b.date.timestamp || b.id.localeCompare(a.id));
}

function docEntryMaker(archive: SearchArchive): (article: SearchArticle) => DocEntry {
  const positions = (list: Array<{ id: string }>) => new Map(list.map((item, i) => [item.id, i]));
  const sources = positions(archive.sources);
  const topics = positions(archive.topics);
  const actors = positions(archive.actors);
  return (article) => ({
    title: article.title,
    url: article.url,
    day: article.date.day,
    source: sources.get(article.source.source.id) ?? -1,
    topics: article.topics.map((t) => topics.get(t.id) ?? -1),
    actors: article.actors.map((a) => actors.get(a.id) ?? -1),
  });
}
