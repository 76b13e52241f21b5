/**
 * What goes into which index, and with what weight. The head answers first
 * with two small indexes: article titles, and the archive's named entities
 * (actors with their aliases, topics, sources) indexed once each rather than
 * once per article, which keeps the head small on a large archive; an entity
 * that matches brings all its articles. Summaries and bodies are indexed in
 * shards loaded after the head.
 */
import type { Actor, Article, Source, Topic } from '../content/model.ts';

export interface FieldSpec<T> {
  name: string;
  boost: number;
  extract: (item: T) => string;
}

export const TITLE_FIELDS: ReadonlyArray<FieldSpec<Pick<Article, 'title'>>> = [{ name: 'title', boost: 10, extract: (a) => a.title }];

export type Entity = { actor: Actor } | { topic: Topic } | { source: Source };

const lines = (values: string[]) => values.join(' \n ');

export const ENTITY_FIELDS: ReadonlyArray<FieldSpec<Entity>> = [
  { name: 'actors', boost: 5, extract: (e) => ('actor' in e ? lines([e.actor.name, ...e.actor.aliases]) : '') },
  { name: 'topics', boost: 3, extract: (e) => ('topic' in e ? lines([e.topic.label.id, e.topic.label.en]) : '') },
  { name: 'source', boost: 1, extract: (e) => ('source' in e ? lines([e.source.name, ...e.source.aliases]) : '') },
];

export const BODY_FIELDS: ReadonlyArray<FieldSpec<Pick<Article, 'summary' | 'text'>>> = [
  { name: 'summary', boost: 3, extract: (a) => a.summary ?? '' },
  { name: 'body', boost: 1, extract: (a) => a.text },
];
