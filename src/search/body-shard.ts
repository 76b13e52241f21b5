/**
 * One body shard: the summaries and bodies of a run of consecutive `docs`,
 * with the dictionary roots their words reached (the head's dictionary must
 * include them even when the shard itself comes from the cache).
 */
import type { Article } from '../content/model.ts';
import { createAnalyzer } from './analyzer.ts';
import type { SectionStemmer } from './dictionary.ts';
import { BODY_FIELDS } from './fields.ts';
import { buildCompactIndex } from './compact-index.ts';
import { PAYLOAD_VERSION, type ShardPayload } from './payload.ts';

export type ShardArticle = Pick<Article, 'summary' | 'text' | 'excerpt'>;

export interface BodyShard {
  /** The shard file: a ShardPayload as JSON (kept as text, so a cached shard is never parsed). */
  json: string;
  /** Sorted. */
  roots: string[];
}

export function buildBodyShard(articles: readonly ShardArticle[], first: number, stemInto: SectionStemmer): BodyShard {
  const roots = new Set<string>();
  const index = buildCompactIndex(BODY_FIELDS, articles, first, createAnalyzer(stemInto(roots)));
  const payload: ShardPayload = { version: PAYLOAD_VERSION, first, excerpts: articles.map((a) => a.excerpt), index };
  return { json: JSON.stringify(payload), roots: [...roots].sort() };
}
