/** One page per year: its months and a chart of them. */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import type { TimelineYear } from '../../src/site/timeline.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { barChart } from '../_includes/partials/chart.ts';

interface Data {
  site: SiteModel;
  year: TimelineYear;
}

export const data = {
  pagination: { data: 'pages.years', size: 1, alias: 'year' },
  permalink: (data: Data) => data.year.url,
  ...renderedInLayout(renderPage),
};

function renderPage({ site, year }: Data): string {
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
<nav class="prev-next" aria-label="${strings.years}">
  ${year.previous ? html`<a class="prev-next__prev" href="${year.previous.url}" rel="prev"><span class="prev-next__label">← ${strings.previousYear}</span> ${year.previous.year}</a>` : ''}
  ${year.next ? html`<a class="prev-next__next" href="${year.next.url}" rel="next"><span class="prev-next__label">${strings.nextYear} →</span> ${year.next.year}</a>` : ''}
</nav>
`;
  return basePage(site, { section: 'timeline', title: `${year.year} — ${strings.timeline}`, content });
}
