/** The timeline: articles per month over the whole archive, and the years. */
import { html } from '../../src/site/html.ts';
import type { SiteModel } from '../../src/site/site-model.ts';
import { basePage } from '../_includes/layouts/base.ts';
import { renderedInLayout } from '../_includes/layouts/page.11ty.ts';
import { barChart } from '../_includes/partials/chart.ts';

export const data = { permalink: '/linimasa/', ...renderedInLayout(renderPage) };

function renderPage({ site }: { site: SiteModel }): string {
  const { strings } = site;
  const content = html`
<h1>${strings.timeline}</h1>
${barChart(site.timeline.chart, 'timeline-chart', strings)}
<section aria-labelledby="years-heading">
  <h2 id="years-heading">${strings.years}</h2>
  <ul class="year-list">
    ${site.timeline.years.map(
      (year) => html`<li><a href="${year.url}">${year.year}</a> <span class="count">${year.count} ${strings.articles}</span></li>
    `,
    )}
  </ul>
</section>
`;
  return basePage(site, { section: 'timeline', title: strings.timeline, content });
}
