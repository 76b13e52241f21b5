/**
 * Turns the typed archive into the search payload (see payload.ts): the head
 * index with the document store and facets, and the body shards.
 */
import type { Archive, Article } from '../content/model.ts';
import { createAnalyzer, NO_STOPWORDS } from './analyzer.ts';
import { loadFullDictionary, recordingDictionary } from './dictionary.ts';
import { BODY_FIELDS, ENTITY_FIELDS, TITLE_FIELDS, type Entity, type FieldSpec } from './fields.ts';
import { encodeIndex } from './index-codec.ts';
import { buildLunrIndex } from './lunr-index.ts';
import { HEAD_FILE, PAYLOAD_VERSION, shardFile, type DocEntry, type HeadPayload, type ShardPayload } from './payload.ts';
import { createStemmer } from './stemmer.ts';

export interface BuildOptions {
  /** Articles per body shard. */
  shardSize?: number;
}

export const DEFAULT_SHARD_SIZE = 1000;

/** File name → JSON-serialisable payload. */
export type SearchFiles = Map<string, HeadPayload | ShardPayload>;

export function buildSearchFiles(archive: Archive, options: BuildOptions = {}): SearchFiles {
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  const dictionary = recordingDictionary(loadFullDictionary());
  const stem = createStemmer(dictionary);
  const analyze = createAnalyzer(stem);
  const compactIndex = <T>(fields: ReadonlyArray<FieldSpec<T>>, items: readonly T[], first = 0, analyzer = analyze) =>
    encodeIndex(buildLunrIndex(fields, items, first, analyzer), first, items.length);

  const articles = oldestFirst(archive.articles);
  const files: SearchFiles = new Map();
  const shards: string[] = [];
  for (let start = 0; start < articles.length; start += shardSize) {
    const name = shardFile(shards.length);
    shards.push(name);
    const slice = articles.slice(start, start + shardSize);
    const index = compactIndex(BODY_FIELDS, slice, start);
    files.set(name, { version: PAYLOAD_VERSION, first: start, excerpts: slice.map((a) => a.excerpt), index });
  }
  const titles = compactIndex(TITLE_FIELDS, articles);
  const entities = compactIndex(
    ENTITY_FIELDS,
    [
      ...archive.actors.map((actor): Entity => ({ actor })),
      ...archive.topics.map((topic): Entity => ({ topic })),
      ...archive.sources.map((source): Entity => ({ source })),
    ],
    0,
    createAnalyzer(stem, NO_STOPWORDS),
  );
  const head: HeadPayload = {
    version: PAYLOAD_VERSION,
    // Recorded last, after every field of every article went through the stemmer.
    dictionary: [...dictionary.hits].sort(),
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
  files.set(HEAD_FILE, head);
  return files;
}

/**
 * The order of `docs`, whose positions are the Lunr refs: oldest first, so an article newer than all others is
 * appended and changes only the last body shard and the head. Date ties go by id, descending: the exact reverse of
 * the archive's newest-first order, so the client's "newest first" is simply "higher position first".
 */
export function oldestFirst<T extends Pick<Article, 'id' | 'date'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.date.timestamp - b.date.timestamp || b.id.localeCompare(a.id));
}

function docEntryMaker(archive: Archive): (article: Article) => DocEntry {
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
