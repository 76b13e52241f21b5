/**
 * Entry point of the search page's script (bundled to /assets/search.js):
 * wires the form, the URL and the engine. The query and filters live in the
 * URL, so a search is a link and survives reload and back/forward.
 */
import { SearchEngine } from './engine.ts';
import { formatRequest, parseRequest, type SearchRequest } from './request.ts';
import { readStrings } from './strings.ts';
import { findElements, PAGE_SIZE, SearchView } from './view.ts';
import { HEAD_FILE, type HeadPayload, type ShardPayload } from '../payload.ts';

const TYPING_DELAY_MS = 150;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function start(root: HTMLElement): Promise<void> {
  const strings = readStrings(root.dataset.strings);
  const base = root.dataset.base ?? '/';
  const indexUrl = root.dataset.index ?? `${base}search/`;
  const el = findElements(root);
  const view = new SearchView(el, strings, base);
  root.hidden = false;

  let request = parseRequest(location.search);
  view.showRequest(request);
  view.status(strings.loading);

  let engine: SearchEngine;
  let shards: string[];
  try {
    const head = await fetchJson<HeadPayload>(indexUrl + HEAD_FILE);
    engine = new SearchEngine(head);
    shards = head.shards;
    view.fillFacets(engine);
    view.showRequest(request);
  } catch {
    view.status(strings.loadError);
    return;
  }
  view.status('');

  let shown = PAGE_SIZE;
  let loadingShards = false;
  const run = (announce: boolean) => {
    view.render(engine, request, engine.search(request), shown, announce);
    const searching = engine.terms(request.q).length > 0;
    // `complete`: what is shown is final for this request (tests and scripts wait for it).
    root.dataset.state = engine.complete || !searching ? 'complete' : 'partial';
    if (!loadingShards && searching) {
      loadingShards = true;
      void loadShards();
    }
  };
  // Bodies are fetched only once there is something to look for, shard by
  // shard; each one refines the results in place.
  const loadShards = async () => {
    root.setAttribute('aria-busy', 'true');
    try {
      for (const shard of shards) {
        engine.addShard(await fetchJson<ShardPayload>(indexUrl + shard));
        run(engine.complete);
      }
    } catch {
      view.status(strings.loadError);
    }
    root.removeAttribute('aria-busy');
  };
  run(true);

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
if (root) void start(root);
