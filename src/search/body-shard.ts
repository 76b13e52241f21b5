/**
 * One body shard: the summaries and bodies of a run of consecutive `docs`,
 * with the dictionary roots their words reached (the head's dictionary must
 * include them even when the shard itself comes from the cache).
 */
import type { Article } from '../content/model.ts';
import type { ArticleTerms } from './article-terms.ts';
import { BODY_FIELDS } from './fields.ts';
import { compactIndex } from './compact-index.ts';
import { PAYLOAD_VERSION, type ShardPayload } from './payload.ts';

export type ShardArticle = Pick<Article, 'summary' | 'text' | 'excerpt'>;

export interface BodyShard {
  /** The shard file: a ShardPayload as JSON (kept as text, so a cached shard is never parsed). */
  json: string;
  /** Sorted. */
  roots: string[];
}

/** The shard of `articles` (docs `first`, `first + 1`, …), whose body fields `terms` holds analysed. */
export function buildBodyShard(articles: readonly ShardArticle[], terms: readonly ArticleTerms[], first: number): BodyShard {
  const index = compactIndex(BODY_FIELDS, terms.map((article) => article.fields), first);
  const payload: ShardPayload = { version: PAYLOAD_VERSION, first, excerpts: articles.map((a) => a.excerpt), index };
  return { json: JSON.stringify(payload), roots: [...new Set(terms.flatMap((article) => article.roots))].sort() };
}
