/**
 * The search page's share of a search's first wait: while the worker's script loads, the page fetches the dictionary
 * files that the first round of stemming its query asks about (stemming-round.ts) and hands them over with the
 * index's head, so the worker starts on the term buckets. A file that fails is left out: the worker fetches it.
 */
import { rootsFile, type HeadPayload } from '../payload.ts';
import { parseQuery } from './query.ts';
import { stemmingRound } from './stemming-round.ts';

export async function fetchFirstRoots(q: string, head: Pick<HeadPayload, 'endings'>, indexUrl: string): Promise<Record<string, string[]>> {
  const query = parseQuery(q);
  const words = [...new Set([...query.groups.flat(), ...query.excluded, ...query.phrases.flat()])];
  const { missing } = stemmingRound(words, new Map(), new Set(head.endings));
  const files = await Promise.all(
    [...missing].map(async (ending) => {
      const response = await fetch(new URL(rootsFile(ending), indexUrl)).catch(() => undefined);
      const roots: unknown = response?.ok ? await response.json().catch(() => undefined) : undefined;
      return [ending, roots] as const;
    }),
  );
  return Object.fromEntries(files.filter((file): file is readonly [string, string[]] => Array.isArray(file[1])));
}
