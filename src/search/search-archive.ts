/**
 * What the search index reads of the archive. An Archive is a SearchArchive;
 * `toSearchArchive` keeps only these fields (no HTML, no related links), so
 * handing the archive to a worker thread copies as little as possible.
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

export function toSearchArchive(archive: SearchArchive): SearchArchive {
  const ids = (list: Array<{ id: string }>) => list.map(({ id }) => ({ id }));
  return {
    actors: archive.actors,
    topics: archive.topics,
    sources: archive.sources,
    articles: archive.articles.map((a) => ({
      id: a.id,
      url: a.url,
      title: a.title,
      summary: a.summary,
      text: a.text,
      excerpt: a.excerpt,
      date: { day: a.date.day, timestamp: a.date.timestamp },
      source: { source: { id: a.source.source.id } },
      actors: ids(a.actors),
      topics: ids(a.topics),
    })),
  };
}
