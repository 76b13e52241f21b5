import type { Article, ArticleLink } from './model.ts';

/** How many related articles each article lists. */
export const RELATED_COUNT = 5;
/** Per shared term, only this many articles nearest in time are considered, which keeps the work linear. */
const WINDOW = 60;

export function toLink(article: Article): ArticleLink {
  return { id: article.id, title: article.title, url: article.url, date: article.date };
}

/**
 * Fills `related` for every article (sorted newest first): the articles sharing the most actors and topics, each
 * shared term weighted by its rarity (sharing "ISIS" says more than sharing "Rusia"), ties going to the nearest in
 * time: coverage of the same events, and a new article changes the lists of its neighbours only, not of every
 * article sharing its terms (which incremental builds would have to render again).
 */
export function linkRelated(articles: Article[]): void {
  const postings = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const term of termsOf(article)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(index);
    }
  });
  const weight = new Map([...postings].map(([term, list]) => [term, Math.log(1 + articles.length / list.length)]));

  // One score array reused for every article; only the touched entries are read back and reset.
  const scores = new Float64Array(articles.length);
  articles.forEach((article, index) => {
    const touched: number[] = [];
    const distance = (other: number) => Math.abs(articles[other]!.date.timestamp - article.date.timestamp);
    for (const term of termsOf(article)) {
      const list = postings.get(term)!;
      const termWeight = weight.get(term)!;
      const at = binarySearch(list, index);
      for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i++) {
        const other = list[i]!;
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + termWeight;
      }
    }
    article.related = touched
      .sort((a, b) => scores[b]! - scores[a]! || distance(a) - distance(b) || a - b)
      .slice(0, RELATED_COUNT)
      .map((other) => toLink(articles[other]!));
    for (const other of touched) scores[other] = 0;
  });
}

function termsOf(article: Article): string[] {
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
