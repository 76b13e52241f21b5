/**
 * Renders outcomes into the search page's elements. Every value from the
 * payload goes in as text (textContent, <mark> nodes), never as HTML.
 */
import type { SearchEngine, SearchOutcome, SearchResult } from './engine.ts';
import { highlight } from './highlight.ts';
import { hasFilters, type SearchRequest } from './request.ts';
import { fill, type ClientStrings } from './strings.ts';

export const PAGE_SIZE = 50;

export interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  topic: HTMLSelectElement;
  actor: HTMLSelectElement;
  source: HTMLSelectElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  filters: HTMLDetailsElement;
  status: HTMLElement;
  notice: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

export function findElements(root: HTMLElement): Elements {
  const get = <T extends HTMLElement>(selector: string) => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`search page: ${selector} is missing`);
    return element;
  };
  return {
    form: get('#search-form'),
    query: get('#search-q'),
    topic: get('#filter-topic'),
    actor: get('#filter-actor'),
    source: get('#filter-source'),
    from: get('#filter-from'),
    to: get('#filter-to'),
    filters: get('#search-filters-toggle'),
    status: get('#search-status'),
    notice: get('#search-notice'),
    results: get('#search-results'),
    more: get('#search-more'),
  };
}

export class SearchView {
  private readonly dateFormat: Intl.DateTimeFormat;

  constructor(
    private readonly el: Elements,
    private readonly strings: ClientStrings,
    /** Site root with the path prefix, e.g. `/arsip/`. */
    private readonly base: string,
  ) {
    this.dateFormat = new Intl.DateTimeFormat(strings.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  fillFacets(engine: SearchEngine): void {
    const add = (select: HTMLSelectElement, values: Array<{ id: string; label: string }>) => {
      for (const value of [...values].sort((a, b) => a.label.localeCompare(b.label, this.strings.locale))) {
        select.append(new Option(value.label, value.id));
      }
    };
    add(this.el.topic, engine.facets.topics);
    add(this.el.actor, engine.facets.actors);
    add(this.el.source, engine.facets.sources);
    const years = engine.docs.map((doc) => Number(doc.day.slice(0, 4)));
    if (years.length === 0) return;
    for (const input of [this.el.from, this.el.to]) {
      input.min = String(years.reduce((a, b) => Math.min(a, b)));
      input.max = String(years.reduce((a, b) => Math.max(a, b)));
    }
  }

  showRequest(request: SearchRequest): void {
    this.el.query.value = request.q;
    this.el.topic.value = request.topic;
    this.el.actor.value = request.actor;
    this.el.source.value = request.source;
    this.el.from.value = request.from === undefined ? '' : String(request.from);
    this.el.to.value = request.to === undefined ? '' : String(request.to);
    if (hasFilters(request)) this.el.filters.open = true;
  }

  readRequest(): SearchRequest {
    const year = (input: HTMLInputElement) => (/^\d{4}$/.test(input.value.trim()) ? Number(input.value.trim()) : undefined);
    return {
      q: this.el.query.value,
      topic: this.el.topic.value,
      actor: this.el.actor.value,
      source: this.el.source.value,
      from: year(this.el.from),
      to: year(this.el.to),
    };
  }

  status(text: string): void {
    if (this.el.status.textContent !== text) this.el.status.textContent = text;
  }

  render(engine: SearchEngine, request: SearchRequest, outcome: SearchOutcome, shown: number, announce: boolean): void {
    const { results } = outcome;
    const active = outcome.terms.length > 0 || results.length > 0;
    this.el.results.replaceChildren(
      ...results.slice(0, shown).map((result) => this.item(engine, result, outcome.matchedTerms)),
    );
    this.el.more.hidden = results.length <= shown;
    this.renderNotice(request, outcome, engine.complete);
    if (!announce) return;
    if (!active) this.status('');
    else if (results.length === 0) this.status(engine.complete ? this.strings.noResults : this.strings.searchingBodies);
    else {
      const count = fill(results.length === 1 ? this.strings.resultsOne : this.strings.resultsMany, { n: results.length });
      this.status(engine.complete ? count : `${count}; ${this.strings.searchingBodies}`);
    }
  }

  private item(engine: SearchEngine, result: SearchResult, terms: ReadonlySet<string>): HTMLLIElement {
    const { doc } = result;
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h3');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = this.base + doc.url.replace(/^\//, '');
    link.append(...this.marked(doc.title, terms, engine));
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    const time = document.createElement('time');
    time.dateTime = doc.day;
    const [y, m, d] = doc.day.split('-').map(Number) as [number, number, number];
    time.textContent = this.dateFormat.format(Date.UTC(y, m - 1, d));
    const source = engine.facets.sources[doc.source]?.label ?? '';
    meta.append(time, source ? ` · ${source}` : '');
    li.append(heading, meta);
    if (result.excerpt) {
      const snippet = document.createElement('p');
      snippet.className = 'search-result__snippet';
      snippet.append(...this.marked(result.excerpt, terms, engine));
      li.append(snippet);
    }
    return li;
  }

  private marked(text: string, terms: ReadonlySet<string>, engine: SearchEngine): Node[] {
    return highlight(text, terms, engine.analyzeToken).map((piece) => {
      if (!piece.marked) return document.createTextNode(piece.text);
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      return mark;
    });
  }

  private renderNotice(request: SearchRequest, outcome: SearchOutcome, complete: boolean): void {
    const notice = this.el.notice;
    notice.replaceChildren();
    const searched = outcome.terms.length > 0;
    if (outcome.fuzzy) {
      const p = document.createElement('p');
      p.append(fill(this.strings.fuzzyNotice, { q: request.q.trim() }), ' ');
      outcome.suggestions.forEach((word, i) => {
        const link = document.createElement('a');
        link.href = `?${new URLSearchParams({ q: word })}`;
        link.textContent = word;
        p.append(i ? ', ' : '', link);
      });
      notice.append(p);
    } else if (searched && complete && outcome.results.length === 0) {
      const p = document.createElement('p');
      p.textContent = this.strings.noResults;
      notice.append(p);
      const tip = document.createElement('p');
      const browse = (label: string, path: string) => {
        const link = document.createElement('a');
        link.href = this.base + path;
        link.textContent = label;
        return link;
      };
 tip.append(
        hasFilters(request) ? `${this.strings.removeFilters} ` : '',
        `${this.strings.browseInstead} `,
        browse(this.strings.topicsLink, 'topik/'),
        ' · ',
        browse(this.strings.timelineLink, 'linimasa/'),
      );
      notice.append(tip);
    }
    notice.hidden = notice.childElementCount === 0;
  }
}
