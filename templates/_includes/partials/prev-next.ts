/** Links to the older and the newer neighbour of a page (article, month, year), each with its direction and name. */
import { html, type Html, type Printable } from '../../../src/site/html.ts';

export interface Neighbour {
  url: string;
  /** The direction, e.g. "Older article". */
  label: string;
  name: Printable;
}

export function prevNext(label: string, previous: Neighbour | undefined, next: Neighbour | undefined): Html {
  return html`<nav class="prev-next" aria-label="${label}">
  ${previous ? html`<a class="prev-next__prev" href="${previous.url}" rel="prev"><span class="prev-next__label">← ${previous.label}</span> ${previous.name}</a>` : ''}
  ${next ? html`<a class="prev-next__next" href="${next.url}" rel="next"><span class="prev-next__label">${next.label} →</span> ${next.name}</a>` : ''}
</nav>`;
}
