/** One page per month with articles. */
import { html } from '../../src/site/html.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { onePagePer, type PageOf } from '../_includes/one-page-per.ts';
import { articleList } from '../_includes/partials/article-list.ts';
import { prevNext } from '../_includes/partials/prev-next.ts';

export const data = { ...onePagePer('months', 'month', (month) => month.url), ...renderedInLayout(renderPage) };

function renderPage({ site, month }: PageOf<'months', 'month'>): string {
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
${prevNext(
  strings.months,
  month.previous && { url: month.previous.url, label: strings.previousMonth, name: month.previous.label },
  month.next && { url: month.next.url, label: strings.nextMonth, name: month.next.label },
)}
`;
  return basePage(site, { section: 'timeline', title: `${month.label} — ${strings.timeline}`, content });
}
