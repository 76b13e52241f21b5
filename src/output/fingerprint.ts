/**
 * Fingerprints of the data a page is made from. Articles and the links to them inside a page's data stand for
 * themselves, so an article shown on many pages is described once:
 * - An article is made, by code whose version is in `context`, from its file's bytes, its path and the registry
 *   entries it names (the inputs the parse and render caches trust too), and its image file's bytes. Its fingerprint
 *   is the `cacheKey` of those inputs: hashing the article itself was a large part of an incremental build's planning.
 * - A link (one object per article, src/content/related.ts) stands for a hash of its own fields, so editing an
 *   article's body does not re-render the pages that merely link it.
 * An article's links to other articles (related, previous, next) are not part of it: only its own page shows them,
 * and `pagedOutputs` adds them to that page's data, so a new article re-renders its neighbours' pages but not every
 * listing that shows a neighbour.
 */
import { cacheKey } from '../cache/key.mjs';
import type { Article } from '../content/model.ts';

export type Fingerprinter = (data: unknown) => string;

/** `context` is what every page shares (site settings, strings, the code that renders them). */
export function pageFingerprinter(articles: readonly Article[], context: string): Fingerprinter {
  // Registry entries are shared by thousands of articles: each is serialised once.
  const ofEntry = new Map<unknown, string>();
  const entry = (value: unknown) => ofEntry.get(value) ?? ofEntry.set(value, cacheKey(JSON.stringify(value))).get(value)!;
  const known = new Map<unknown, string>();
  for (const article of articles) {
    const entries = [article.source.source, ...article.actors, ...article.topics].map(entry);
    // A picture's file may change while the article's text does not; its key names the page's resized copies.
    const image = article.image?.file?.key ?? '';
    known.set(article, cacheKey('article', article.sourceHash, article.sourcePath, image, ...entries));
    for (const link of [...article.related, article.previous, article.next]) {
      if (link && !known.has(link)) known.set(link, cacheKey('link', JSON.stringify(link)));
    }
  }
  const contextHash = cacheKey(context);
  // Data made of articles and links alone (an article page's) is hashed from their fingerprints, not serialised: most
  // pages are article pages, and the replacer's calls were much of a rebuild's planning (docs/performance.md).
  const ofKnown = (data: unknown): string[] | undefined => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const print = known.get(value);
      if (print !== undefined) parts.push(key, print);
      else if (Array.isArray(value) && value.every((item) => known.has(item))) parts.push(key, `[${value.length}]`, ...value.map((item) => known.get(item)!));
      else return undefined;
    }
    return parts;
  };
  return (data) => {
    const parts = ofKnown(data);
    // Told apart by their first input: a JSON text is never the bare word.
    return parts ? cacheKey(contextHash, 'known', ...parts) : cacheKey(contextHash, JSON.stringify(data, (_key, value) => known.get(value) ?? value));
  };
}
