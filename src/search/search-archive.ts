/**
 * What the search index reads of the archive. An Archive is a SearchArchive. A worker thread receives it packed:
 * one array per field, no HTML, no related links, so handing it over copies as little as possible.
 */
import type { Actor, Archive, Article, ArticleDate, Source, Topic } from '../content/model.ts';

export type SearchArticle = Pick<Article, 'id' | 'url' | 'title' | 'summary' | 'text' | 'excerpt'> & {
  date: Pick<ArticleDate, 'day' | 'timestamp'>;
  source: { source: Pick<Source, 'id'> };
  actors: Array<Pick<Actor, 'id'>>;
  topics: Array<Pick<Topic, 'id'>>;
};

export interface SearchArchive extends Pick<Archive, 'actors' | 'topics' | 'sources'> {
  articles: SearchArticle[];
}

/**
 * A SearchArchive as columns: structured cloning copies a few arrays of strings faster than an object per article,
 * and the sending thread has pages to render (docs/performance.md).
 */
export interface PackedSearchArchive {
  registry: Pick<Archive, 'actors' | 'topics' | 'sources'>;
  id: string[];
  url: string[];
  title: string[];
  /** '' for none: a summary is never empty. */
  summary: string[];
  text: string[];
  excerpt: string[];
  day: string[];
  timestamp: Float64Array;
  source: string[];
  /** Ids joined by spaces: ids are slugs. */
  actors: string[];
  topics: string[];
}

export function packSearchArchive({ actors, topics, sources, articles }: SearchArchive): PackedSearchArchive {
  const column = (field: (article: SearchArticle) => string) => articles.map(field);
  const ids = (list: Array<{ id: string }>) => list.map(({ id }) => id).join(' ');
  return {
    registry: { actors, topics, sources },
    id: column((a) => a.id),
    url: column((a) => a.url),
    title: column((a) => a.title),
    summary: column((a) => a.summary ?? ''),
    text: column((a) => a.text),
    excerpt: column((a) => a.excerpt),
    day: column((a) => a.date.day),
    timestamp: Float64Array.from(articles, (a) => a.date.timestamp),
    source: column((a) => a.source.source.id),
    actors: column((a) => ids(a.actors)),
    topics: column((a) => ids(a.topics)),
  };
}

export function unpackSearchArchive(packed: PackedSearchArchive): SearchArchive {
  const ids = (joined: string) => (joined ? joined.split(' ').map((id) => ({ id })) : []);
  return {
    ...packed.registry,
    articles: packed.id.map((id, i) => ({
      id,
      url: packed.url[i]!,
      title: packed.title[i]!,
      ...(packed.summary[i] ? { summary: packed.summary[i] } : {}),
      text: packed.text[i]!,
      excerpt: packed.excerpt[i]!,
      date: { day: packed.day[i]!, timestamp: packed.timestamp[i]! },
      source: { source: { id: packed.source[i]! } },
      actors: ids(packed.actors[i]!),
      topics: ids(packed.topics[i]!),
    })),
  };
}
