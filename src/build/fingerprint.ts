/**
 * Fingerprints of the data a page is made from. An article inside a page's data is replaced by its own
 * fingerprint, computed once, so an article shown on many listing pages is serialised once; its HTML is hashed
 * rather than serialised (the plain text comes from the same body). The article's links to other articles
 * (related, previous, next) are left out: only its own page shows them, and `pagedOutputs` adds them to that
 * page's data, so a new article re-renders its neighbours' pages but not every listing that shows a neighbour.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../content/model.ts';

const hash = (text: string) => createHash('sha1').update(text).digest('base64');

const NOT_HASHED = new Set(['html', 'text', 'related', 'previous', 'next']);

export type Fingerprinter = (data: unknown) => string;

/** `context` is what every page shares (site settings, strings, the code that renders them). */
export function pageFingerprinter(articles: readonly Article[], context: string): Fingerprinter {
  // Registry entries (an article's source, actors and topics) are shared by thousands of articles: each is
  // serialised once, and articles carry its fingerprint, which halves what is hashed per article.
  const ofEntry = new Map<unknown, string>();
  for (const article of articles) {
    for (const entry of [article.source.source, ...article.actors, ...article.topics]) {
      if (!ofEntry.has(entry)) ofEntry.set(entry, `entry:${hash(JSON.stringify(entry))}`);
    }
  }
  const ofArticle = new Map<unknown, string>();
  for (const article of articles) {
    const fields = JSON.stringify(article, (key, value) => (NOT_HASHED.has(key) ? undefined : (ofEntry.get(value) ?? value)));
    ofArticle.set(article, `article:${hash(fields)}${hash(article.html)}`);
  }
  const contextHash = hash(context);
  return (data) => hash(contextHash + JSON.stringify(data, (_key, value) => ofArticle.get(value) ?? value));
}
