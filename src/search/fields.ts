/**
 * What of an article goes into which index, and with what weight. The head
 * index (titles and names) answers first; summaries and bodies are indexed in
 * shards loaded after it.
 */
import type { Article } from '../content/model.ts';

export interface FieldSpec {
  name: string;
  boost: number;
  extract: (article: Article) => string;
}

export const HEAD_FIELDS: readonly FieldSpec[] = [
  { name: 'title', boost: 10, extract: (a) => a.title },
  {
    name: 'actors',
    boost: 5,
    extract: (a) => a.actors.flatMap((actor) => [actor.name, ...actor.aliases]).join(' \n '),
  },
  { name: 'topics', boost: 3, extract: (a) => a.topics.flatMap((t) => [t.label.id, t.label.en]).join(' \n ') },
  {
    name: 'source',
    boost: 1,
    extract: (a) => [a.source.source.name, ...a.source.source.aliases, a.source.author ?? ''].join(' \n '),
  },
];

/** The summary is small but would double the head for 10,000 articles: it is searched with the body. */
export const BODY_FIELDS: readonly FieldSpec[] = [
  { name: 'summary', boost: 3, extract: (a) => a.summary ?? '' },
  { name: 'body', boost: 1, extract: (a) => a.text },
];
