/**
 * The search worker (bundled to /assets/search-worker.js): fetches and decodes the payload and runs the engine off
 * the main thread, so typing stays smooth on slow phones; the page receives only what it shows.
 */
import { SearchEngine } from './engine.ts';
import type { HeadPayload } from '../payload.ts';
import type { FromWorker, ShownOutcome, StartWorker, ToWorker } from './protocol.ts';

declare const self: {
  location: { href: string };
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker | StartWorker }) => void): void;
};

let engine: Promise<SearchEngine> | undefined;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function answer({ id, request, count }: ToWorker): Promise<void> {
  try {
    const searching = await engine!;
    const outcome = await searching.search(request, count);
    const sources = new Map(searching.head.facets.source.map((value) => [value.n, value.label]));
    const shown: ShownOutcome = {
      searched: outcome.terms.length > 0,
      total: outcome.results.length,
      results: outcome.results.slice(0, count).map(({ fragment, shown: pieces }) => ({
        url: fragment!.url,
        day: fragment!.day,
        source: sources.get(fragment!.source) ?? '',
        title: pieces!.title,
        snippet: pieces!.snippet,
      })),
      fuzzy: outcome.fuzzy,
      suggestions: outcome.suggestions,
      truncated: outcome.truncated,
    };
    self.postMessage({ id, outcome: shown });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
}

self.addEventListener('message', ({ data }) => {
  if ('indexUrl' in data) {
    const base = new URL(data.indexUrl, self.location.href);
    engine = (async () => {
      const started = new SearchEngine(data.head as HeadPayload, (path) => fetchJson(new URL(path, base).href));
      started.holdRoots(data.roots);
      return started;
    })();
    engine.then(
      (ready) => self.postMessage({ ready: { facets: ready.head.facets, years: ready.yearSpan } }),
      (error: unknown) => self.postMessage({ failed: String(error) }),
    );
  } else void answer(data);
});
