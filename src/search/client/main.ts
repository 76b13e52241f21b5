/**
 * Entry point of the search page's script (bundled to /assets/search.js): wires the form, the URL and the search
 * worker (worker.ts), which fetches and searches the index. The query and filters live in the URL, so a search is a
 * link and survives reload and back/forward.
 */
import { HEAD_FILE, type HeadPayload } from '../payload.ts';
import { fetchFirstRoots } from './first-roots.ts';
import type { FromWorker, StartWorker, ToWorker } from './protocol.ts';
import { formatRequest, parseRequest, type SearchRequest } from './request.ts';
import { readStrings } from './strings.ts';
import { findElements, PAGE_SIZE, SearchView } from './view.ts';

const TYPING_DELAY_MS = 150;
export const WORKER_SCRIPT = 'assets/search-worker.js';

function start(root: HTMLElement): void {
  const strings = readStrings(root.dataset.strings);
  const base = root.dataset.base ?? '/';
  const indexUrl = new URL(root.dataset.index ?? `${base}search/`, location.href).href;
  const el = findElements(root);
  const view = new SearchView(el, strings, base);
  root.hidden = false;

  let request = parseRequest(location.search);
  view.showRequest(request);
  view.status(strings.loading);

  let shown = PAGE_SIZE;
  /** Whether the worker has the index's head: it answers searches from then on, in the order sent. */
  let ready = false;
  /** The id of the latest search sent: older answers are dropped. */
  let latest = 0;
  let announceLatest = true;
  const worker = new Worker(new URL(base + WORKER_SCRIPT, location.href));
  const failed = () => {
    view.status(strings.loadError);
    root.removeAttribute('aria-busy');
    root.dataset.state = 'failed';
  };
  worker.addEventListener('error', failed);

  // `complete`: what is shown is final for this request (tests and scripts wait for it).
  const run = (announce: boolean) => {
    if (!ready) return;
    latest++;
    announceLatest = announce;
    root.dataset.state = 'partial';
    root.setAttribute('aria-busy', 'true');
    worker.postMessage({ id: latest, request, count: shown } satisfies ToWorker);
  };

  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    if ('ready' in data) {
      view.fillFacets(data.ready.facets, data.ready.years);
      view.showRequest(request);
      view.status('');
    } else if ('failed' in data) failed();
    else if (data.id === latest) {
      if ('error' in data) return failed();
      view.render(request, data.outcome, announceLatest);
      root.removeAttribute('aria-busy');
      root.dataset.state = 'complete';
    }
  });
  // The page fetches the index's head (preloaded) and the dictionary files its query's stemming starts with while
  // the worker's script loads, rather than the worker once it runs, and sends the first search with them rather than
  // after the worker says it is ready: each is a wait less.
  fetch(new URL(HEAD_FILE, indexUrl))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${HEAD_FILE}: HTTP ${response.status}`))))
    .then(async (head: Pick<HeadPayload, 'endings'>) => {
      const roots = await fetchFirstRoots(request.q, head, indexUrl).catch(() => ({}));
      worker.postMessage({ indexUrl, head, roots } satisfies StartWorker);
      ready = true;
      run(true);
    }, failed);

  // A run of keystrokes is one history entry; submitting or filtering starts a new one.
  let typingEntry = false;
  const navigate = (next: SearchRequest, how: 'push' | 'replace') => {
    request = next;
    shown = PAGE_SIZE;
    const url = `${location.pathname}${formatRequest(request)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    run(true);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  el.query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      navigate(view.readRequest(), typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_DELAY_MS);
  });
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    navigate(view.readRequest(), typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });
  el.form.addEventListener('change', (event) => {
    if (event.target === el.query) return;
    clearTimeout(timer);
    navigate(view.readRequest(), 'push');
    typingEntry = false;
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    typingEntry = false;
    request = parseRequest(location.search);
    shown = PAGE_SIZE;
    view.showRequest(request);
    run(true);
  });
  el.more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    run(false);
  });
}

const root = document.getElementById('search-app');
if (root) start(root);
