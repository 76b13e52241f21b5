/** Who is covered how often: actor counts over a set of articles (co-mentions, topic actors, the home page). */
import type { Actor, Article } from '../content/model.ts';

export interface TermCount {
  id: string;
  name: string;
  url: string;
  count: number;
}

/** Most articles first, then by name, so the order is stable between builds. */
export function byCountThenName(a: TermCount, b: TermCount): number {
  return b.count - a.count || a.name.localeCompare(b.name, 'id');
}

/** How many of `articles` mention each actor, leaving out `exclude` (the actor whose page this is). */
export function countActors(articles: readonly Article[], exclude?: string): TermCount[] {
  const counts = new Map<string, { actor: Actor; count: number }>();
  for (const article of articles) {
    for (const actor of article.actors) {
      if (actor.id === exclude) continue;
      const entry = counts.get(actor.id);
      if (entry) entry.count++;
      else counts.set(actor.id, { actor, count: 1 });
    }
  }
  return [...counts.values()]
    .map(({ actor, count }) => ({ id: actor.id, name: actor.name, url: actor.url, count }))
    .sort(byCountThenName);
}
