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
 *
 * The scoring loops run millions of times, so terms are small integers and everything they read is a typed array.
 */
export function relatedLinks(articles: readonly RelatedInput[], links: readonly ArticleLink[]): ArticleLink[][] {
  const { termStart, terms, postingStart, postings } = termTable(articles);
  const termCount = postingStart.length - 1;
  const weights = new Float64Array(termCount);
  for (let term = 0; term < termCount; term++) weights[term] = Math.log(1 + articles.length / (postingStart[term + 1]! - postingStart[term]!));
  const times = Float64Array.from(articles, (article) => article.date.timestamp);

  // Articles are visited in order, so an article's place in each of its terms' postings is the next one there.
  const cursor = postingStart.slice(0, termCount);
  // One score array reused for every article; only the touched entries are read back and reset.
  const scores = new Float64Array(articles.length);
  const touched = new Int32Array(articles.length);
  const best = new Int32Array(RELATED_COUNT);
  const lists: ArticleLink[][] = new Array(articles.length);
  for (let index = 0; index < articles.length; index++) {
    let count = 0;
    for (let k = termStart[index]!; k < termStart[index + 1]!; k++) {
      const term = terms[k]!;
      const weight = weights[term]!;
      const at = cursor[term]!++;
      const end = Math.min(postingStart[term + 1]!, at + WINDOW + 1);
      for (let p = Math.max(postingStart[term]!, at - WINDOW); p < end; p++) {
        const other = postings[p]!;
        if (other === index) continue;
        if (scores[other] === 0) touched[count++] = other;
        scores[other]! += weight;
      }
    }
    // The best RELATED_COUNT candidates, best first, without sorting them all (an article touches hundreds).
    const time = times[index]!;
    let size = 0;
    for (let c = 0; c < count; c++) {
      const candidate = touched[c]!;
      const score = scores[candidate]!;
      const distance = Math.abs(times[candidate]! - time);
      let at = size;
      for (; at > 0; at--) {
        const rival = best[at - 1]!;
        const rivalScore = scores[rival]!;
        const rivalDistance = Math.abs(times[rival]! - time);
        const ranksBefore = score !== rivalScore ? score > rivalScore : distance !== rivalDistance ? distance < rivalDistance : candidate < rival;
        if (!ranksBefore) break;
      }
      if (at === RELATED_COUNT) continue;
      if (size < RELATED_COUNT) size++;
      for (let m = size - 1; m > at; m--) best[m] = best[m - 1]!;
      best[at] = candidate;
    }
    for (let c = 0; c < count; c++) scores[touched[c]!] = 0;
    const list: ArticleLink[] = [];
    for (let m = 0; m < size; m++) list.push(links[best[m]!]!);
    lists[index] = list;
  }
  return lists;
}

/**
 * Each article's terms (`terms[termStart[i]] … terms[termStart[i + 1] - 1]`, as small integers) and each term's
 * articles in archive order (`postings[postingStart[t]] …`).
 */
function termTable(articles: readonly RelatedInput[]) {
  const ids = new Map<string, number>();
  const id = (key: string) => ids.get(key) ?? ids.set(key, ids.size).size - 1;
  const termStart = new Int32Array(articles.length + 1);
  const termList: number[] = [];
  articles.forEach((article, i) => {
    for (const actor of article.actors) termList.push(id(`actor:${actor.id}`));
    for (const topic of article.topics) termList.push(id(`topic:${topic.id}`));
    termStart[i + 1] = termList.length;
  });
  const terms = Int32Array.from(termList);
  const postingStart = new Int32Array(ids.size + 1);
  for (const term of terms) postingStart[term + 1]!++;
  for (let term = 0; term < ids.size; term++) postingStart[term + 1]! += postingStart[term]!;
  const postings = new Int32Array(terms.length);
  const next = postingStart.slice(0, ids.size);
  articles.forEach((_, i) => {
    for (let k = termStart[i]!; k < termStart[i + 1]!; k++) postings[next[terms[k]!]!++] = i;
  });
  return { termStart, terms, postingStart, postings };
}
