/** One page per month with articles. */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import type { TimelineMonth } from '../../src/site/timeline.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { articleList } from '../_includes/partials/article-list.ts';

interface Data {
  site: SiteModel;
  month: TimelineMonth;
}

export const data = {
  pagination: { data: 'pages.months', size: 1, alias: 'month' },
  permalink: (data: Data) => data.month.url,
  ...renderedInLayout(renderPage),
};

function renderPage({ site, month }: Data): string {
  const { strings } = site;
  const content = html`
<header class="page-header">
  <p class="breadcrumb"><a href="/linimasa/">${strings.timeline}</a> › <a href="${month.year.url}">${month.year.year}</a></p>
  <h1>${month.label}</h1>
  <p class="page-header__meta">${month.count} ${strings.articles}</p>
</header>
<section aria-labelledby="month-articles-heading">
  <h2 id="month-articles-heading">${strings.articlesHeading}</h2>
  ${articleList(month.articles, site)}
</section>
<nav class="prev-next" aria-label="${strings.months}">
  ${month.previous ? html`<a class="prev-next__prev" href="${month.previous.url}" rel="prev"><span class="prev-next__label">← ${strings.previousMonth}</span> ${month.previous.label}</a>` : ''}
  ${month.next ? html`<a class="prev-next__next" href="${month.next.url}" rel="next"><span class="prev-next__label">${strings.nextMonth} →</span> ${month.next.label}</a>` : ''}
</nav>
`;
  return basePage(site, { section: 'timeline', title: `${month.label} — ${strings.timeline}`, content });
}
