/** Every page of every year: its articles grouped by month; the first page also counts and charts them. */
import { html } from '../../src/site/html.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { onePagePer, type PageOf } from '../_includes/one-page-per.ts';
import { articleList } from '../_includes/partials/article-list.ts';
import { barChart } from '../_includes/partials/chart.ts';
import { pagination } from '../_includes/partials/pagination.ts';
import { prevNext } from '../_includes/partials/prev-next.ts';

export const data = { ...onePagePer('years', 'yearPage', (yearPage) => yearPage.url), ...renderedInLayout(renderPage) };

function renderPage({ site, yearPage }: PageOf<'years', 'yearPage'>): string {
  const { strings } = site;
  const { year, summary } = yearPage;
  const pageOf = yearPage.count > 1 ? `${strings.page} ${yearPage.number} ${strings.pageOf} ${yearPage.count}` : '';
  const content = html`
<header class="page-header">
  <p class="breadcrumb"><a href="/linimasa/">${strings.timeline}</a></p>
  <h1>${year.year}</h1>
  <p class="page-header__meta">${summary ? `${summary.count} ${strings.articles}${pageOf ? ' · ' : ''}` : ''}${pageOf}</p>
</header>
${summary ? barChart(summary.chart, 'year-chart', strings) : ''}
${yearPage.months.map(
  ({ month, count, articles }) => html`<section aria-labelledby="month-${month.key}">
  <h2 id="month-${month.key}"><a href="${month.url}">${month.label}</a>${count === undefined ? '' : html` <span class="count">${count} ${strings.articles}</span>`}</h2>
  ${articleList(articles, site)}
</section>
`,
)}
${pagination(yearPage, strings)}
${prevNext(
  strings.years,
  year.previous && { url: year.previous.url, label: strings.previousYear, name: year.previous.year },
  year.next && { url: year.next.url, label: strings.nextYear, name: year.next.year },
)}
`;
  const title = yearPage.number > 1 ? `${year.year} (${strings.page} ${yearPage.number})` : String(year.year);
  return basePage(site, { section: 'timeline', title: `${title} — ${strings.timeline}`, content });
}
