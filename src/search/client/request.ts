/**
 * A search as URL parameters (`?q=…&topic=…&actor=…&source=…&from=…&to=…`),
 * so every search is a link that survives reload and back/forward. Parsing
 * is total: anything malformed is dropped, never thrown.
 */

export interface SearchRequest {
  q: string;
  topic: string;
  actor: string;
  source: string;
  /** Year range, inclusive; undefined when open. */
  from?: number;
  to?: number;
}

/** Longer queries are cut: no reader types more, and the engine's work stays bounded. */
export const MAX_QUERY_LENGTH = 200;

export const emptyRequest = (): SearchRequest => ({ q: '', topic: '', actor: '', source: '' });

function year(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export function parseRequest(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const text = (name: string) => (params.get(name) ?? '').slice(0, MAX_QUERY_LENGTH);
  return {
    q: text('q'),
    topic: text('topic'),
    actor: text('actor'),
    source: text('source'),
    from: year(params.get('from')),
    to: year(params.get('to')),
  };
}

/** `?q=…` with only the parameters that are set, or '' for an empty search. */
export function formatRequest(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.q.trim()) params.set('q', request.q.trim());
  for (const name of ['topic', 'actor', 'source'] as const) if (request[name]) params.set(name, request[name]);
  if (request.from !== undefined) params.set('from', String(request.from));
  if (request.to !== undefined) params.set('to', String(request.to));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(request: SearchRequest): boolean {
  return Boolean(request.topic || request.actor || request.source || request.from !== undefined || request.to !== undefined);
}
