import type { Article, ArticleLink } from './model.ts';

/** How many related articles each article lists. */
export const RELATED_COUNT = 5;
/** Per shared term, only this many articles nearest in time are considered, which keeps the work linear. */
const WINDOW = 60;

/** What related lists are worked out from: known before the bodies are rendered. */
export type RelatedInput = Pick<Article, 'actors' | 'topics' | 'date'>;

/**
 * The related list of every article (sorted newest first): the articles sharing the most actors and topics, each
 * shared term weighted by its rarity (sharing "ISIS" says more than sharing "Rusia"), ties going to the nearest in
 * time: coverage of the same events, and a new article changes the lists of its neighbours only, not of every
 * article sharing its terms (which incremental builds would have to render again). `links[i]` is the link to
 * `articles[i]`: one object per article, however many lists show it.
 */
export function relatedLinks(articles: readonly RelatedInput[], links: readonly ArticleLink[]): ArticleLink[][] {
  // Terms become small integers and dates a typed array: the scoring loop below runs millions of times.
  const termIds = new Map<string, number>();
  const termsByArticle = articles.map((article) =>
    termsOf(article).map((term) => termIds.get(term) ?? termIds.set(term, termIds.size).size - 1),
  );
  const postings = Array.from({ length: termIds.size }, (): number[] => []);
  termsByArticle.forEach((terms, index) => terms.forEach((term) => postings[term]!.push(index)));
  const weights = postings.map((list) => Math.log(1 + articles.length / list.length));
  const times = Float64Array.from(articles, (article) => article.date.timestamp);

  // One score array reused for every article; only the touched entries are read back and reset.
  const scores = new Float64Array(articles.length);
  // Fixed-size, so hundreds of pushes per article never regrow (and discard) an array.
  const touched = new Int32Array(articles.length);
  return termsByArticle.map((terms, index) => {
    let count = 0;
    for (const term of terms) {
      const list = postings[term]!;
      const at = binarySearch(list, index);
      for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i++) {
        const other = list[i]!;
        if (other === index) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other] = scores[other]! + weights[term]!;
      }
    }
    const distance = (other: number) => Math.abs(times[other]! - times[index]!);
    const ranksBefore = (a: number, b: number) =>
      scores[a] !== scores[b] ? scores[a]! > scores[b]! : distance(a) !== distance(b) ? distance(a) < distance(b) : a < b;
    const candidates = touched.subarray(0, count);
    const related = best(candidates, RELATED_COUNT, ranksBefore).map((other) => links[other]!);
    for (const other of candidates) scores[other] = 0;
    return related;
  });
}

/** The first `count` items in `ranksBefore` order, without sorting them all (an article touches hundreds). */
function best(items: Int32Array, count: number, ranksBefore: (a: number, b: number) => boolean): number[] {
  const top: number[] = [];
  for (const item of items) {
    if (top.length === count) {
      if (!ranksBefore(item, top[count - 1]!)) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && ranksBefore(item, top[at - 1]!)) at--;
    top.splice(at, 0, item);
  }
  return top;
}

function termsOf(article: RelatedInput): string[] {
  return [...article.actors.map((a) => `actor:${a.id}`), ...article.topics.map((t) => `topic:${t.id}`)];
}

function binarySearch(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
