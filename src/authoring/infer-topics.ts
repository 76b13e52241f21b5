/**
 * Topics suggested by the `keywords` of `content/registry/topics.yaml`. A keyword matches case-insensitively at the
 * start of a word, so `teroris` finds `terorisme` but `Iran` does not find `pikiran` nor `menlu` find `Kemenlu`.
 */
import type { Topic } from '../content/model.ts';
import type { Inferred } from './inferred.ts';

/** Keyword hits a topic needs before it is suggested; one passing mention is too weak a signal. */
export const MIN_TOPIC_HITS = 2;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function topicFinder(topics: Topic[]) {
  const rules = topics.map((topic) => ({
    topic,
    patterns: topic.keywords.map((k) => ({ keyword: k, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(k.trim()).replace(/\s+/g, '\\s+')}`, 'giu') })),
  }));

  return (text: string): Inferred<string[]> => {
    const scored = rules
      .map(({ topic, patterns }) => {
        const hits = patterns.map(({ keyword, re }) => ({ keyword, count: [...text.matchAll(re)].length })).filter((h) => h.count > 0);
        return { topic, hits, total: hits.reduce((sum, h) => sum + h.count, 0) };
      })
      .filter((s) => s.total > 0)
      .sort((a, b) => b.total - a.total);
    const chosen = scored.filter((s) => s.total >= MIN_TOPIC_HITS);
    const describe = (s: (typeof scored)[number]) => `${s.topic.id} (${s.hits.map((h) => `${h.keyword} ×${h.count}`).join(', ')})`;
    const weak = scored.filter((s) => s.total < MIN_TOPIC_HITS);
    const how = [
      chosen.length > 0 ? `keywords: ${chosen.map(describe).join('; ')}` : 'no topic keyword found often enough',
      ...(weak.length > 0 ? [`too few hits: ${weak.map(describe).join('; ')}`] : []),
    ].join('. ');
    return chosen.length > 0 ? { value: chosen.map((s) => s.topic.id), how, confidence: 'medium' } : { how };
  };
}
