/**
 * The query language readers expect, read from the text without ever throwing: words (all required), `"a phrase"`,
 * `-word` to exclude, `OR` between words to accept either, and a 4-digit year as a date filter. Anything else is a
 * word separator, so `title:isis~2` is the words `title`, `isis` and `2`. Input is capped (MAX_QUERY_LENGTH
 * characters, MAX_WORDS words), so no query can make the engine's work grow without bound.
 */
import { tokenize } from '../tokenizer.ts';
import { MAX_QUERY_LENGTH } from './request.ts';

export const MAX_WORDS = 12;
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2200;

export interface ParsedQuery {
  /** Each group is satisfied by any of its words; every group is required. */
  groups: string[][];
  /** Quoted phrases, as normalised tokens. */
  phrases: string[][];
  excluded: string[];
  /** Years named in the query. */
  years: number[];
  /** The groups and the years (as their digits) in the order typed, for word order. */
  sequence: string[][];
}

const PART = /(-?)"([^"]*)"?|(\S+)/g;

export function parseQuery(text: string): ParsedQuery {
  const query: ParsedQuery = { groups: [], phrases: [], excluded: [], years: [], sequence: [] };
  // The same arrays in both lists, so a word added to a group by OR is in its sequence too.
  const addGroups = (groups: string[][]) => {
    query.groups.push(...groups);
    query.sequence.push(...groups);
  };
  let words = 0;
  let or = false;
  const room = (tokens: string[]) => {
    const kept = tokens.slice(0, Math.max(0, MAX_WORDS - words));
    words += kept.length;
    return kept;
  };
  for (const match of text.slice(0, MAX_QUERY_LENGTH).matchAll(PART)) {
    const [, minus, quoted, bare] = match;
    if (quoted !== undefined) {
      const tokens = room(tokenize(quoted));
      if (minus) query.excluded.push(...tokens);
      else if (tokens.length > 0) {
        if (tokens.length > 1) query.phrases.push(tokens);
        addGroups(tokens.map((token) => [token]));
      }
      or = false;
      continue;
    }
    const part = bare!;
    if (part === 'OR') {
      or = query.groups.length > 0;
      continue;
    }
    if (/^\d{4}$/.test(part) && Number(part) >= EARLIEST_YEAR && Number(part) <= LATEST_YEAR) {
      query.years.push(Number(part));
      query.sequence.push([part]);
      continue;
    }
    if (part.length > 1 && part.startsWith('-')) {
      query.excluded.push(...room(tokenize(part.slice(1))));
      or = false;
      continue;
    }
    const tokens = room(tokenize(part));
    if (tokens.length === 0) continue;
    if (or) {
      query.groups.at(-1)!.push(tokens[0]!);
      tokens.shift();
    }
    addGroups(tokens.map((token) => [token]));
    or = false;
  }
  return query;
}
