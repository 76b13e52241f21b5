/** One page per year: its months and a chart of them. */
import { html } from '../../src/site/html.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { onePagePer, type PageOf } from '../_includes/one-page-per.ts';
import { barChart } from '../_includes/partials/chart.ts';
import { prevNext } from '../_includes/partials/prev-next.ts';

export const data = { ...onePagePer('years', 'year', (year) => year.url), ...renderedInLayout(renderPage) };

function renderPage({ site, year }: PageOf<'years', 'year'>): string {
  const { strings } = site;
  const content = html`
<header class="page-header">
  <p class="breadcrumb"><a href="/linimasa/">${strings.timeline}</a></p>
  <h1>${year.year}</h1>
  <p class="page-header__meta">${year.count} ${strings.articles}</p>
</header>
${barChart(year.chart, 'year-chart', strings)}
<section aria-labelledby="months-heading">
  <h2 id="months-heading">${strings.months}</h2>
  <ul class="month-list">
    ${year.months.map(
      (month) => html`<li><a href="${month.url}">${month.label}</a> <span class="count">${month.count} ${strings.articles}</span></li>
    `,
    )}
  </ul>
</section>
${prevNext(
  strings.years,
  year.previous && { url: year.previous.url, label: strings.previousYear, name: year.previous.year },
  year.next && { url: year.next.url, label: strings.nextYear, name: year.next.year },
)}
`;
  return basePage(site, { section: 'timeline', title: `${year.year} — ${strings.timeline}`, content });
}
