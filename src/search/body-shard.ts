/**
 * One body shard: the summaries and bodies of a run of consecutive `docs`,
 * with the dictionary roots their words reached (the head's dictionary must
 * include them even when the shard itself comes from the cache).
 */
import type { Article } from '../content/model.ts';
import { createAnalyzer } from './analyzer.ts';
import type { SectionStemmer } from './dictionary.ts';
import { BODY_FIELDS } from './fields.ts';
import { buildCompactIndex } from './lunr-index.ts';
import { PAYLOAD_VERSION, type ShardPayload } from './payload.ts';

export type ShardArticle = Pick<Article, 'summary' | 'text' | 'excerpt'>;

export interface BodyShard {
  payload: ShardPayload;
  /** Sorted. */
  roots: string[];
}

export function buildBodyShard(articles: readonly ShardArticle[], first: number, stemInto: SectionStemmer): BodyShard {
  const roots = new Set<string>();
  const index = buildCompactIndex(BODY_FIELDS, articles, first, createAnalyzer(stemInto(roots)));
  return {
    payload: { version: PAYLOAD_VERSION, first, excerpts: articles.map((a) => a.excerpt), index },
    roots: [...roots].sort(),
  };
}
