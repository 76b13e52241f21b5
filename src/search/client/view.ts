/**
 * Renders outcomes into the search page's elements. Every value from the
 * payload goes in as text (textContent, <mark> nodes), never as HTML.
 */
import type { FacetKind, FacetValue } from '../payload.ts';
import type { Piece } from './highlight.ts';
import type { ShownOutcome, ShownResult } from './protocol.ts';
import { hasFilters, MAX_QUERY_LENGTH, type SearchRequest } from './request.ts';
import { fill, type ClientStrings } from './strings.ts';

/**
 * Results per page: each one shown costs a fragment fetched, and a browser fetches six at a time from one host over
 * HTTP/1.1, so ten arrive in two rounds where twenty take four.
 */
export const PAGE_SIZE = 10;

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

  fillFacets(facets: Record<FacetKind, FacetValue[]>, years: [number, number] | undefined): void {
    const add = (select: HTMLSelectElement, values: FacetValue[]) => {
      for (const value of [...values].sort((a, b) => a.label.localeCompare(b.label, this.strings.locale))) {
        select.append(new Option(value.label, value.id));
      }
    };
    add(this.el.topic, facets.topic);
    add(this.el.actor, facets.actor);
    add(this.el.source, facets.source);
    if (!years) return;
    for (const input of [this.el.from, this.el.to]) {
      input.min = String(years[0]);
      input.max = String(years[1]);
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
      q: this.el.query.value.slice(0, MAX_QUERY_LENGTH),
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

  render(request: SearchRequest, outcome: ShownOutcome, announce: boolean): void {
    const { results, total } = outcome;
    const active = outcome.searched || total > 0;
    this.el.results.replaceChildren(...results.map((result) => this.item(result)));
    this.el.more.hidden = total <= results.length;
    this.renderNotice(request, outcome);
    if (!announce) return;
    if (!active) this.status('');
    else if (total === 0) this.status(this.strings.noResults);
    else this.status(fill(total === 1 ? this.strings.resultsOne : this.strings.resultsMany, { n: `${total}${outcome.truncated ? '+' : ''}` }));
  }

  private item(result: ShownResult): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h3');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = this.base + result.url.replace(/^\//, '');
    link.append(...this.marked(result.title));
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    const time = document.createElement('time');
    time.dateTime = result.day;
    const [y, m, d] = result.day.split('-').map(Number) as [number, number, number];
    time.textContent = this.dateFormat.format(Date.UTC(y, m - 1, d));
    meta.append(time, result.source ? ` · ${result.source}` : '');
    li.append(heading, meta);
    if (result.snippet.length > 0) {
      const snippet = document.createElement('p');
      snippet.className = 'search-result__snippet';
      snippet.append(...this.marked(result.snippet));
      li.append(snippet);
    }
    return li;
  }

  private marked(pieces: Piece[]): Node[] {
    return pieces.map((piece) => {
      if (!piece.marked) return document.createTextNode(piece.text);
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      return mark;
    });
  }

  private renderNotice(request: SearchRequest, outcome: ShownOutcome): void {
    const notice = this.el.notice;
    notice.replaceChildren();
    const { searched } = outcome;
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
    } else if (searched && outcome.total === 0) {
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
