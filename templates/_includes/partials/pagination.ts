/** Page links for a PageChunk (src/site/paginate.ts); nothing when there is one page. */
import { html, type Html } from '../../../src/site/html.ts';
import type { UiStrings } from '../../../src/site/i18n.ts';
import type { PageChunk } from '../../../src/site/paginate.ts';

export function pagination(chunk: PageChunk<unknown>, strings: UiStrings): Html | '' {
  if (chunk.count <= 1) return '';
  return html`<nav class="pagination" aria-label="${strings.pagination}">
  <ul>
    ${chunk.previousUrl ? html`<li><a href="${chunk.previousUrl}" rel="prev">${strings.previousPage}</a></li>` : ''}
    ${chunk.pages.map(
      (link) => html`${link.gapBefore ? html`<li class="pagination__gap" aria-hidden="true">…</li>` : ''}
    <li>${link.current ? html`<a href="${link.url}" aria-current="page">${link.number}</a>` : html`<a href="${link.url}" aria-label="${strings.page} ${link.number}">${link.number}</a>`}</li>
    `,
    )}
    ${chunk.nextUrl ? html`<li><a href="${chunk.nextUrl}" rel="next">${strings.nextPage}</a></li>` : ''}
  </ul>
</nav>`;
}
